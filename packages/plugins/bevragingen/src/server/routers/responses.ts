import { type AppError, type Prisma, personInputs, router, tenantMapConfig } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import type { SurveyLanguage } from "../../survey";
import { asContent, asTexts, requireSurvey } from "../access";
import { appError, bevragingenErrors, orThrow } from "../errors";
import { outboxExample } from "../outbox-example";
import { outboxProcedure, procedure } from "../procedures";
import { id, staffSubmission } from "../schemas";
import { submitResponse } from "../submit";

const FOLLOW_UP = "bevragingen.follow_up";

/** How many of her own answers `entered` gives per page. */
const ENTERED_PAGE = 25;

/** Refusals that say nothing is wrong with the answers themselves: the server keeps them for the worker. */
const KEPT = new Set(["bevragingen.survey.closed", "bevragingen.survey.notOpen", "bevragingen.version.old"]);

function keptRefusal(e: unknown): AppError | null {
  const app = e as Partial<AppError> | null;
  return app && typeof app.appCode === "string" && KEPT.has(app.appCode) ? (app as AppError) : null;
}

/** A worker acts on her own refused answers only; who manages surveys (the regie) on everyone's. */
function own(ctx: { permissions: { has(key: typeof P.manage): boolean }; session: { userId: string } }) {
  return ctx.permissions.has(P.manage) ? {} : { enteredById: ctx.session.userId };
}

/** Entering answers for a respondent (door to door, paper), and what a field worker needs to do so. */
export const responsesRouter = router({
  /** The open surveys with their published version, for entry screens. */
  /** The tenant's map, for a point question at the door (without network the worker types a street or place). */
  map: procedure(P.enter).query(async ({ ctx }) => tenantMapConfig(ctx.tx, ctx.tenant.id)),

  open: procedure(P.enter).query(async ({ ctx }) => {
    const surveys = await ctx.tx.bevragingenSurvey.findMany({
      where: { status: "open" },
      orderBy: { createdAt: "desc" },
      select: { id: true, title: true, languages: true, publishedVersion: { select: { id: true, number: true, content: true } } },
    });
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
    return surveys.flatMap((s) =>
      s.publishedVersion
        ? [
            {
              id: s.id,
              title: asTexts(s.title),
              neighbourhoods,
              languages: s.languages,
              version: { ...s.publishedVersion, content: asContent(s.publishedVersion.content) },
            },
          ]
        : [],
    );
  }),

  /**
   * One response, stored once per idempotency key. A person is linked only with her consent to follow-up (recorded
   * as a Consent of purpose "bevragingen.follow_up" when she has none yet). Outbox-capable (ADR 0028): a phone queues
   * it offline and replays it; core answers a repeat of the same key with the first answer.
   */
  submit: outboxProcedure(P.enter, staffSubmission, { example: outboxExample })
    .meta(personInputs("personId"))
    .mutation(async ({ ctx, input }) => {
      if (input.personId) {
        orThrow(await ctx.tx.person.findUnique({ where: { id: input.personId }, select: { id: true } }), "bevragingen.person.notFound");
        const consent = await ctx.tx.consent.findFirst({
          where: { personId: input.personId, purpose: FOLLOW_UP, withdrawnAt: null },
          select: { id: true },
        });
        if (!consent) {
          if (!input.consentMethod) throw appError("bevragingen.followUp.consentRequired");
          await ctx.tx.consent.create({
            data: {
              tenantId: ctx.tenant.id,
              personId: input.personId,
              purpose: FOLLOW_UP,
              method: input.consentMethod,
              givenAt: new Date(),
              recordedById: ctx.session.userId,
            },
          });
        }
      }
      let r: Awaited<ReturnType<typeof submitResponse>>;
      try {
        r = await submitResponse(ctx.tx, ctx.tenant.id, input, {
          channel: input.channel,
          enteredById: ctx.session.userId,
          personId: input.personId,
        });
      } catch (e) {
        const refusal = keptRefusal(e);
        if (!refusal) throw e;
        // Closed, or an old version: nothing is wrong with the answers. They are kept (once per idempotency key) in the
        // worker's list of refused answers, and the refusal is still the answer (after this transaction committed).
        const [kept] = await ctx.tx.bevragingenRejected.createManyAndReturn({
          data: [
            {
              tenantId: ctx.tenant.id,
              surveyId: input.surveyId,
              versionId: input.versionId,
              idempotencyKey: input.idempotencyKey,
              channel: input.channel,
              language: input.language,
              answers: input.answers as Prisma.InputJsonValue,
              neighbourhoodId: input.neighbourhoodId,
              street: input.street || null,
              personId: input.personId,
              enteredById: ctx.session.userId,
              code: refusal.appCode,
              params: refusal.params as Prisma.InputJsonValue,
            },
          ],
          skipDuplicates: true,
          select: { id: true },
        });
        if (kept) await ctx.audit({ action: "bevragingen.rejected.kept", targetType: "BevragingenRejected", targetId: kept.id });
        return ctx.outside(async (): Promise<never> => {
          throw refusal;
        });
      }
      if (input.personId && !r.duplicate)
        await ctx.audit({ action: "bevragingen.response.linked", targetType: "BevragingenResponse", targetId: r.id });
      return r;
    }),

  /**
   * Refused answers (survey closed, or answered on an old version), not yet sent again or put aside, with the refusal
   * in the reader's language. Nothing refused is lost silently. A worker sees her own only (as her own answers:
   * KoboToolbox's rule; the database's person scope hides the others' from a member with neighbourhoods too);
   * `everyone` gives who manages surveys (the regie) all of them, with who entered each, to re-enter or discard them.
   */
  rejected: procedure(P.enter)
    .input(z.object({ surveyId: id.nullable().default(null), everyone: z.boolean().default(false) }))
    .query(async ({ ctx, input }) => {
      const all = input.everyone && ctx.permissions.has(P.manage);
      const rows = await ctx.tx.bevragingenRejected.findMany({
        where: {
          ...(all ? {} : { enteredById: ctx.session.userId }),
          resolvedAt: null,
          ...(input.surveyId ? { surveyId: input.surveyId } : {}),
        },
        orderBy: { createdAt: "desc" },
        take: 500,
        select: {
          id: true,
          surveyId: true,
          language: true,
          answers: true,
          code: true,
          params: true,
          createdAt: true,
          enteredById: true,
          enteredBy: { select: { name: true, email: true } },
          survey: { select: { title: true, status: true } },
        },
      });
      return rows.map((r) => ({
        id: r.id,
        surveyId: r.surveyId,
        title: asTexts(r.survey.title),
        language: r.language,
        answers: r.answers as Record<string, unknown>,
        createdAt: r.createdAt,
        message: bevragingenErrors.render(ctx.locale, r.code, r.params as Record<string, string | number>) ?? r.code,
        /** The survey is open again or in a newer version: the answers can go to its current version. */
        canResend: r.survey.status === "open",
        mine: r.enteredById === ctx.session.userId,
        /** Who entered it (shown to the regie in the list of everyone's). */
        enteredBy: r.enteredBy.name || r.enteredBy.email,
      }));
    }),

  /**
   * Sends a refused answer again, to the survey's current version (same idempotency key: never twice). Answers that
   * do not fit the new version come back with the usual message, and the refused answer stays in the list.
   */
  resend: procedure(P.enter)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const k = orThrow(
        await ctx.tx.bevragingenRejected.findFirst({ where: { id: input.id, ...own(ctx), resolvedAt: null } }),
        "bevragingen.rejected.notFound",
      );
      const survey = await requireSurvey(ctx.tx, k.surveyId);
      if (survey.status !== "open" || !survey.publishedVersionId) throw appError("bevragingen.rejected.closed");
      const r = await submitResponse(
        ctx.tx,
        ctx.tenant.id,
        {
          surveyId: k.surveyId,
          versionId: survey.publishedVersionId,
          idempotencyKey: k.idempotencyKey,
          language: k.language as SurveyLanguage,
          answers: k.answers as Record<string, string | string[] | number>,
          neighbourhoodId: k.neighbourhoodId,
          street: k.street,
        },
        // Counted for the worker who entered it, also when the regie sends it again.
        { channel: k.channel as "assisted" | "paper", enteredById: k.enteredById, personId: k.personId },
      );
      await ctx.tx.bevragingenRejected.update({ where: { id: k.id }, data: { resolvedAt: new Date(), resolution: "resent" } });
      await ctx.audit({
        action: "bevragingen.rejected.resolved",
        targetType: "BevragingenRejected",
        targetId: k.id,
        data: { resolution: "resent" },
      });
      return r;
    }),

  /** Puts a refused answer aside (it leaves the list; the regie can still find it). */
  dismissRejected: procedure(P.enter)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const k = orThrow(
        await ctx.tx.bevragingenRejected.findFirst({
          where: { id: input.id, ...own(ctx), resolvedAt: null },
          select: { id: true },
        }),
        "bevragingen.rejected.notFound",
      );
      await ctx.tx.bevragingenRejected.update({ where: { id: k.id }, data: { resolvedAt: new Date(), resolution: "dismissed" } });
      await ctx.audit({
        action: "bevragingen.rejected.resolved",
        targetType: "BevragingenRejected",
        targetId: k.id,
        data: { resolution: "dismissed" },
      });
      return { ok: true };
    }),

  /**
   * The answers this member entered herself for a survey, newest first, a page at a time (as in KoboToolbox: after
   * sending she reads her own submissions, never anyone else's). Photos show as a mark only; nothing about the person
   * a follow-up answer is linked to.
   */
  entered: procedure(P.enter)
    .input(z.object({ surveyId: id, page: z.number().int().min(0).max(1_000).default(0) }))
    .query(async ({ ctx, input }) => {
      const s = await requireSurvey(ctx.tx, input.surveyId);
      const where = { surveyId: s.id, enteredById: ctx.session.userId };
      // One after another: the queries of one transaction share its connection (no-parallel-tx.test).
      const total = await ctx.tx.bevragingenResponse.count({ where });
      const rows = await ctx.tx.bevragingenResponse.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        skip: input.page * ENTERED_PAGE,
        take: ENTERED_PAGE,
        select: { id: true, versionId: true, channel: true, language: true, answers: true, street: true, createdAt: true },
      });
      const versions = await ctx.tx.bevragingenVersion.findMany({
        where: { surveyId: s.id },
        select: { id: true, number: true, content: true },
      });
      const neighbourhoods = await ctx.tx.neighbourhood.findMany({ select: { id: true, name: true } });
      return {
        title: asTexts(s.title),
        total,
        pageSize: ENTERED_PAGE,
        versions: versions.map((v) => ({ id: v.id, number: v.number, content: asContent(v.content) })),
        neighbourhoods,
        rows: rows.map((r) => ({ ...r, answers: r.answers as Record<string, unknown> })),
      };
    }),

  /** How many answers this worker entered for a survey (she sees her own count, never others' answers). */
  mine: procedure(P.enter)
    .input(z.object({ surveyId: id }))
    .query(async ({ ctx, input }) => {
      await requireSurvey(ctx.tx, input.surveyId);
      return { count: await ctx.tx.bevragingenResponse.count({ where: { surveyId: input.surveyId, enteredById: ctx.session.userId } }) };
    }),
});
