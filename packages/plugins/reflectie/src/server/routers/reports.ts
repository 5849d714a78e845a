import { router } from "@zorgzaam/core/plugin";
import { LOCALES } from "@zorgzaam/core/i18n/locales";
import { z } from "zod";
import { P } from "../../manifest";
import { visibleSession } from "../access";
import { procedure } from "../procedures";
import { loadReport } from "../report-data";
import { id } from "../schemas";
import { orThrow } from "../errors";

const locale = z.enum(LOCALES).default("nl");

/** The session report, readable on screen; its PDF is a document (server/documents.ts, documents.report.*). */
export const reportsRouter = router({
  get: procedure(P.participate)
    .input(z.object({ sessionId: id, locale }))
    .query(async ({ ctx, input }) => {
      const s = await visibleSession(ctx, input.sessionId);
      const data = orThrow(await loadReport(ctx.tx, ctx.tenant.id, s.id, input.locale), "reflectie.session.notFound");
      return data;
    }),
});
