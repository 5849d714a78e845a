import { personInputs, router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { asContent, asTexts, requireSurvey } from "../access";
import { appError, orThrow } from "../errors";
import { procedure } from "../procedures";
import { id, staffSubmission } from "../schemas";
import { submitResponse } from "../submit";

const FOLLOW_UP = "bevragingen.follow_up";

/** Entering answers for a respondent (door to door, paper), and what a field worker needs to do so. */
export const responsesRouter = router({
  /** The open surveys with their published version, for entry screens. */
  open: procedure(P.enter).query(async ({ ctx }) => {
    const surveys = await ctx.tx.bevragingenSurvey.findMany({
      where: { status: "open" },
      orderBy: { createdAt: "desc" },
      select: { id: true, title: true, languages: true, publishedVersion: { select: { id: true, number: true, content: true } } },
    });
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
    return surveys.flatMap((s) =>
      s.publishedVersion
        ? [
            {
              id: s.id,
              title: asTexts(s.title),
              neighbourhoods,
              languages: s.languages,
              version: { ...s.publishedVersion, content: asContent(s.publishedVersion.content) },
            },
          ]
        : [],
    );
  }),

  /**
   * One response, stored once per idempotency key. A person is linked only with her consent to follow-up (recorded
   * as a Consent of purpose "bevragingen.follow_up" when she has none yet).
   */
  submit: procedure(P.enter)
    .meta(personInputs("personId"))
    .input(staffSubmission)
    .mutation(async ({ ctx, input }) => {
      if (input.personId) {
        orThrow(await ctx.tx.person.findUnique({ where: { id: input.personId }, select: { id: true } }), "bevragingen.person.notFound");
        const consent = await ctx.tx.consent.findFirst({
          where: { personId: input.personId, purpose: FOLLOW_UP, withdrawnAt: null },
          select: { id: true },
        });
        if (!consent) {
          if (!input.consentMethod) throw appError("bevragingen.followUp.consentRequired");
          await ctx.tx.consent.create({
            data: {
              tenantId: ctx.tenant.id,
              personId: input.personId,
              purpose: FOLLOW_UP,
              method: input.consentMethod,
              givenAt: new Date(),
              recordedById: ctx.session.userId,
            },
          });
        }
      }
      const r = await submitResponse(ctx.tx, ctx.tenant.id, input, {
        channel: input.channel,
        enteredById: ctx.session.userId,
        personId: input.personId,
      });
      if (input.personId && !r.duplicate)
        await ctx.audit({ action: "bevragingen.response.linked", targetType: "BevragingenResponse", targetId: r.id });
      return r;
    }),

  /** How many answers this worker entered for a survey (she sees her own count, never others' answers). */
  mine: procedure(P.enter)
    .input(z.object({ surveyId: id }))
    .query(async ({ ctx, input }) => {
      await requireSurvey(ctx.tx, input.surveyId);
      return { count: await ctx.tx.bevragingenResponse.count({ where: { surveyId: input.surveyId, enteredById: ctx.session.userId } }) };
    }),
});
