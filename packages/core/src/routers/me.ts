import { z } from "zod";
import { hashPassword, passwordProblem, verifyPassword } from "../auth/password";
import { consumeSignInAttempt, RateLimitedError, resetSignInAttempts } from "../auth/rate-limit";
import { appDb, withDbContext } from "../db/client";
import { writeAudit } from "../audit";
import { LIMITS } from "../limits";
import { appError } from "../trpc/errors";
import { authedProcedure, router } from "../trpc/init";
import { locale, name } from "./schemas";

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
    const { passwordHash, ...u } = await appDb().user.findUniqueOrThrow({
      where: { id: ctx.session.userId },
      select: { email: true, name: true, locale: true, isOperator: true, passwordHash: true },
    });
    // Whether there is a password, never the hash.
    return { ...u, hasPassword: passwordHash !== null };
  }),

  setLocale: authedProcedure.input(z.object({ locale })).mutation(async ({ ctx, input }) => {
    await appDb().user.update({ where: { id: ctx.session.userId }, data: { locale: input.locale } });
    return { ok: true };
  }),

  /** The name others see (members list, sessions, history). */
  setName: authedProcedure.input(z.object({ name })).mutation(async ({ ctx, input }) => {
    await appDb().user.update({ where: { id: ctx.session.userId }, data: { name: input.name } });
    return { ok: true };
  }),

  /**
   * Sets a new password. Someone who has one must give it (a session left open on a shared computer cannot take the
   * account over); the new one follows the password rules. The other sessions end: whoever knew the old password is out.
   */
  setPassword: authedProcedure
    .input(z.object({ current: z.string().max(LIMITS.password).optional(), next: z.string().max(LIMITS.password) }))
    .mutation(async ({ ctx, input }) => {
      const db = appDb();
      const user = await db.user.findUniqueOrThrow({
        where: { id: ctx.session.userId },
        select: { email: true, name: true, passwordHash: true },
      });
      if (user.passwordHash) {
        // Guessing the current password from an open session counts against the account like sign-in attempts do.
        try {
          await consumeSignInAttempt(user.email, ctx.ip ?? null);
        } catch (e) {
          if (!(e instanceof RateLimitedError)) throw e;
          throw appError("password.tooManyAttempts", { minutes: Math.max(1, Math.ceil(e.retryAfterSeconds / 60)) });
        }
        if (!(input.current && (await verifyPassword(user.passwordHash, input.current)))) throw appError("password.wrongCurrent");
        await resetSignInAttempts(user.email, ctx.ip ?? null);
      }
      const problem = passwordProblem(input.next, [user.email, user.name ?? ""]);
      if (problem) throw problem;
      await db.user.update({ where: { id: ctx.session.userId }, data: { passwordHash: await hashPassword(input.next) } });
      const { count } = await db.authSession.updateMany({
        where: { userId: ctx.session.userId, revokedAt: null, NOT: { id: ctx.session.sessionId } },
        data: { revokedAt: new Date() },
      });
      await withDbContext({}, (tx) =>
        writeAudit(tx, {
          tenantId: null,
          actorUserId: ctx.session.userId,
          action: "auth.password_changed",
          data: { endedSessions: count },
          ip: ctx.ip,
        }),
      );
      return { endedSessions: count };
    }),

  /** This user's open sessions (not ended, not expired), the current one marked; the ids stay on the server. */
  sessions: authedProcedure.query(async ({ ctx }) => {
    const rows = await appDb().authSession.findMany({
      where: { userId: ctx.session.userId, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { lastSeenAt: "desc" },
      select: { id: true, method: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
    });
    return rows.map(({ id, ...r }) => ({ ...r, current: id === ctx.session.sessionId }));
  }),

  /** Ends every other session of this user (a phone left somewhere); this one stays signed in. */
  signOutElsewhere: authedProcedure.mutation(async ({ ctx }) => {
    const { count } = await appDb().authSession.updateMany({
      where: { userId: ctx.session.userId, revokedAt: null, NOT: { id: ctx.session.sessionId } },
      data: { revokedAt: new Date() },
    });
    await withDbContext({}, (tx) =>
      writeAudit(tx, { tenantId: null, actorUserId: ctx.session.userId, action: "auth.signout_elsewhere", data: { count }, ip: ctx.ip }),
    );
    return { count };
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
