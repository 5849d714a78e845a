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

/** A photo as sent (a data: URL; its bytes are checked against L.photoBytes with a message naming the limit). */
const PHOTO_CHARS = Math.ceil((L.photoBytes * 4) / 3) + 64;
const answerValue = z.union([
  z.string().max(L.longText + 1),
  z
    .string()
    .startsWith("data:image/")
    .max(PHOTO_CHARS + 1),
  z.array(z.string().max(L.key)).max(L.options),
  z.number(),
]);

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
