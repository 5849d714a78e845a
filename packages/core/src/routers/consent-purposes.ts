import { z } from "zod";
import { LIMITS } from "../limits";
import { consentPurposes, tenantPurposeKey } from "../people/consent-purposes";
import { appError, orThrow, zodMessage } from "../trpc/errors";
import { router } from "../trpc/init";
import { tenantProcedure } from "../trpc/tenant";

const label = z.string().trim().min(1, zodMessage("consentPurpose.labelRequired")).max(LIMITS.consentPurpose);

/** The tenant's own consent purposes, next to core's and the modules' (which cannot be changed here). */
export const consentPurposesRouter = router({
  list: tenantProcedure("core.tenant.view").query(async ({ ctx }) => consentPurposes(ctx.tx)),

  add: tenantProcedure("core.tenant.manage")
    .input(z.object({ label: z.object({ nl: label, fr: label, en: label }) }))
    .mutation(async ({ ctx, input }) => {
      const key = tenantPurposeKey(input.label.nl);
      if ((await consentPurposes(ctx.tx)).some((p) => p.key === key)) throw appError("consentPurpose.exists");
      await ctx.tx.consentPurpose.create({ data: { tenantId: ctx.tenant.id, key, label: input.label } });
      await ctx.audit({ action: "consent_purpose.added", targetType: "ConsentPurpose", targetId: key });
      return { key };
    }),

  /** Archived purposes stay on consents recorded earlier but are no longer offered. */
  setArchived: tenantProcedure("core.tenant.manage")
    .input(z.object({ key: z.string().trim().max(80), archived: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const row = orThrow(
        await ctx.tx.consentPurpose.findFirst({ where: { key: input.key }, select: { id: true } }),
        "consentPurpose.notFound",
      );
      await ctx.tx.consentPurpose.update({ where: { id: row.id }, data: { archivedAt: input.archived ? new Date() : null } });
      await ctx.audit({
        action: input.archived ? "consent_purpose.archived" : "consent_purpose.restored",
        targetType: "ConsentPurpose",
        targetId: input.key,
      });
      return { ok: true };
    }),
});
