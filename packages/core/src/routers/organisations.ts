import { z } from "zod";
import { router } from "../trpc/init";
import { appError, orThrow } from "../trpc/errors";
import { tenantProcedure } from "../trpc/tenant";
import { updateInput, updateMeta } from "../trpc/update-input";
import { id, name, optionalText } from "./schemas";
import { LIMITS } from "../limits";

const fields = z.object({ name, kind: optionalText(LIMITS.organisationKind) });

export const organisationsRouter = router({
  list: tenantProcedure("core.organisations.view").query(({ ctx }) =>
    ctx.tx.organisation.findMany({
      select: { id: true, name: true, kind: true, _count: { select: { memberships: true, people: true } } },
      orderBy: { name: "asc" },
    }),
  ),

  create: tenantProcedure("core.organisations.manage")
    .input(fields)
    .mutation(async ({ ctx, input }) => {
      const exists = await ctx.tx.organisation.findFirst({ where: { name: input.name }, select: { id: true } });
      if (exists) throw appError("organisation.nameTaken");
      const o = await ctx.tx.organisation.create({
        data: { tenantId: ctx.tenant.id, ...input },
        select: { id: true, name: true },
      });
      await ctx.audit({ action: "organisation.created", targetType: "Organisation", targetId: o.id });
      return o;
    }),

  update: tenantProcedure("core.organisations.manage")
    .meta(updateMeta({ model: "Organisation" }))
    .input(updateInput(fields, { id }))
    .mutation(async ({ ctx, input }) => {
      orThrow(await ctx.tx.organisation.findUnique({ where: { id: input.id }, select: { id: true } }), "organisation.notFound");
      const { id: oid, ...data } = input;
      if (data.name) {
        const clash = await ctx.tx.organisation.findFirst({ where: { name: data.name, NOT: { id: oid } }, select: { id: true } });
        if (clash) throw appError("organisation.nameTaken");
      }
      await ctx.tx.organisation.update({ where: { id: oid }, data });
      await ctx.audit({ action: "organisation.updated", targetType: "Organisation", targetId: oid });
      return { ok: true };
    }),

  delete: tenantProcedure("core.organisations.manage")
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      orThrow(await ctx.tx.organisation.findUnique({ where: { id: input.id }, select: { id: true } }), "organisation.notFound");
      await ctx.tx.organisation.delete({ where: { id: input.id } });
      await ctx.audit({ action: "organisation.deleted", targetType: "Organisation", targetId: input.id });
      return { ok: true };
    }),
});
