import type { LocalisedParam } from "@zorgzaam/core/plugin";
/**
 * Saving answers while several team members fill in the same round: every save carries, per changed answer, the value
 * the person saw before. The database applies it only if that value is still stored (or the new value already is), in
 * one conditional UPDATE, so changes to different questions merge and the same question is never overwritten unseen.
 */
import type { Prisma } from "@zorgzaam/core/plugin";
import type { PartnersCtx } from "../access";
import type { AnswerValues } from "./input";
import { ACTOR_QUESTIONS, ANSWER_FIELDS, type AnswerField, NETWORK_QUESTIONS, questionsFor } from "./questions";
import { appError } from "../errors";

const TEXT_FIELDS: ReadonlySet<AnswerField> = new Set(["opensNetworks", "note"]);
type Stored = string | null;

function empty(f: AnswerField): Stored {
  return TEXT_FIELDS.has(f) ? "" : null;
}

const AND: LocalisedParam = { nl: "en", fr: "et", en: "and" };

/** Question texts quoted and listed in each language ("‘A’, ‘B’ en ‘C’"), for a message's parameter. */
function quoted(texts: readonly LocalisedParam[]): LocalisedParam {
  const list = (locale: keyof LocalisedParam) => {
    const q = texts.map((t) => `‘${t[locale]}’`);
    return q.length <= 1 ? (q[0] ?? "") : `${q.slice(0, -1).join(", ")} ${AND[locale]} ${q[q.length - 1]}`;
  };
  return { nl: list("nl"), fr: list("fr"), en: list("en") };
}

/** The question text for an answer field in each language, as it was asked for this actor. */
function questionText(field: AnswerField, statusAtStart: string): LocalisedParam {
  const q = questionsFor(statusAtStart).find((x) => x.field === field) ?? ACTOR_QUESTIONS.find((x) => x.field === field);
  return q?.text ?? { nl: field, fr: field, en: field };
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
  if (notAsked.length) throw appError("partners.evaluation.notAsked", { questions: notAsked.join(", ") });
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
    if (clash.length)
      throw appError("partners.evaluation.answerConflict", { questions: quoted(clash.map((f) => questionText(f, row.statusAtStart))) });
    expected = Object.fromEntries(fields.map((f) => [f, now[f]])) as Record<AnswerField, Stored>;
  }
  throw appError("partners.evaluation.answerConflict", { questions: quoted(fields.map((f) => questionText(f, row.statusAtStart))) });
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
  if (round.status !== "open") throw appError("partners.evaluation.closed");
  const q = NETWORK_QUESTIONS.find((x) => x.key === key);
  throw appError("partners.evaluation.answerConflict", { questions: quoted([q?.text ?? { nl: key, fr: key, en: key }]) });
}
