import { router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import type { AnswerSet } from "../../survey";
import { asContent, requireSurvey, requireVersion } from "../access";
import { procedure } from "../procedures";
import { resultsOf } from "../results";
import { id } from "../schemas";

/** Results per version, with small groups hidden (the module's setting `suppressionMin`, 5 by default). */
export const resultsRouter = router({
  get: procedure(P.view)
    .input(z.object({ surveyId: id, versionId: id.optional() }))
    .query(async ({ ctx, input }) => {
      const s = await requireSurvey(ctx.tx, input.surveyId);
      const versionId =
        input.versionId ??
        s.publishedVersionId ??
        (await ctx.tx.bevragingenVersion.findFirst({ where: { surveyId: s.id }, orderBy: { number: "desc" }, select: { id: true } }))?.id;
      const version = await requireVersion(ctx.tx, s.id, versionId ?? input.surveyId);
      const rows = await ctx.tx.bevragingenResponse.findMany({
        where: { surveyId: s.id, versionId: version.id },
        select: { channel: true, language: true, neighbourhoodId: true, answers: true },
      });
      const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
      return {
        version: { id: version.id, number: version.number },
        neighbourhoods,
        ...resultsOf(
          asContent(version.content),
          rows.map((r) => ({ ...r, answers: r.answers as AnswerSet })),
          neighbourhoods.map((n) => n.id),
          ctx.settings.suppressionMin,
        ),
      };
    }),
});
