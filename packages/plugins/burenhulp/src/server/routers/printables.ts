import { router, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { appError, orThrow } from "../errors";
import { printableJob } from "../jobs/printable";
import { PRINTABLE_KINDS, PRINTABLE_LANGUAGES } from "../printables";
import { procedure } from "../procedures";
import { id } from "../schemas";

/** How many recent printables the page lists. */
const RECENT = 10;

const printable = (tx: Tx, printableId: string) =>
  tx.burenhulpPrintable
    .findFirst({
      where: { id: printableId },
      select: { id: true, kind: true, language: true, blank: true, status: true, progress: true, fileName: true },
    })
    .then((p) => orThrow(p, "burenhulp.printable.notFound"));

/**
 * Printables (BH-9): the Burenbox card, the window poster and referral cards, made as a PDF by a job with progress
 * (jobs/printable.ts) and downloaded when ready. For whoever manages requests: it holds no person's data.
 */
export const printablesRouter = router({
  /** The last ones made in this tenant (without the bytes). */
  recent: procedure(P.manage).query(async ({ ctx }) =>
    ctx.tx.burenhulpPrintable.findMany({
      orderBy: { createdAt: "desc" },
      take: RECENT,
      select: { id: true, kind: true, language: true, blank: true, status: true, fileName: true, createdAt: true },
    }),
  ),

  /** Starts the PDF job (in this transaction: the outbox) and answers with the id to poll. */
  start: procedure(P.manage)
    .input(z.object({ kind: z.enum(PRINTABLE_KINDS), language: z.enum(PRINTABLE_LANGUAGES), blank: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => {
      const p = await ctx.tx.burenhulpPrintable.create({
        data: { tenantId: ctx.tenant.id, ...input, requestedById: ctx.session.userId },
        select: { id: true },
      });
      await ctx.audit({ action: "burenhulp.printable.requested", targetType: "BurenhulpPrintable", targetId: p.id, data: input });
      await ctx.enqueue(printableJob, { printableId: p.id }, { idempotencyKey: p.id });
      return { printableId: p.id };
    }),

  /** For the progress bar. */
  status: procedure(P.manage)
    .input(z.object({ printableId: id }))
    .query(async ({ ctx, input }) => {
      const p = await printable(ctx.tx, input.printableId);
      const state = p.status === "done" ? "completed" : p.status === "failed" ? "failed" : p.progress > 0 ? "active" : "waiting";
      return { state, progress: p.status === "done" ? 100 : p.progress, fileName: p.fileName } as const;
    }),

  /** The stored PDF, base64-encoded, for a download link in the browser. */
  download: procedure(P.manage)
    .input(z.object({ printableId: id }))
    .query(async ({ ctx, input }) => {
      const p = await printable(ctx.tx, input.printableId);
      if (p.status !== "done") throw appError("burenhulp.printable.notReady");
      const row = await ctx.tx.burenhulpPrintable.findUniqueOrThrow({ where: { id: p.id }, select: { pdf: true, fileName: true } });
      if (!row.pdf) throw appError("burenhulp.printable.notReady");
      await ctx.audit({ action: "burenhulp.printable.downloaded", targetType: "BurenhulpPrintable", targetId: p.id });
      return { fileName: row.fileName ?? "burenhulp.pdf", contentType: "application/pdf", base64: Buffer.from(row.pdf).toString("base64") };
    }),
});
