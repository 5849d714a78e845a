import { randomBytes } from "node:crypto";
import { router, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { starterQuestion } from "../../starter/index";
import { ensureStarterSet } from "../library";
import { procedure } from "../procedures";
import { id, localised } from "../schemas";
import { REFLECTIE_LIMITS } from "../../limits";
import { appError, orThrow } from "../errors";

const themeTitle = localised(REFLECTIE_LIMITS.themeTitle);
const questionText = localised(REFLECTIE_LIMITS.questionText);

/** The question fan as the tenant has it: themes with their questions, in order. */
export const themesRouter = router({
  /** Hidden themes and questions only for those who manage the sets (and only when asked). */
  list: procedure(P.participate)
    .input(z.object({ includeHidden: z.boolean().default(false) }).default({ includeHidden: false }))
    .query(async ({ ctx, input }) => {
      await ensureStarterSet(ctx.tx, ctx.tenant.id);
      const all = input.includeHidden && ctx.permissions.has(P.sets);
      const themes = await ctx.tx.reflectieTheme.findMany({
        where: all ? {} : { hidden: false },
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        include: {
          questions: { where: all ? {} : { hidden: false }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] },
        },
      });
      return themes.map((t) => ({
        id: t.id,
        key: t.key,
        origin: t.origin,
        edited: t.edited,
        hidden: t.hidden,
        sortOrder: t.sortOrder,
        title: { nl: t.titleNl, fr: t.titleFr, en: t.titleEn },
        questions: t.questions.map((q) => ({
          id: q.id,
          origin: q.origin,
          edited: q.edited,
          hidden: q.hidden,
          text: { nl: q.textNl, fr: q.textFr, en: q.textEn },
          /** A starter question the tenant changed can go back to the starter text. */
          canReset: q.origin === "starter" && q.edited && Boolean(q.starterKey && starterQuestion(q.starterKey)),
        })),
      }));
    }),

  create: procedure(P.sets)
    .input(z.object({ title: themeTitle }))
    .mutation(async ({ ctx, input }) => {
      await ensureStarterSet(ctx.tx, ctx.tenant.id);
      const max = await ctx.tx.reflectieTheme.aggregate({ _max: { sortOrder: true } });
      const theme = await ctx.tx.reflectieTheme.create({
        data: {
          tenantId: ctx.tenant.id,
          key: `eigen-${randomBytes(5).toString("hex")}`,
          origin: "tenant",
          titleNl: input.title.nl,
          titleFr: input.title.fr,
          titleEn: input.title.en,
          sortOrder: (max._max.sortOrder ?? -1) + 1,
        },
        select: { id: true },
      });
      await ctx.audit({ action: "reflectie.theme.created", targetType: "ReflectieTheme", targetId: theme.id });
      return theme;
    }),

  update: procedure(P.sets)
    .meta(updateMeta({ model: "ReflectieTheme", derived: { title: ["titleNl", "titleFr", "titleEn", "edited"] } }))
    .input(updateInput({ title: themeTitle, hidden: z.boolean(), sortOrder: z.number().int().min(0).max(10_000) }, { id }))
    .mutation(async ({ ctx, input }) => {
      const theme = orThrow(
        await ctx.tx.reflectieTheme.findUnique({ where: { id: input.id }, select: { id: true, origin: true } }),
        "reflectie.theme.notFound",
      );
      await ctx.tx.reflectieTheme.update({
        where: { id: theme.id },
        data: {
          ...(input.title
            ? { titleNl: input.title.nl, titleFr: input.title.fr, titleEn: input.title.en, edited: theme.origin === "starter" }
            : {}),
          ...(input.hidden === undefined ? {} : { hidden: input.hidden }),
          ...(input.sortOrder === undefined ? {} : { sortOrder: input.sortOrder }),
        },
      });
      await ctx.audit({
        action: "reflectie.theme.updated",
        targetType: "ReflectieTheme",
        targetId: theme.id,
        data: { fields: Object.keys(input).filter((k) => k !== "id") },
      });
      return { ok: true };
    }),

  /** Only the tenant's own themes; starter themes are hidden instead. */
  delete: procedure(P.sets)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const theme = orThrow(
        await ctx.tx.reflectieTheme.findUnique({ where: { id: input.id }, select: { id: true, origin: true } }),
        "reflectie.theme.notFound",
      );
      if (theme.origin === "starter") throw appError("reflectie.library.starterThemeDelete");
      await ctx.tx.reflectieTheme.delete({ where: { id: theme.id } });
      await ctx.audit({ action: "reflectie.theme.deleted", targetType: "ReflectieTheme", targetId: theme.id });
      return { ok: true };
    }),
});

export const questionsRouter = router({
  create: procedure(P.sets)
    .input(z.object({ themeId: id, text: questionText }))
    .mutation(async ({ ctx, input }) => {
      const theme = orThrow(
        await ctx.tx.reflectieTheme.findUnique({ where: { id: input.themeId }, select: { id: true } }),
        "reflectie.theme.notFound",
      );
      const max = await ctx.tx.reflectieQuestion.aggregate({ where: { themeId: theme.id }, _max: { sortOrder: true } });
      const q = await ctx.tx.reflectieQuestion.create({
        data: {
          tenantId: ctx.tenant.id,
          themeId: theme.id,
          origin: "tenant",
          textNl: input.text.nl,
          textFr: input.text.fr,
          textEn: input.text.en,
          sortOrder: (max._max.sortOrder ?? -1) + 1,
        },
        select: { id: true },
      });
      await ctx.audit({ action: "reflectie.question.created", targetType: "ReflectieQuestion", targetId: q.id });
      return q;
    }),

  /** Editing a starter question makes it the tenant's own text: later starter-set updates leave it alone. */
  update: procedure(P.sets)
    .meta(updateMeta({ model: "ReflectieQuestion", derived: { text: ["textNl", "textFr", "textEn", "edited"] } }))
    .input(updateInput({ text: questionText, hidden: z.boolean() }, { id }))
    .mutation(async ({ ctx, input }) => {
      const q = orThrow(
        await ctx.tx.reflectieQuestion.findUnique({ where: { id: input.id }, select: { id: true, origin: true } }),
        "reflectie.question.notFound",
      );
      await ctx.tx.reflectieQuestion.update({
        where: { id: q.id },
        data: {
          ...(input.text ? { textNl: input.text.nl, textFr: input.text.fr, textEn: input.text.en, edited: q.origin === "starter" } : {}),
          ...(input.hidden === undefined ? {} : { hidden: input.hidden }),
        },
      });
      await ctx.audit({
        action: "reflectie.question.updated",
        targetType: "ReflectieQuestion",
        targetId: q.id,
        data: { fields: Object.keys(input).filter((k) => k !== "id") },
      });
      return { ok: true };
    }),

  /** Back to the starter text (the hidden flag stays as the tenant set it). */
  reset: procedure(P.sets)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const q = orThrow(
        await ctx.tx.reflectieQuestion.findUnique({ where: { id: input.id }, select: { id: true, origin: true, starterKey: true } }),
        "reflectie.question.notFound",
      );
      if (q.origin !== "starter" || !q.starterKey) throw appError("reflectie.library.notStarter");
      const starter = starterQuestion(q.starterKey);
      if (!starter) throw appError("reflectie.library.starterGone");
      await ctx.tx.reflectieQuestion.update({
        where: { id: q.id },
        data: { textNl: starter.question.nl, textFr: starter.question.fr, textEn: starter.question.en, edited: false },
      });
      await ctx.audit({ action: "reflectie.question.reset", targetType: "ReflectieQuestion", targetId: q.id });
      return { ok: true };
    }),

  delete: procedure(P.sets)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const q = orThrow(
        await ctx.tx.reflectieQuestion.findUnique({ where: { id: input.id }, select: { id: true, origin: true } }),
        "reflectie.question.notFound",
      );
      if (q.origin === "starter") throw appError("reflectie.library.starterQuestionDelete");
      await ctx.tx.reflectieQuestion.delete({ where: { id: q.id } });
      await ctx.audit({ action: "reflectie.question.deleted", targetType: "ReflectieQuestion", targetId: q.id });
      return { ok: true };
    }),
});
