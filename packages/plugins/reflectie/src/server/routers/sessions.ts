import { router, type Tx, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import type { Prisma } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import {
  neighbourhoodNames,
  type ReflectieCtx,
  requireMembers,
  requireNeighbourhood,
  seesAllSessions,
  sessionScope,
  visibleSession,
} from "../access";
import { addDays, dateColumnDay, isOverdue, OPEN_STATUSES } from "../dates";
import { procedure } from "../procedures";
import { dateInput, guestName, id, longText, title, version } from "../schemas";
import { REFLECTIE_LIMITS } from "../../limits";
import { appError, orThrow } from "../errors";
import { askedTexts } from "../text";

export const SESSION_STATUSES = ["draft", "in_progress", "closed"] as const;

async function requireThemes(tx: Tx, themeIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(themeIds)];
  if (unique.length === 0) return [];
  const found = await tx.reflectieTheme.findMany({ where: { id: { in: unique } }, select: { id: true } });
  if (found.length !== unique.length) orThrow(null, "reflectie.theme.notFound");
  return unique;
}

/** Questions of the session's themes that the fan can still draw. */
export async function remainingQuestions(tx: Tx, sessionId: string): Promise<number> {
  const themes = await tx.reflectieSessionTheme.findMany({ where: { sessionId }, select: { themeId: true } });
  if (themes.length === 0) return 0;
  const used = await tx.reflectieItem.findMany({ where: { sessionId, questionId: { not: null } }, select: { questionId: true } });
  return tx.reflectieQuestion.count({
    where: {
      themeId: { in: themes.map((t) => t.themeId) },
      hidden: false,
      id: { notIn: used.map((u) => u.questionId).filter((x): x is string => x !== null) },
    },
  });
}

/** The full session for the session room. */
async function sessionDetail(ctx: ReflectieCtx, sessionId: string) {
  const s = orThrow(
    await ctx.tx.reflectieSession.findFirst({
      where: { id: sessionId, ...sessionScope(ctx) },
      include: {
        themes: { include: { theme: true } },
        participants: { orderBy: { createdAt: "asc" } },
        items: { orderBy: { position: "asc" } },
        actions: { orderBy: { createdAt: "asc" } },
      },
    }),
    "reflectie.session.notFound",
  );
  const nbh = await neighbourhoodNames(ctx.tx, [s.neighbourhoodId]);
  const now = new Date();
  return {
    id: s.id,
    title: s.title,
    date: s.date,
    status: s.status,
    version: s.version,
    successes: s.successes,
    neighbourhoodId: s.neighbourhoodId,
    neighbourhoodName: s.neighbourhoodId ? (nbh.get(s.neighbourhoodId) ?? null) : null,
    rhythmId: s.rhythmId,
    closedAt: s.closedAt,
    updatedAt: s.updatedAt,
    themes: s.themes
      .map((st) => ({
        id: st.theme.id,
        sortOrder: st.theme.sortOrder,
        title: { nl: st.theme.titleNl, fr: st.theme.titleFr, en: st.theme.titleEn },
      }))
      .sort((a, b) => a.sortOrder - b.sortOrder),
    participants: s.participants.map((p) => ({ id: p.id, userId: p.userId, name: p.name, guest: p.userId === null })),
    items: s.items.map((i) => ({
      id: i.id,
      questionId: i.questionId,
      themeId: i.themeId,
      questionText: i.questionText,
      /** The question in every language, as it was asked (the page shows the reader's). */
      question: askedTexts(i),
      how: i.how,
      position: i.position,
      answer: i.answer,
      insights: i.insights,
      version: i.version,
      updatedAt: i.updatedAt,
    })),
    actions: s.actions.map((a) => ({
      id: a.id,
      itemId: a.itemId,
      text: a.text,
      ownerUserId: a.ownerUserId,
      ownerName: a.ownerName,
      dueDate: a.dueDate ? dateColumnDay(a.dueDate) : null,
      status: a.status,
      overdue: isOverdue(a, now),
    })),
    remaining: s.status === "closed" ? 0 : await remainingQuestions(ctx.tx, s.id),
    canManage: seesAllSessions(ctx),
  };
}

/** Invites members (by user id) and guests (by name): replaces the session's participants. */
/** Sets the members taking part, and the guests when they are given (left out, the guests stay as they are). */
async function writeParticipants(ctx: ReflectieCtx, sessionId: string, userIds: readonly string[], guestNames?: readonly string[]) {
  const members = await requireMembers(ctx.tx, userIds);
  await ctx.tx.reflectieParticipant.deleteMany({ where: guestNames ? { sessionId } : { sessionId, userId: { not: null } } });
  const rows = [
    ...[...members.values()].map((m) => ({ tenantId: ctx.tenant.id, sessionId, userId: m.userId, name: m.name })),
    ...[...new Set(guestNames ?? [])].map((name) => ({ tenantId: ctx.tenant.id, sessionId, userId: null, name })),
  ];
  if (rows.length) await ctx.tx.reflectieParticipant.createMany({ data: rows });
}

async function writeThemes(ctx: ReflectieCtx, sessionId: string, themeIds: readonly string[]) {
  const ids = await requireThemes(ctx.tx, themeIds);
  await ctx.tx.reflectieSessionTheme.deleteMany({ where: { sessionId } });
  if (ids.length)
    await ctx.tx.reflectieSessionTheme.createMany({ data: ids.map((themeId) => ({ tenantId: ctx.tenant.id, sessionId, themeId })) });
}

/** Optimistic concurrency: the change applies only to the version the person was looking at. */
async function bumpVersion(tx: Tx, sessionId: string, expected: number, data: Prisma.ReflectieSessionUncheckedUpdateManyInput) {
  const r = await tx.reflectieSession.updateMany({
    where: { id: sessionId, version: expected },
    data: { ...data, version: { increment: 1 } },
  });
  if (r.count === 0) throw appError("reflectie.session.conflict");
  return expected + 1;
}

const listInput = z
  .object({
    from: dateInput.optional(),
    to: dateInput.optional(),
    themeId: id.optional(),
    status: z.enum(SESSION_STATUSES).optional(),
    neighbourhoodId: id.optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(25),
  })
  .default({ page: 1, pageSize: 25 });

export const sessionsRouter = router({
  /** The sessions the caller may see (regie: all), newest first, with filters by date, theme, status and neighbourhood. */
  list: procedure(P.participate)
    .input(listInput)
    .query(async ({ ctx, input }) => {
      const where: Prisma.ReflectieSessionWhereInput = {
        ...sessionScope(ctx),
        ...(input.from || input.to
          ? { date: { ...(input.from ? { gte: input.from } : {}), ...(input.to ? { lt: addDays(input.to, 1) } : {}) } }
          : {}),
        ...(input.themeId ? { themes: { some: { themeId: input.themeId } } } : {}),
        ...(input.status ? { status: input.status } : {}),
        ...(input.neighbourhoodId ? { neighbourhoodId: input.neighbourhoodId } : {}),
      };
      const total = await ctx.tx.reflectieSession.count({ where });
      const rows = await ctx.tx.reflectieSession.findMany({
        where,
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
        skip: (input.page - 1) * input.pageSize,
        take: input.pageSize,
        include: {
          themes: { include: { theme: { select: { id: true, titleNl: true, titleFr: true, titleEn: true } } } },
          _count: { select: { items: true, participants: true } },
        },
      });
      const open = rows.length
        ? await ctx.tx.reflectieAction.groupBy({
            by: ["sessionId"],
            where: { sessionId: { in: rows.map((r) => r.id) }, status: { in: [...OPEN_STATUSES] } },
            _count: { _all: true },
          })
        : [];
      const openBy = new Map(open.map((o) => [o.sessionId, o._count._all]));
      const nbh = await neighbourhoodNames(
        ctx.tx,
        rows.map((r) => r.neighbourhoodId),
      );
      return {
        total,
        page: input.page,
        pageSize: input.pageSize,
        items: rows.map((r) => ({
          id: r.id,
          title: r.title,
          date: r.date,
          status: r.status,
          neighbourhoodName: r.neighbourhoodId ? (nbh.get(r.neighbourhoodId) ?? null) : null,
          themes: r.themes.map((t) => ({ id: t.theme.id, title: { nl: t.theme.titleNl, fr: t.theme.titleFr, en: t.theme.titleEn } })),
          questions: r._count.items,
          participants: r._count.participants,
          openActions: openBy.get(r.id) ?? 0,
        })),
      };
    }),

  get: procedure(P.participate)
    .input(z.object({ id }))
    .query(({ ctx, input }) => sessionDetail(ctx, input.id)),

  /** Members to invite (regie), with their roles. */
  members: procedure(P.manage).query(async ({ ctx }) => {
    const rows = await ctx.tx.membership.findMany({ select: { userId: true, roles: true, user: { select: { name: true, email: true } } } });
    return rows
      .map((m) => ({ userId: m.userId, name: m.user.name?.trim() || m.user.email, email: m.user.email, roles: m.roles }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }),

  create: procedure(P.manage)
    .input(
      z.object({
        title,
        date: dateInput,
        neighbourhoodId: id.nullable().optional(),
        themeIds: z.array(id).max(50).default([]),
        participantUserIds: z.array(id).max(200).default([]),
        guestNames: z.array(guestName).max(50).default([]),
        rhythmId: id.nullable().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await requireNeighbourhood(ctx.tx, input.neighbourhoodId);
      const rhythm = input.rhythmId
        ? orThrow(
            await ctx.tx.reflectieRhythm.findUnique({
              where: { id: input.rhythmId },
              select: { id: true, intervalWeeks: true, nextSessionAt: true },
            }),
            "reflectie.rhythm.notFound",
          )
        : null;
      const themeIds = await requireThemes(ctx.tx, input.themeIds);
      const s = await ctx.tx.reflectieSession.create({
        data: {
          tenantId: ctx.tenant.id,
          title: input.title,
          date: input.date,
          neighbourhoodId: input.neighbourhoodId ?? null,
          rhythmId: rhythm?.id ?? null,
          createdById: ctx.session.userId,
        },
        select: { id: true },
      });
      // The one who plans the session takes part in it.
      await writeParticipants(ctx, s.id, [...new Set([ctx.session.userId, ...input.participantUserIds])], input.guestNames);
      await writeThemes(ctx, s.id, themeIds);
      if (rhythm) {
        // The rhythm's next session is the one after this one.
        const next = addDays(input.date, rhythm.intervalWeeks * 7);
        if (next > rhythm.nextSessionAt) await ctx.tx.reflectieRhythm.update({ where: { id: rhythm.id }, data: { nextSessionAt: next } });
      }
      await ctx.audit({
        action: "reflectie.session.created",
        targetType: "ReflectieSession",
        targetId: s.id,
        data: { rhythmId: rhythm?.id ?? null },
      });
      return s;
    }),

  /**
   * Autosave of the session's own fields. `version` is the version the person saw: when someone else saved in the
   * meantime, the answer is CONFLICT and nothing is written (the page then shows the other person's text).
   */
  update: procedure(P.participate)
    .meta(updateMeta({ model: "ReflectieSession", derived: { themeIds: ["ReflectieSessionTheme"] } }))
    .input(
      updateInput(
        {
          title,
          date: dateInput,
          neighbourhoodId: id.nullable(),
          themeIds: z.array(id).max(50),
          successes: longText(REFLECTIE_LIMITS.successes),
        },
        { id, version },
      ),
    )
    .mutation(async ({ ctx, input }) => {
      const s = await visibleSession(ctx, input.id, { open: true });
      if (input.neighbourhoodId !== undefined) await requireNeighbourhood(ctx.tx, input.neighbourhoodId);
      const next = await bumpVersion(ctx.tx, s.id, input.version, {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.date !== undefined ? { date: input.date } : {}),
        ...(input.neighbourhoodId !== undefined ? { neighbourhoodId: input.neighbourhoodId } : {}),
        ...(input.successes !== undefined ? { successes: input.successes } : {}),
      });
      if (input.themeIds) await writeThemes(ctx, s.id, input.themeIds);
      await ctx.audit({
        action: "reflectie.session.updated",
        targetType: "ReflectieSession",
        targetId: s.id,
        data: { fields: Object.keys(input).filter((k) => k !== "id" && k !== "version") },
      });
      return { version: next };
    }),

  setParticipants: procedure(P.manage)
    .input(z.object({ id, version, userIds: z.array(id).max(200), guestNames: z.array(guestName).max(50).optional() }))
    .mutation(async ({ ctx, input }) => {
      const s = await visibleSession(ctx, input.id);
      const next = await bumpVersion(ctx.tx, s.id, input.version, {});
      await writeParticipants(ctx, s.id, input.userIds, input.guestNames);
      await ctx.audit({
        action: "reflectie.session.participants_set",
        targetType: "ReflectieSession",
        targetId: s.id,
        data: { members: input.userIds.length, guests: input.guestNames?.length ?? null },
      });
      return { version: next };
    }),

  /** The fixed closing step: a session closes only with what went well and what the group is proud of. */
  close: procedure(P.participate)
    .input(z.object({ id, version, successes: longText(REFLECTIE_LIMITS.successes) }))
    .mutation(async ({ ctx, input }) => {
      const s = await visibleSession(ctx, input.id, { open: true });
      const successes = input.successes.trim();
      if (!successes) throw appError("reflectie.session.successesRequired");
      const next = await bumpVersion(ctx.tx, s.id, input.version, {
        successes,
        status: "closed",
        closedAt: new Date(),
        closedById: ctx.session.userId,
      });
      await ctx.audit({ action: "reflectie.session.closed", targetType: "ReflectieSession", targetId: s.id });
      return { version: next };
    }),

  reopen: procedure(P.manage)
    .input(z.object({ id, version }))
    .mutation(async ({ ctx, input }) => {
      const s = await visibleSession(ctx, input.id);
      if (s.status !== "closed") return { version: s.version };
      const next = await bumpVersion(ctx.tx, s.id, input.version, { status: "in_progress", closedAt: null, closedById: null });
      await ctx.audit({ action: "reflectie.session.reopened", targetType: "ReflectieSession", targetId: s.id });
      return { version: next };
    }),

  delete: procedure(P.manage)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const s = await visibleSession(ctx, input.id);
      await ctx.tx.reflectieSession.delete({ where: { id: s.id } });
      await ctx.audit({ action: "reflectie.session.deleted", targetType: "ReflectieSession", targetId: s.id, data: { title: s.title } });
      return { ok: true };
    }),
});
