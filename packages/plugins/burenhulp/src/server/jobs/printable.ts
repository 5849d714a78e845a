import { asLocale, defineJob, tenantLogoForPdf, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { PRINTABLE_KINDS, printableFileName, publicFormUrl, referralFormUrl, renderPrintable } from "../printables";

const ATTEMPTS = 3;

/**
 * Renders a printable (BH-9) to PDF and stores it in BurenhulpPrintable, as Reflectie's report job does: progress to
 * the queue and to the row (the page's progress bar reads it there). The kinds of help are read when it runs, so the
 * PDF shows the tenant's list as it is. Idempotent: a printable that is done stays done.
 */
export const printableJob = defineJob({
  name: "burenhulp.printable.pdf",
  payload: z.object({ printableId: z.uuid() }),
  attempts: ATTEMPTS,
  backoffMs: 2_000,
  handler: async (ctx, { printableId }) => {
    const tenantId = ctx.tenantId;
    if (!tenantId) throw new Error("burenhulp.printable.pdf needs a tenant");
    const setProgress = async (pct: number) => {
      await ctx.updateProgress(pct);
      await ctx.withTenantDb((tx: Tx) =>
        tx.burenhulpPrintable.updateMany({ where: { id: printableId, status: "pending" }, data: { progress: pct } }),
      );
    };
    const loaded = await ctx.withTenantDb(async (tx) => {
      const p = await tx.burenhulpPrintable.findFirst({
        where: { id: printableId, tenantId },
        select: { id: true, kind: true, language: true, blank: true, status: true },
      });
      if (!p || p.status === "done") return { p, data: null };
      const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true, slug: true } });
      const kinds = await tx.burenhulpKind.findMany({
        where: { active: true },
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: { key: true, label: true },
      });
      const logo = p.blank ? null : await tenantLogoForPdf(tx, tenantId);
      return { p, data: { tenant, kinds, logo } };
    });
    if (!loaded.p) return { missing: true };
    if (loaded.p.status === "done" || !loaded.data) {
      await ctx.updateProgress(100);
      return { alreadyDone: true };
    }
    const { p, data } = loaded;
    const kind = z.enum(PRINTABLE_KINDS).parse(p.kind);
    const url = kind === "referral" ? referralFormUrl(data.tenant.slug) : publicFormUrl(data.tenant.slug);
    try {
      await setProgress(10);
      let last = 10;
      const pdf = await renderPrintable(
        { kind, language: asLocale(p.language), blank: p.blank, tenantName: data.tenant.name, logo: data.logo, kinds: data.kinds, url },
        async (pct) => {
          if (pct - last >= 15) {
            last = pct;
            await setProgress(pct);
          }
        },
      );
      const fileName = printableFileName(kind, p.language, p.blank);
      await ctx.withTenantDb((tx) =>
        tx.burenhulpPrintable.update({
          where: { id: p.id },
          data: { pdf: new Uint8Array(pdf), fileName, status: "done", progress: 100, completedAt: new Date(), error: null },
        }),
      );
      await ctx.updateProgress(100);
      return { bytes: pdf.length, fileName, url };
    } catch (err) {
      if (ctx.attempt >= ATTEMPTS) {
        await ctx.withTenantDb((tx) =>
          tx.burenhulpPrintable.updateMany({
            where: { id: p.id, status: "pending" },
            data: { status: "failed", error: String((err as Error).message ?? err).slice(0, 500), completedAt: new Date() },
          }),
        );
      }
      throw err;
    }
  },
});
