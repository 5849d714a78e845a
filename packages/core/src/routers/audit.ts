import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { router } from "../trpc/init";
import { tenantProcedure } from "../trpc/tenant";
import { id, page, dateInput } from "./schemas";

export const auditRouter = router({
  list: tenantProcedure("core.audit.view")
    .input(
      page.extend({
        actorUserId: id.optional(),
        action: z.string().trim().max(100).optional(),
        from: dateInput.optional(),
        to: dateInput.optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const where: Prisma.AuditEventWhereInput = {
        ...(input.actorUserId ? { actorUserId: input.actorUserId } : {}),
        ...(input.action ? { action: { startsWith: input.action } } : {}),
        ...(input.from || input.to
          ? { createdAt: { ...(input.from ? { gte: input.from } : {}), ...(input.to ? { lte: input.to } : {}) } }
          : {}),
      };
      const rows = await ctx.tx.auditEvent.findMany({
        where,
        orderBy: { id: "desc" },
        skip: (input.page - 1) * input.pageSize,
        take: input.pageSize,
      });
      const total = await ctx.tx.auditEvent.count({ where });
      // Actors are global users: show their names next to the events.
      const actorIds = [...new Set(rows.map((r) => r.actorUserId).filter((x): x is string => Boolean(x)))];
      const actors = await ctx.tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } });
      const byId = new Map(actors.map((a) => [a.id, a]));
      return {
        items: rows.map((r) => ({ ...r, id: r.id.toString(), actor: r.actorUserId ? (byId.get(r.actorUserId) ?? null) : null })),
        total,
        page: input.page,
        pageSize: input.pageSize,
      };
    }),

  /** Members who appear as actors, for the filter. */
  actors: tenantProcedure("core.audit.view").query(async ({ ctx }) => {
    const members = await ctx.tx.membership.findMany({ select: { user: { select: { id: true, name: true, email: true } } } });
    return members.map((m) => m.user);
  }),
});
