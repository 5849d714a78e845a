import { defineDocument, tenantLogoForPdf } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../manifest";
import { PRINTABLE_KINDS, printableFileName, publicFormUrl, referralFormUrl, renderPrintable } from "./printables";

/**
 * Printables (BH-9): the Burenbox card, the window poster and referral cards, as a document kind on core's mechanism
 * (ADR 0033): made by the module's documents job with progress, downloaded when ready, kept 14 days. For whoever
 * manages requests: it holds no person's data. The language is the document's locale. The kinds of help are read
 * when it renders, so the PDF shows the tenant's list as it is.
 */
export const printableDocument = defineDocument({
  kind: "printable",
  permission: P.manage,
  params: z.object({ kind: z.enum(PRINTABLE_KINDS), blank: z.boolean().default(false) }),
  render: async (ctx, { kind, blank }, language, onProgress) => {
    const data = await ctx.withTenantDb(async (tx) => {
      const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { name: true, slug: true } });
      const kinds = await tx.burenhulpKind.findMany({
        where: { active: true },
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: { key: true, label: true },
      });
      const logo = blank ? null : await tenantLogoForPdf(tx, ctx.tenantId);
      return { tenant, kinds, logo };
    });
    const url = kind === "referral" ? referralFormUrl(data.tenant.slug) : publicFormUrl(data.tenant.slug);
    await onProgress(10);
    const pdf = await renderPrintable(
      { kind, language, blank, tenantName: data.tenant.name, logo: data.logo, kinds: data.kinds, url },
      onProgress,
    );
    return { bytes: pdf, fileName: printableFileName(kind, language, blank) };
  },
});
