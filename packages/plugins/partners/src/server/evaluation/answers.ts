/**
 * Saving answers while several team members fill in the same round: every save carries, per changed answer, the value
 * the person saw before. The database applies it only if that value is still stored (or the new value already is), in
 * one conditional UPDATE, so changes to different questions merge and the same question is never overwritten unseen.
 */
import { badRequest, conflict } from "@zorgzaam/core";
import type { Prisma } from "@zorgzaam/core/db/client";
import { TRPCError } from "@trpc/server";
import type { PartnersCtx } from "../access";
import { EE } from "./errors";
import type { AnswerValues } from "./input";
import { ACTOR_QUESTIONS, ANSWER_FIELDS, type AnswerField, NETWORK_QUESTIONS, questionsFor } from "./questions";

const TEXT_FIELDS: ReadonlySet<AnswerField> = new Set(["opensNetworks", "note"]);
type Stored = string | null;

function empty(f: AnswerField): Stored {
  return TEXT_FIELDS.has(f) ? "" : null;
}

function quoted(texts: string[]): string {
  const q = texts.map((t) => `‘${t}’`);
  return q.length <= 1 ? (q[0] ?? "") : `${q.slice(0, -1).join(", ")} en ${q[q.length - 1]}`;
}

/** The Dutch question text for an answer field, as it was asked for this actor. */
function questionText(field: AnswerField, statusAtStart: string): string {
  const q = questionsFor(statusAtStart).find((x) => x.field === field) ?? ACTOR_QUESTIONS.find((x) => x.field === field);
  return q?.text.nl ?? field;
}

export async function saveActorAnswers(
  ctx: PartnersCtx,
  row: { id: string; statusAtStart: string },
  answers: AnswerValues,
  before: AnswerValues,
): Promise<AnswerField[]> {
  const fields = ANSWER_FIELDS.filter((f) => answers[f] !== undefined);
  const asked = new Set(questionsFor(row.statusAtStart).map((q) => q.field));
  if (fields.length === 0) return [];
  const notAsked = fields.filter((f) => !asked.has(f));
  if (notAsked.length) throw badRequest(`Deze vraag wordt voor deze actor niet gesteld: ${notAsked.join(", ")}.`);
  const wanted = Object.fromEntries(fields.map((f) => [f, (answers[f] ?? empty(f)) as Stored])) as Record<AnswerField, Stored>;
  let expected = Object.fromEntries(fields.map((f) => [f, (before[f] ?? empty(f)) as Stored])) as Record<AnswerField, Stored>;
  // A second pass is needed only when the stored value already equals what this person wants.
  for (let pass = 0; pass < 3; pass++) {
    const r = await ctx.tx.partnersEvaluationActor.updateMany({
      where: { id: row.id, ...expected } as Prisma.PartnersEvaluationActorWhereInput,
      data: {
        ...(wanted as Prisma.PartnersEvaluationActorUpdateManyMutationInput),
        answeredById: ctx.session.userId,
        answeredAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (r.count === 1) return fields;
    const now = await ctx.tx.partnersEvaluationActor.findUniqueOrThrow({ where: { id: row.id } });
    const clash = fields.filter((f) => now[f] !== expected[f] && now[f] !== wanted[f]);
    if (clash.length) throw conflict(EE.answerConflict(quoted(clash.map((f) => questionText(f, row.statusAtStart)))));
    expected = Object.fromEntries(fields.map((f) => [f, now[f]])) as Record<AnswerField, Stored>;
  }
  throw conflict(EE.answerConflict(quoted(fields.map((f) => questionText(f, row.statusAtStart)))));
}

/**
 * One whole-network answer, with the same compare-and-set in SQL (the answers live in one JSON column of the round;
 * jsonb_set changes only this question's entry, so answers to other questions saved meanwhile stay).
 */
export async function saveNetworkAnswer(ctx: PartnersCtx, roundId: string, key: string, text: string, before: string): Promise<void> {
  const entry = JSON.stringify({ text, byUserId: ctx.session.userId, at: new Date().toISOString() });
  const n = await ctx.tx.$executeRaw`
    UPDATE "PartnersEvaluationRound"
       SET "networkAnswers" = jsonb_set("networkAnswers", ARRAY[${key}::text], ${entry}::jsonb, true),
           "version" = "version" + 1,
           "updatedAt" = now()
     WHERE "id" = ${roundId}::uuid
       AND "status" = 'open'
       AND COALESCE("networkAnswers" -> ${key}::text ->> 'text', '') IN (${before}::text, ${text}::text)`;
  if (n === 1) return;
  const round = await ctx.tx.partnersEvaluationRound.findUniqueOrThrow({ where: { id: roundId }, select: { status: true } });
  if (round.status !== "open") throw new TRPCError({ code: "PRECONDITION_FAILED", message: EE.closed });
  const q = NETWORK_QUESTIONS.find((x) => x.key === key);
  throw conflict(EE.answerConflict(quoted([q?.text.nl ?? key])));
}
