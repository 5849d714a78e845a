import { updateInput } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { id, relationshipStatus, text } from "../schemas";
import { ANSWER_FIELDS, NETWORK_KEYS, WAKE_ANSWERS, WORK_ANSWERS } from "./questions";
import { PARTNERS_LIMITS } from "../../limits";
import { zodMessage } from "../errors";

export const ROUND_STATUSES = ["open", "closed"] as const;
export const FOLLOW_UP_STATUSES = ["open", "done", "dropped"] as const;
/** Statuses taken into a round by default; "not yet contacted" only when asked for. */
export const DEFAULT_ROUND_STATUSES = ["intensive", "occasional", "dormant", "let_go"] as const;

export const roundTitle = z.string().trim().min(1, zodMessage("partners.schema.roundTitleRequired")).max(PARTNERS_LIMITS.roundTitle);

/** A calendar day "YYYY-MM-DD" (stored in a date column). */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, zodMessage("partners.schema.dateFormat"))
  .refine((s) => {
    const d = new Date(`${s}T00:00:00.000Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s) && s >= "1900-01-01";
  }, "Ongeldige datum");

export const roundSelection = z.object({
  neighbourhoodId: id.nullable().optional(),
  includeNotContacted: z.boolean().default(false),
});

export const startInput = roundSelection.extend({
  title: roundTitle,
  /** The regie's own choice of actors (from the preview); without it, every actor the selection finds. */
  actorIds: z.array(id).min(1, zodMessage("partners.schema.actorRequired")).max(5000).optional(),
});

export const addableInput = z.object({
  roundId: id,
  q: z
    .string()
    .trim()
    .max(100, zodMessage("partners.schema.maxChars", { max: 100 }))
    .default(""),
});

export const addActorsInput = z.object({
  roundId: id,
  actorIds: z
    .array(id)
    .min(1, zodMessage("partners.schema.actorRequired"))
    .max(500, zodMessage("partners.schema.maxActors", { max: 500 })),
});

const workAnswer = z.enum(WORK_ANSWERS).nullable();
const wakeAnswer = z.enum(WAKE_ANSWERS).nullable();

/** Per-actor answers; every key is optional (a save sends only what changed). */
export const answerValues = z
  .object({
    worksTogether: workAnswer.optional(),
    mutual: workAnswer.optional(),
    worthWaking: wakeAnswer.optional(),
    opensNetworks: text(PARTNERS_LIMITS.actorAnswer).optional(),
    proposedStatus: relationshipStatus.nullable().optional(),
    note: text(PARTNERS_LIMITS.actorAnswer).optional(),
  })
  .strict();
export type AnswerValues = z.infer<typeof answerValues>;

/**
 * A save of some answers for one actor. `before` holds, for every changed answer, the value the person saw before
 * changing it: the server applies the change only if that is still the stored value (or already the new one), so two
 * people answering different questions at once both keep their answers, and the same question is never overwritten
 * unseen. Nothing to save is not an error (the current answers come back).
 */
export const answerInput = z
  .object({ roundId: id, actorId: id, answers: answerValues, before: answerValues })
  .refine((v) => ANSWER_FIELDS.every((f) => v.answers[f] === undefined || f in v.before), {
    message: zodMessage("partners.schema.beforeMissing"),
    path: ["before"],
  });

export const networkAnswerInput = z.object({
  roundId: id,
  key: z.enum(NETWORK_KEYS),
  text: text(PARTNERS_LIMITS.networkAnswer),
  /** The text the person saw before changing it (compare-and-set, as for the per-actor answers). */
  before: text(PARTNERS_LIMITS.networkAnswer),
});

export const followUpCreate = z.object({
  roundId: id,
  text: text(PARTNERS_LIMITS.followUpText).min(1, zodMessage("partners.schema.followUpTextRequired")),
  actorId: id.nullable().optional(),
  ownerUserId: id.nullable().optional(),
  dueDate: day.nullable().optional(),
});

export const followUpUpdate = updateInput(
  {
    text: text(PARTNERS_LIMITS.followUpText).min(1, zodMessage("partners.schema.followUpTextRequired")),
    actorId: id.nullable(),
    ownerUserId: id.nullable(),
    dueDate: day.nullable(),
    status: z.enum(FOLLOW_UP_STATUSES),
  },
  { id, version: z.number().int().min(1).max(2_147_483_647) },
);

export const closeInput = z.object({
  id,
  /** The proposed statuses the regie confirmed, as they were shown: applied only if the proposal is still the same. */
  apply: z
    .array(z.object({ actorId: id, status: relationshipStatus }))
    .max(5000)
    .default([]),
});

export const compareInput = z.object({
  roundIds: z.array(id).min(1, zodMessage("partners.schema.roundRequired")).max(6, zodMessage("partners.schema.maxRounds")),
});
