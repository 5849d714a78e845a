import { id } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { BEVRAGINGEN_LIMITS as L } from "../limits";
import { CHANNELS, POINT_PRECISIONS, QUESTION_TYPES, SURVEY_LANGUAGES } from "../survey";
import { zodMessage } from "./errors";

export { id };

const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, zodMessage("bevragingen.schema.key"));
const texts = (max: number) =>
  z.object({
    nl: z.string().trim().max(max).optional(),
    fr: z.string().trim().max(max).optional(),
    en: z.string().trim().max(max).optional(),
    ar: z.string().trim().max(max).optional(),
  });

export const title = texts(L.title);
export const languages = z.array(z.enum(SURVEY_LANGUAGES)).min(1).max(SURVEY_LANGUAGES.length);

const question = z.object({
  key,
  type: z.enum(QUESTION_TYPES),
  text: texts(L.questionText),
  required: z.boolean().default(false),
  options: z
    .array(z.object({ key, text: texts(L.optionText) }))
    .max(L.options)
    .optional(),
  min: z.number().int().min(-1_000_000).max(1_000_000).optional(),
  max: z.number().int().min(-1_000_000).max(1_000_000).optional(),
  showIf: z
    .object({ question: key, values: z.array(key).min(1).max(L.options) })
    .nullable()
    .optional(),
  precision: z
    .number()
    .int()
    .refine((n) => (POINT_PRECISIONS as readonly number[]).includes(n))
    .optional(),
});

/** A version's content as the builder sends it. */
export const content = z.object({
  sections: z.array(z.object({ key, title: texts(L.title), questions: z.array(question).max(L.questions) })).max(L.sections),
});

/**
 * An answer: a string (a choice key, a text, a street, a point, a photo as a data: URL), choice keys or a number. A
 * text's own limit is checked against its question (logic.ts, with a message naming the question and the limit); here
 * only the largest a photo may be.
 */
const PHOTO_CHARS = Math.ceil((L.photoBytes * 4) / 3) + 64;
const answerValue = z
  .union([z.string(), z.array(z.string().max(L.key)).max(L.options), z.number()])
  .refine((v) => typeof v !== "string" || v.length <= PHOTO_CHARS, {
    message: zodMessage("bevragingen.answer.photoTooLarge", { max: Math.round(L.photoBytes / 1_000_000) }),
  });

/** One response as a field worker (or the public form) sends it. */
export const submission = z.object({
  surveyId: id,
  versionId: id,
  idempotencyKey: z.uuid(),
  language: z.enum(SURVEY_LANGUAGES),
  answers: z.record(z.string().max(L.key), answerValue),
  neighbourhoodId: id.nullable().default(null),
  street: z.string().trim().max(L.street).nullable().default(null),
});

export const staffSubmission = submission.extend({
  channel: z.enum(CHANNELS).exclude(["public"]),
  /** Only with the respondent's consent to follow-up: the person she is, and how she gave consent. */
  personId: id.nullable().default(null),
  consentMethod: z.enum(["verbal", "written"]).nullable().default(null),
});
