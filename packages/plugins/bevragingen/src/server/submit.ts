import { deleteStoredFiles, LOCALES, type LocalisedParam, storeFile, type Tx } from "@zorgzaam/core/plugin";
import type { z } from "zod";
import { answerProblems, cleanAnswers, versionRefusal, visibleQuestions } from "../logic";
import { type Channel, type Question, questionsOf, type SurveyContent } from "../survey";
import { asContent, requireSurvey } from "./access";
import { appError, orThrow } from "./errors";
import type { submission } from "./schemas";

export type Submission = z.infer<typeof submission>;
export type SubmitBy = {
  channel: Channel;
  enteredById: string | null;
  personId: string | null;
  /** The public form shows every question (no JavaScript): answers to questions whose condition is not met are ignored. */
  dropHidden?: boolean;
  /** Runs once the answers passed every check, before the response is stored; may give the person to link. */
  beforeCreate?: () => Promise<string | undefined>;
  /**
   * The public form's way to store a photo (core's ctx.storeUpload: always in quarantine until the team accepts it);
   * without it (a worker's entry) photos are stored as they are.
   */
  storeUpload?: (upload: { name: string; data: string }, opts: { personId: string | null; field?: string }) => Promise<{ id: string }>;
};

/** A question's text in every locale (falling back to its key), to name it in an error. */
function named(q: Question | undefined, key: string): LocalisedParam {
  return Object.fromEntries(LOCALES.map((l) => [l, q?.text[l] || q?.text.nl || key])) as LocalisedParam;
}

/**
 * The photos of a response, stored through core's files (decoded, re-encoded, metadata such as GPS dropped) with the
 * person when she consented to follow-up (erasing her erases them); the answer keeps the stored file's id.
 */
async function storePhotos(
  tx: Tx,
  tenantId: string,
  content: SurveyContent,
  answers: Submission["answers"],
  personId: string | null,
  by: SubmitBy,
) {
  const out = { ...answers };
  for (const q of questionsOf(content)) {
    const v = out[q.key];
    if (q.type !== "photo" || typeof v !== "string" || v === "") continue;
    const data = v.slice(v.indexOf(",") + 1);
    if (by.storeUpload) {
      out[q.key] = (await by.storeUpload({ name: `${q.key}.jpg`, data }, { personId, field: `q-${q.key}` })).id;
      continue;
    }
    const bytes = Buffer.from(data, "base64");
    const f = await storeFile(tx, {
      tenantId,
      moduleId: "bevragingen",
      bytes,
      name: `${q.key}.jpg`,
      accept: "image",
      personId,
      uploadedById: by.enteredById,
    });
    out[q.key] = f.id;
  }
  return out;
}

function neighbourhoodAnswer(content: SurveyContent, answers: Submission["answers"]): string | null {
  const q = questionsOf(content).find((x) => x.type === "neighbourhood" && typeof answers[x.key] === "string" && answers[x.key] !== "");
  return q ? (answers[q.key] as string) : null;
}

/**
 * Stores one response, once: the client's idempotency key makes a retry (even a concurrent one) answer with the
 * response already stored. A closed survey, a survey not yet open, or a version other than the published one is
 * refused with a code the worker's screen shows (nothing is stored then, and nothing is lost on the phone).
 */
export async function submitResponse(tx: Tx, tenantId: string, input: Submission, by: SubmitBy) {
  const seen = await tx.bevragingenResponse.findUnique({
    where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: input.idempotencyKey } },
    select: { id: true, surveyId: true },
  });
  if (seen) {
    if (seen.surveyId !== input.surveyId) throw appError("bevragingen.response.otherSurvey");
    return { id: seen.id, duplicate: true };
  }
  const survey = await requireSurvey(tx, input.surveyId);
  const refusal = versionRefusal(survey, input.versionId);
  if (refusal === "bevragingen.version.old") {
    const current = await tx.bevragingenVersion.findUnique({ where: { id: survey.publishedVersionId ?? "" }, select: { number: true } });
    throw appError("bevragingen.version.old", { number: current?.number ?? 0 });
  }
  if (refusal) throw appError(refusal);
  if (!survey.languages.includes(input.language)) throw appError("bevragingen.response.language");
  const version = orThrow(
    await tx.bevragingenVersion.findUnique({ where: { id: input.versionId }, select: { id: true, content: true } }),
    "bevragingen.version.notFound",
  );
  const content = asContent(version.content);
  if (by.dropHidden) {
    const shown = visibleQuestions(content, input.answers);
    const known = new Set(questionsOf(content).map((q) => q.key));
    input = { ...input, answers: Object.fromEntries(Object.entries(input.answers).filter(([k]) => shown.has(k) || !known.has(k))) };
  }
  // A photo from the public form goes through core's public upload (quarantine); nothing else may store one there.
  if (
    by.channel === "public" &&
    !by.storeUpload &&
    questionsOf(content).some((q) => q.type === "photo" && typeof input.answers[q.key] === "string" && input.answers[q.key] !== "")
  )
    throw appError("bevragingen.answer.photoPublic");
  const neighbourhoods = new Set((await tx.neighbourhood.findMany({ select: { id: true } })).map((n) => n.id));
  const problem = answerProblems(content, input.answers, neighbourhoods)[0];
  if (problem) {
    const q = questionsOf(content).find((x) => x.key === problem.question);
    if (problem.code === "unknown") throw appError("bevragingen.answer.unknown", { key: problem.question });
    const question = named(q, problem.question);
    if (problem.code === "range")
      throw appError("bevragingen.answer.range", { question, min: Number(problem.params?.min), max: Number(problem.params?.max) });
    if (problem.code === "tooLong") throw appError("bevragingen.answer.tooLong", { question, max: Number(problem.params?.max) });
    if (problem.code === "photoTooBig") throw appError("bevragingen.answer.photoTooBig", { question, max: Number(problem.params?.max) });
    throw appError(`bevragingen.answer.${problem.code}`, { question });
  }
  if (input.neighbourhoodId && !neighbourhoods.has(input.neighbourhoodId)) throw appError("bevragingen.neighbourhood.notFound");

  const personId = (await by.beforeCreate?.()) ?? by.personId;
  // The address only at street level (no house number) unless the respondent consented to follow-up (a person).
  if (input.street && /\d/.test(input.street) && !personId) throw appError("bevragingen.response.streetOnly");
  const data = {
    tenantId,
    surveyId: survey.id,
    versionId: version.id,
    idempotencyKey: input.idempotencyKey,
    channel: by.channel,
    language: input.language,
    answers: cleanAnswers(await storePhotos(tx, tenantId, content, input.answers, personId, by), content),
    // The respondent's neighbourhood for the breakdowns: as entered, else her answer to a neighbourhood question.
    neighbourhoodId: input.neighbourhoodId ?? neighbourhoodAnswer(content, input.answers),
    street: input.street || null,
    personId,
    enteredById: by.enteredById,
  };
  // ON CONFLICT DO NOTHING: a concurrent retry with the same key waits for the first and then stores nothing.
  const [created] = await tx.bevragingenResponse.createManyAndReturn({ data: [data], skipDuplicates: true, select: { id: true } });
  if (created) return { id: created.id, duplicate: false };
  // A concurrent retry stored the response first: the photos stored for this copy go again.
  const photos = questionsOf(content).flatMap((q) =>
    q.type === "photo" && typeof data.answers[q.key] === "string" ? [data.answers[q.key] as string] : [],
  );
  for (const fileId of photos) await deleteStoredFiles(tx, { id: fileId });
  const first = orThrow(
    await tx.bevragingenResponse.findUnique({
      where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: input.idempotencyKey } },
      select: { id: true },
    }),
    "bevragingen.survey.notFound",
  );
  return { id: first.id, duplicate: true };
}
