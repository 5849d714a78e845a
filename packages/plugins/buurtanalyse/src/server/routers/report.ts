import { router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { renderReportPdf } from "../pdf";
import { reportData } from "../report-data";
import { id } from "../schemas";
import { procedure } from "../procedures";

const fileName = (title: string) =>
  `${
    title
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .replace(/\s+/g, "-")
      .toLowerCase()
      .slice(0, 60) || "buurtanalyse"
  }.pdf`;

/** The report: its data for the web page, and the same as a PDF (made in the request: a few pages of text). */
export const reportRouter = router({
  get: procedure(P.view)
    .input(z.object({ analysisId: id }))
    .query(({ ctx, input }) => reportData(ctx.tx, input.analysisId)),

  pdf: procedure(P.view)
    .input(z.object({ analysisId: id }))
    .mutation(async ({ ctx, input }) => {
      const data = await reportData(ctx.tx, input.analysisId);
      const bytes = await renderReportPdf(data, ctx.tenant.name, ctx.locale);
      return { fileName: fileName(data.analysis.title), contentType: "application/pdf", base64: bytes.toString("base64") };
    }),
});
