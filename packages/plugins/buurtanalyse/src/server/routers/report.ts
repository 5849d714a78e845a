import { fileLink, router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { AUDIENCES, EVIDENCE_AUDIENCE } from "../../domain";
import { P } from "../../manifest";
import { reportEvidence } from "../evidence";
import { reportData } from "../report-data";
import { id } from "../schemas";
import { procedure } from "../procedures";

/**
 * The report: its data for the web page (the page shows what its audience sees, report-view.ts). Its PDF is a
 * document made by a job with progress (server/documents.ts: documents.report.request/status/download).
 */
export const reportRouter = router({
  get: procedure(P.view)
    .input(z.object({ analysisId: id, audience: z.enum(AUDIENCES).default("team") }))
    .query(async ({ ctx, input }) => {
      const data = await reportData(ctx.tx, input.analysisId);
      // Only the quotes and photos with consent for this audience; photos through short-lived links for this member.
      const evidence = await reportEvidence(ctx.tx, ctx.tenant.id, data.analysis.id, EVIDENCE_AUDIENCE[input.audience]);
      return {
        ...data,
        evidence: {
          quotes: evidence.quotes,
          photos: evidence.photos.map((p) => ({
            ...p,
            url: fileLink({ id: p.fileId, tenantId: ctx.tenant.id }, "original", ctx.session.userId),
            thumbUrl: fileLink({ id: p.fileId, tenantId: ctx.tenant.id }, "thumb", ctx.session.userId),
          })),
        },
      };
    }),
});
