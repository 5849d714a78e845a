import { router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { seesAllSessions, sessionScope } from "../access";
import { addDays, OPEN_STATUSES, todayInBrussels } from "../dates";
import { procedure } from "../procedures";
import { id } from "../schemas";
import { orThrow } from "../errors";

/** The module's start page and the card on the tenant home. */
export const homeRouter = router({
  summary: procedure(P.participate).query(async ({ ctx }) => {
    const now = new Date();
    const scope = sessionScope(ctx);
    const seesAllRhythms = ctx.permissions.has(P.rhythms);
    const notices = await ctx.tx.reflectieNotice.findMany({
      where: { userId: ctx.session.userId, dismissedAt: null, sessionAt: { gte: addDays(now, -1) } },
      orderBy: { sessionAt: "asc" },
      include: { rhythm: { select: { name: true } } },
    });
    const rhythms = await ctx.tx.reflectieRhythm.findMany({
      where: { active: true, ...(seesAllRhythms ? {} : { participantIds: { has: ctx.session.userId } }) },
      orderBy: { nextSessionAt: "asc" },
      take: 3,
      select: { id: true, name: true, nextSessionAt: true, intervalWeeks: true },
    });
    const recent = await ctx.tx.reflectieSession.findMany({
      where: scope,
      orderBy: [{ date: "desc" }],
      take: 5,
      select: { id: true, title: true, date: true, status: true },
    });
    const openActions = await ctx.tx.reflectieAction.count({ where: { session: scope, status: { in: [...OPEN_STATUSES] } } });
    const overdueActions = await ctx.tx.reflectieAction.count({
      where: { session: scope, status: { in: [...OPEN_STATUSES] }, dueDate: { lt: todayInBrussels(now) } },
    });
    const myOpenActions = await ctx.tx.reflectieAction.count({
      where: { session: scope, ownerUserId: ctx.session.userId, status: { in: [...OPEN_STATUSES] } },
    });
    const upcomingSessions = await ctx.tx.reflectieSession.findMany({
      where: { ...scope, status: { not: "closed" }, date: { gte: addDays(now, -1) } },
      orderBy: { date: "asc" },
      take: 5,
      select: { id: true, title: true, date: true },
    });
    const upcoming = upcomingSessions[0] ?? null;
    // Sessions per neighbourhood, for "Mijn werk" and the neighbourhood pages.
    const perNeighbourhood = await ctx.tx.reflectieSession.groupBy({
      by: ["neighbourhoodId"],
      where: { ...scope, neighbourhoodId: { not: null } },
      _count: { _all: true },
    });
    return {
      notices: notices.map((n) => ({ id: n.id, rhythmName: n.rhythm.name, sessionAt: n.sessionAt })),
      rhythms,
      recent,
      upcoming,
      upcomingSessions,
      sessionsByNeighbourhood: Object.fromEntries(perNeighbourhood.map((n) => [n.neighbourhoodId as string, n._count._all])),
      openActions,
      overdueActions,
      myOpenActions,
      canManageSessions: seesAllSessions(ctx),
      canManageSets: ctx.permissions.has(P.sets),
      canManageRhythms: seesAllRhythms,
    };
  }),
});

export const noticesRouter = router({
  /** One's own in-app reminder, put away. */
  dismiss: procedure(P.participate)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const n = orThrow(
        await ctx.tx.reflectieNotice.findFirst({ where: { id: input.id, userId: ctx.session.userId }, select: { id: true } }),
        "reflectie.notice.notFound",
      );
      await ctx.tx.reflectieNotice.update({ where: { id: n.id }, data: { dismissedAt: new Date() } });
      await ctx.audit({ action: "reflectie.notice.dismissed", targetType: "ReflectieNotice", targetId: n.id });
      return { ok: true };
    }),
});
