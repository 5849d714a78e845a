import { type LocalisedParam, type Prisma, router, tenantMapConfig, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { contentProblems, missingTranslations, saveTarget } from "../../logic";
import { P } from "../../manifest";
import type { SurveyContent, SurveyLanguage } from "../../survey";
import { asContent, asTexts, requireSurvey } from "../access";
import { appError } from "../errors";
import { procedure } from "../procedures";
import { content, id, languages, title } from "../schemas";

const fields = z.object({
  title,
  languages: languages.default(["nl"]),
  retentionMonths: z.number().int().min(1).max(120).default(12),
});

const json = (v: unknown) => v as Prisma.InputJsonValue;

/** The first text without a translation, in words in each reader's language: the title, or a part's, question's or choice's own text. */
function describeMissing(c: SurveyContent, m: { path: string; language: string }): LocalisedParam {
  const [sk, qk, ok] = m.path.split(".");
  const section = c.sections.find((x) => x.key === sk);
  const question = section?.questions.find((q) => q.key === qk);
  const option = question?.options?.find((o) => o.key === ok);
  const texts = option?.text ?? question?.text ?? section?.title;
  const titleWord = { nl: "de titel", fr: "le titre", en: "the title" } as const;
  const word = (l: "nl" | "fr" | "en") =>
    m.path === "title" ? titleWord[l] : `«${texts?.[l] || texts?.nl || texts?.fr || texts?.en || texts?.ar || m.path}»`;
  return { nl: `${word("nl")}, ${m.language}`, fr: `${word("fr")}, ${m.language}`, en: `${word("en")}, ${m.language}` };
}

/** Surveys: the list, one survey with its versions, create, settings, the builder's draft, publish and close. */
export const surveysRouter = router({
  list: procedure(P.view).query(async ({ ctx }) => {
    const surveys = await ctx.tx.bevragingenSurvey.findMany({
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        title: true,
        status: true,
        languages: true,
        createdAt: true,
        closedAt: true,
        _count: { select: { responses: true } },
      },
    });
    return surveys.map(({ _count, ...s }) => ({ ...s, title: asTexts(s.title), responses: _count.responses }));
  }),

  get: procedure(P.view)
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const s = await requireSurvey(ctx.tx, input.id);
      const versions = await ctx.tx.bevragingenVersion.findMany({
        where: { surveyId: s.id },
        orderBy: { number: "desc" },
        select: { id: true, number: true, content: true, publishedAt: true, _count: { select: { responses: true } } },
      });
      const nextRounds = await ctx.tx.bevragingenSurvey.findMany({
        where: { previousRoundId: s.id },
        orderBy: { createdAt: "asc" },
        select: { id: true, title: true },
      });
      const previousRound = s.previousRoundId
        ? await ctx.tx.bevragingenSurvey.findUnique({ where: { id: s.previousRoundId }, select: { id: true, title: true } })
        : null;
      return {
        ...s,
        title: asTexts(s.title),
        previousRound: previousRound ? { id: previousRound.id, title: asTexts(previousRound.title) } : null,
        nextRounds: nextRounds.map((r) => ({ id: r.id, title: asTexts(r.title) })),
        versions: versions.map(({ _count, ...v }) => ({ ...v, content: asContent(v.content), responses: _count.responses })),
      };
    }),

  /** What the builder's preview needs to show the form as respondents get it: the neighbourhoods and the map. */
  previewOptions: procedure(P.manage).query(async ({ ctx }) => {
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
    return { neighbourhoods, map: await tenantMapConfig(ctx.tx, ctx.tenant.id) };
  }),

  create: procedure(P.manage)
    .input(fields)
    .mutation(async ({ ctx, input }) => {
      const s = await ctx.tx.bevragingenSurvey.create({
        data: { tenantId: ctx.tenant.id, ...input, createdById: ctx.session.userId },
        select: { id: true },
      });
      await ctx.tx.bevragingenVersion.create({ data: { tenantId: ctx.tenant.id, surveyId: s.id, number: 1 } });
      await ctx.audit({ action: "bevragingen.survey.created", targetType: "BevragingenSurvey", targetId: s.id });
      return s;
    }),

  update: procedure(P.manage)
    .meta(updateMeta({ model: "BevragingenSurvey" }))
    .input(updateInput(fields, { id }))
    .mutation(async ({ ctx, input }) => {
      const s = await requireSurvey(ctx.tx, input.id);
      const { id: _id, ...data } = input;
      // The languages are those of the published questions: a language added later would have no text on the forms,
      // one taken away would hide its answers from the figures. They change only before the first publication.
      const sameLanguages = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((l) => b.includes(l));
      if (data.languages && !sameLanguages(data.languages, s.languages)) {
        const published = await ctx.tx.bevragingenVersion.count({ where: { surveyId: s.id, publishedAt: { not: null } } });
        if (published > 0) throw appError("bevragingen.survey.languagesFixed");
      }
      await ctx.tx.bevragingenSurvey.update({ where: { id: s.id }, data });
      await ctx.audit({
        action: "bevragingen.survey.updated",
        targetType: "BevragingenSurvey",
        targetId: s.id,
        data: { fields: Object.keys(data) },
      });
      return { ok: true };
    }),

  /**
   * Saves the builder's questions. The last version is changed while it is a draft; once published it is frozen and
   * this makes the next version (answers keep the version they answered).
   */
  saveDraft: procedure(P.manage)
    .input(z.object({ surveyId: id, content }))
    .mutation(async ({ ctx, input }) => {
      const s = await requireSurvey(ctx.tx, input.surveyId);
      const last = await ctx.tx.bevragingenVersion.findFirst({ where: { surveyId: s.id }, orderBy: { number: "desc" } });
      const target = saveTarget(last);
      const v =
        "update" in target
          ? await ctx.tx.bevragingenVersion.update({
              where: { id: target.update },
              data: { content: json(input.content) },
              select: { id: true, number: true },
            })
          : await ctx.tx.bevragingenVersion.create({
              data: { tenantId: ctx.tenant.id, surveyId: s.id, number: target.create, content: json(input.content) },
              select: { id: true, number: true },
            });
      await ctx.audit({
        action: "bevragingen.version.saved",
        targetType: "BevragingenVersion",
        targetId: v.id,
        data: { number: v.number },
      });
      return v;
    }),

  /** What still blocks publishing the draft: missing translations in the survey's languages and content problems. */
  check: procedure(P.view)
    .input(z.object({ surveyId: id }))
    .query(async ({ ctx, input }) => {
      const s = await requireSurvey(ctx.tx, input.surveyId);
      const last = await ctx.tx.bevragingenVersion.findFirst({ where: { surveyId: s.id }, orderBy: { number: "desc" } });
      const c = asContent(last?.content ?? { sections: [] });
      return {
        missing: missingTranslations(asTexts(s.title), c, s.languages as SurveyLanguage[]),
        problems: contentProblems(c),
        draft: Boolean(last && !last.publishedAt),
      };
    }),

  /** Publishes the draft: it is frozen from now on and new answers go to it. The survey opens. */
  publish: procedure(P.manage)
    .input(z.object({ surveyId: id }))
    .mutation(async ({ ctx, input }) => {
      const s = await requireSurvey(ctx.tx, input.surveyId);
      const last = await ctx.tx.bevragingenVersion.findFirst({ where: { surveyId: s.id }, orderBy: { number: "desc" } });
      if (!last || last.publishedAt) throw appError("bevragingen.publish.empty");
      const c = asContent(last.content);
      const problem = contentProblems(c)[0];
      if (problem) {
        if (problem.code === "empty") throw appError("bevragingen.publish.empty");
        throw appError(`bevragingen.publish.${problem.code}`, { key: problem.path });
      }
      const missing = missingTranslations(asTexts(s.title), c, s.languages as SurveyLanguage[]);
      if (missing[0])
        throw appError("bevragingen.publish.missingTranslations", {
          count: missing.length,
          first: describeMissing(c, missing[0]),
        });
      await ctx.tx.bevragingenVersion.update({ where: { id: last.id }, data: { publishedAt: new Date() } });
      await ctx.tx.bevragingenSurvey.update({ where: { id: s.id }, data: { status: "open", publishedVersionId: last.id, closedAt: null } });
      await ctx.audit({
        action: "bevragingen.survey.published",
        targetType: "BevragingenSurvey",
        targetId: s.id,
        data: { number: last.number },
      });
      return { versionId: last.id, number: last.number };
    }),

  /**
   * The next round of a survey (the buurtanalyse is repeated over time): a new draft survey with the same title,
   * languages, retention and the questions of the last version, linked to this one so results show side by side.
   */
  nextRound: procedure(P.manage)
    .input(z.object({ surveyId: id }))
    .mutation(async ({ ctx, input }) => {
      const s = await requireSurvey(ctx.tx, input.surveyId);
      const last = await ctx.tx.bevragingenVersion.findFirst({ where: { surveyId: s.id }, orderBy: { number: "desc" } });
      const next = await ctx.tx.bevragingenSurvey.create({
        data: {
          tenantId: ctx.tenant.id,
          title: json(s.title),
          languages: s.languages,
          retentionMonths: s.retentionMonths,
          previousRoundId: s.id,
          createdById: ctx.session.userId,
        },
        select: { id: true },
      });
      await ctx.tx.bevragingenVersion.create({
        data: { tenantId: ctx.tenant.id, surveyId: next.id, number: 1, content: json(last?.content ?? { sections: [] }) },
      });
      await ctx.audit({
        action: "bevragingen.survey.created",
        targetType: "BevragingenSurvey",
        targetId: next.id,
        data: { previousRoundId: s.id },
      });
      return next;
    }),

  close: procedure(P.manage)
    .input(z.object({ surveyId: id }))
    .mutation(async ({ ctx, input }) => {
      const s = await requireSurvey(ctx.tx, input.surveyId);
      if (s.status === "closed") return { ok: true };
      await ctx.tx.bevragingenSurvey.update({ where: { id: s.id }, data: { status: "closed", closedAt: new Date() } });
      await ctx.audit({ action: "bevragingen.survey.closed", targetType: "BevragingenSurvey", targetId: s.id });
      return { ok: true };
    }),
});
