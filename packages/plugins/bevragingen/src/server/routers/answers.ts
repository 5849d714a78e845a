import { fileLink, type Prisma, router, sql, sqlJoin, tenantMapConfig } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { BEVRAGINGEN_LIMITS as L } from "../../limits";
import { P } from "../../manifest";
import { parsePoint } from "../../survey";
import { requireSurvey } from "../access";
import { orThrow, zodMessage } from "../errors";
import { procedure } from "../procedures";
import { id } from "../schemas";

const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, zodMessage("bevragingen.schema.key"));
const tag = z.string().trim().min(1).max(L.tag);

/** A page of open answers. */
const PAGE = 50;
/** The most points one map shows (the newest). */
const POINTS_MAX = 5_000;

export type Review = { quotable: boolean; tags: string[] };

/**
 * Open answers (texts, photos, places), for the team to read, tag and mark quotable before quoting them anywhere (results show only the
 * quotable ones; tags are counted with small groups hidden). Only who manages surveys reads them one by one.
 */
export const answersRouter = router({
  list: procedure(P.manage)
    .input(
      z.object({
        surveyId: id,
        question: key,
        state: z.enum(["all", "unreviewed", "quotable"]).default("all"),
        tag: tag.nullable().default(null),
        page: z.number().int().min(0).max(10_000).default(0),
      }),
    )
    .query(async ({ ctx, input }) => {
      const s = await requireSurvey(ctx.tx, input.surveyId);
      const where = [sql`r."surveyId" = ${s.id}::uuid`, sql`jsonb_typeof(r."answers" -> ${input.question}) = 'string'`];
      if (input.state === "unreviewed") where.push(sql`NOT (r."reviews" ? ${input.question})`);
      if (input.state === "quotable") where.push(sql`(r."reviews" -> ${input.question}) @> '{"quotable": true}'::jsonb`);
      if (input.tag) where.push(sql`(r."reviews" -> ${input.question} -> 'tags') ? ${input.tag}`);
      const cond = sqlJoin(where, " AND ");
      const rows = await ctx.tx.$queryRaw<{ id: string; text: string; language: string; createdAt: Date; review: Review | null }[]>(sql`
        SELECT r."id", r."answers" ->> ${input.question} AS text, r."language", r."createdAt", r."reviews" -> ${input.question} AS review
        FROM "BevragingenResponse" r WHERE ${cond}
        ORDER BY r."createdAt" DESC, r."id" LIMIT ${PAGE} OFFSET ${input.page * PAGE}`);
      const [count] = await ctx.tx.$queryRaw<{ n: number }[]>(sql`SELECT count(*)::int AS n FROM "BevragingenResponse" r WHERE ${cond}`);
      // A photo answer holds the id of its stored file: the team sees it through short-lived links made for them.
      const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
      const ids = rows.map((r) => r.text).filter((x) => UUID.test(x));
      const files = ids.length
        ? await ctx.tx.storedFile.findMany({
            where: { id: { in: ids }, moduleId: "bevragingen", status: "active" },
            select: { id: true, tenantId: true, thumbKey: true },
          })
        : [];
      const links = new Map(
        files.map((f) => [
          f.id,
          {
            url: fileLink(f, "original", ctx.session.userId),
            thumbUrl: f.thumbKey ? fileLink(f, "thumb", ctx.session.userId) : fileLink(f, "original", ctx.session.userId),
          },
        ]),
      );
      return {
        rows: rows.map((r) => ({ ...r, photo: links.get(r.text) ?? null })),
        total: count?.n ?? 0,
        pageSize: PAGE,
      };
    }),

  /**
   * The answers to a point question, for the team only (never in results or anywhere public): the points on the map
   * (at the precision the survey asked) and how many answered with a street or place typed instead.
   */
  points: procedure(P.manage)
    .input(z.object({ surveyId: id, question: key }))
    .query(async ({ ctx, input }) => {
      const s = await requireSurvey(ctx.tx, input.surveyId);
      const rows = await ctx.tx.$queryRaw<{ text: string }[]>(sql`
        SELECT r."answers" ->> ${input.question} AS text FROM "BevragingenResponse" r
        WHERE r."surveyId" = ${s.id}::uuid AND jsonb_typeof(r."answers" -> ${input.question}) = 'string'
        ORDER BY r."createdAt" DESC, r."id" LIMIT ${POINTS_MAX}`);
      const points = rows.flatMap((r) => {
        const p = parsePoint(r.text);
        return p ? [p] : [];
      });
      return { points, typed: rows.length - points.length, map: await tenantMapConfig(ctx.tx, ctx.tenant.id) };
    }),

  /** The team's review of one open answer: quotable or not, and its tags. */
  review: procedure(P.manage)
    .input(
      z.object({
        responseId: id,
        question: key,
        quotable: z.boolean(),
        tags: z.array(tag).max(L.tags).default([]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const r = orThrow(
        await ctx.tx.bevragingenResponse.findUnique({
          where: { id: input.responseId },
          select: { id: true, answers: true, reviews: true },
        }),
        "bevragingen.response.notFound",
      );
      if (typeof (r.answers as Record<string, unknown>)[input.question] !== "string") orThrow(null, "bevragingen.response.notFound");
      const reviews = { ...((r.reviews ?? {}) as Record<string, Review>) };
      reviews[input.question] = { quotable: input.quotable, tags: [...new Set(input.tags)] };
      await ctx.tx.bevragingenResponse.update({ where: { id: r.id }, data: { reviews: reviews as Prisma.InputJsonValue } });
      await ctx.audit({
        action: "bevragingen.answer.reviewed",
        targetType: "BevragingenResponse",
        targetId: r.id,
        data: { question: input.question, quotable: input.quotable },
      });
      return reviews[input.question];
    }),
});
