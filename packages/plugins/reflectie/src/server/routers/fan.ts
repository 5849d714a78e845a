import { randomInt } from "node:crypto";
import { router, type Tx, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { LOCALES } from "@zorgzaam/core/i18n/locales";
import { z } from "zod";
import { P } from "../../manifest";
import { isUniqueViolation, type ReflectieCtx, sessionScope, visibleSession } from "../access";
import { procedure } from "../procedures";
import { id, longText, version } from "../schemas";
import { asLocale, pickText, questionTexts, themeTitles } from "../text";
import { appError, orThrow } from "../errors";

const locale = z.enum(LOCALES).optional();
/** Drawing or picking in a planned session starts it: only when the person confirmed that (see `startsSession`). */
const start = z.boolean().default(false);

/** A planned (draft) session starts with its first question, but never unasked: the room confirms it first. */
function startsSession(s: { status: string }, confirmed: boolean): void {
  if (s.status === "draft" && !confirmed) throw appError("reflectie.session.notStarted");
}

/** Draws and picks on one session happen one at a time, so two people drawing at once never get the same question. */
async function lockSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "ReflectieSession" WHERE "id" = ${sessionId}::uuid FOR UPDATE`;
}

async function addItem(
  ctx: ReflectieCtx & { tenant: { id: string; defaultLocale: string } },
  sessionId: string,
  q: {
    id: string;
    themeId: string;
    textNl: string;
    textFr: string;
    textEn: string;
    theme: { titleNl: string; titleFr: string; titleEn: string };
  },
  how: "drawn" | "picked",
  wanted: string | undefined,
) {
  const lang = asLocale(wanted, asLocale(ctx.tenant.defaultLocale));
  const last = await ctx.tx.reflectieItem.aggregate({ where: { sessionId }, _max: { position: true } });
  try {
    const item = await ctx.tx.reflectieItem.create({
      data: {
        tenantId: ctx.tenant.id,
        sessionId,
        questionId: q.id,
        themeId: q.themeId,
        questionText: pickText(questionTexts(q), lang),
        // Every language, so each viewer reads the question in their own (the fan's texts may be edited later).
        questionNl: q.textNl,
        questionFr: q.textFr,
        questionEn: q.textEn,
        how,
        position: (last._max.position ?? 0) + 1,
        createdById: ctx.session.userId,
      },
      select: { id: true, questionId: true, themeId: true, questionText: true, how: true, position: true, version: true },
    });
    await ctx.tx.reflectieSession.updateMany({ where: { id: sessionId, status: "draft" }, data: { status: "in_progress" } });
    return { ...item, themeTitle: pickText(themeTitles(q.theme), lang) };
  } catch (e) {
    if (isUniqueViolation(e)) throw appError("reflectie.fan.alreadyAsked");
    throw e;
  }
}

const questionSelect = {
  id: true,
  themeId: true,
  textNl: true,
  textFr: true,
  textEn: true,
  theme: { select: { titleNl: true, titleFr: true, titleEn: true } },
} as const;

/** The fan: a question drawn at random from the session's themes, or one picked by the group. */
export const fanRouter = router({
  /** A random question of the chosen themes that was not asked yet in this session. */
  draw: procedure(P.participate)
    .input(z.object({ sessionId: id, locale, start }))
    .mutation(async ({ ctx, input }) => {
      const s = await visibleSession(ctx, input.sessionId, { open: true });
      startsSession(s, input.start);
      await lockSession(ctx.tx, s.id);
      const themes = await ctx.tx.reflectieSessionTheme.findMany({ where: { sessionId: s.id }, select: { themeId: true } });
      if (themes.length === 0) throw appError("reflectie.fan.noThemes");
      const used = await ctx.tx.reflectieItem.findMany({
        where: { sessionId: s.id, questionId: { not: null } },
        select: { questionId: true },
      });
      const candidates = await ctx.tx.reflectieQuestion.findMany({
        where: {
          themeId: { in: themes.map((t) => t.themeId) },
          hidden: false,
          id: { notIn: used.map((u) => u.questionId).filter((x): x is string => x !== null) },
        },
        select: questionSelect,
      });
      if (candidates.length === 0) throw appError("reflectie.fan.empty");
      const q = candidates[randomInt(candidates.length)]!;
      const item = await addItem(ctx, s.id, q, "drawn", input.locale);
      await ctx.audit({ action: "reflectie.question.drawn", targetType: "ReflectieItem", targetId: item.id, data: { sessionId: s.id } });
      return item;
    }),

  /** A question the group chooses itself (any question of the tenant's fan, once per session). */
  pick: procedure(P.participate)
    .input(z.object({ sessionId: id, questionId: id, locale, start }))
    .mutation(async ({ ctx, input }) => {
      const s = await visibleSession(ctx, input.sessionId, { open: true });
      startsSession(s, input.start);
      await lockSession(ctx.tx, s.id);
      const q = orThrow(
        await ctx.tx.reflectieQuestion.findUnique({ where: { id: input.questionId }, select: questionSelect }),
        "reflectie.question.notFound",
      );
      const asked = await ctx.tx.reflectieItem.findFirst({ where: { sessionId: s.id, questionId: q.id }, select: { id: true } });
      if (asked) throw appError("reflectie.fan.alreadyAsked");
      const item = await addItem(ctx, s.id, q, "picked", input.locale);
      await ctx.audit({ action: "reflectie.question.picked", targetType: "ReflectieItem", targetId: item.id, data: { sessionId: s.id } });
      return item;
    }),
});

async function visibleItem(ctx: ReflectieCtx, itemId: string) {
  const item = orThrow(
    await ctx.tx.reflectieItem.findFirst({
      where: { id: itemId, session: sessionScope(ctx) },
      select: { id: true, sessionId: true, session: { select: { status: true } } },
    }),
    "reflectie.item.notFound",
  );
  if (item.session.status === "closed") throw appError("reflectie.session.closed");
  return item;
}

export const itemsRouter = router({
  /** Autosave of the group's answer and insights, with the item's version (CONFLICT when someone saved in between). */
  update: procedure(P.participate)
    .meta(updateMeta({ model: "ReflectieItem" }))
    .input(updateInput({ answer: longText(), insights: longText() }, { id, version }))
    .mutation(async ({ ctx, input }) => {
      const item = await visibleItem(ctx, input.id);
      const r = await ctx.tx.reflectieItem.updateMany({
        where: { id: item.id, version: input.version },
        data: {
          ...(input.answer !== undefined ? { answer: input.answer } : {}),
          ...(input.insights !== undefined ? { insights: input.insights } : {}),
          version: { increment: 1 },
        },
      });
      if (r.count === 0) throw appError("reflectie.item.conflict");
      await ctx.audit({
        action: "reflectie.item.updated",
        targetType: "ReflectieItem",
        targetId: item.id,
        data: { sessionId: item.sessionId, fields: Object.keys(input).filter((k) => k !== "id" && k !== "version") },
      });
      return { version: input.version + 1 };
    }),

  /** Takes a question back out of the session (drawn by mistake); it can be drawn again. */
  remove: procedure(P.participate)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const item = await visibleItem(ctx, input.id);
      await ctx.tx.reflectieItem.delete({ where: { id: item.id } });
      await ctx.audit({
        action: "reflectie.item.removed",
        targetType: "ReflectieItem",
        targetId: item.id,
        data: { sessionId: item.sessionId },
      });
      return { ok: true };
    }),
});
