import { z } from "zod";
import { appDb, withDbContext } from "../db/client";
import { writeAudit } from "../audit";
import { authedProcedure, router } from "../trpc/init";
import { locale } from "./schemas";

export const meRouter = router({
  /** The tenants this user belongs to (for the tenant switcher); RLS lets a user read only their own memberships. */
  tenants: authedProcedure.query(async ({ ctx }) => {
    const rows = await withDbContext({ userId: ctx.session.userId }, (tx) =>
      tx.membership.findMany({
        where: { userId: ctx.session.userId },
        select: { roles: true, tenant: { select: { slug: true, name: true } } },
        orderBy: { tenant: { name: "asc" } },
      }),
    );
    return rows.map((r) => ({ slug: r.tenant.slug, name: r.tenant.name, roles: r.roles }));
  }),

  profile: authedProcedure.query(async ({ ctx }) => {
    const u = await appDb().user.findUniqueOrThrow({
      where: { id: ctx.session.userId },
      select: { email: true, name: true, locale: true, isOperator: true },
    });
    return u;
  }),

  setLocale: authedProcedure.input(z.object({ locale })).mutation(async ({ ctx, input }) => {
    await appDb().user.update({ where: { id: ctx.session.userId }, data: { locale: input.locale } });
    return { ok: true };
  }),

  /** Ends every session of this user, on every device. */
  signOutEverywhere: authedProcedure.mutation(async ({ ctx }) => {
    const db = appDb();
    const { count } = await db.authSession.updateMany({
      where: { userId: ctx.session.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await withDbContext({}, (tx) =>
      writeAudit(tx, { tenantId: null, actorUserId: ctx.session.userId, action: "auth.signout_everywhere", data: { count }, ip: ctx.ip }),
    );
    return { count };
  }),
});
