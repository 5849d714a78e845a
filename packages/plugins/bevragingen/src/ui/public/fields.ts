import { type AnswerSet, questionsOf, type SurveyContent } from "../../survey";

/** The form's field of a question ("q.<key>"), and of one choice of a multiple-choice question ("q.<key>.<choice>"). */
export const fieldOf = (key: string) => `q.${key}`;
export const choiceField = (key: string, option: string) => `q.${key}.${option}`;

/**
 * The answers in a posted form, as the server takes them: one choice, several choices (one checkbox each), numbers
 * (a comma is a decimal point; what is not a number stays text, so the server names the question), texts and dates.
 * Empty fields are left out.
 */
export function answersFromFields(content: SurveyContent, fields: Readonly<Record<string, string | undefined>>): AnswerSet {
  const answers: AnswerSet = {};
  for (const q of questionsOf(content)) {
    if (q.type === "multiple") {
      const chosen = (q.options ?? []).filter((o) => fields[choiceField(q.key, o.key)] === "yes").map((o) => o.key);
      if (chosen.length) answers[q.key] = chosen;
      continue;
    }
    const raw = (fields[fieldOf(q.key)] ?? "").trim();
    if (raw === "") continue;
    if (q.type === "number" || q.type === "scale") {
      const n = Number(raw.replace(",", "."));
      answers[q.key] = Number.isFinite(n) && /^-?\d+([.,]\d+)?$/.test(raw) ? n : raw;
    } else answers[q.key] = q.type === "short_text" || q.type === "long_text" ? (fields[fieldOf(q.key)] ?? "") : raw;
  }
  return answers;
}

/** The photo answers of a posted form: each chosen file's bytes (base64) under its question (the server stores them in quarantine). */
export function photosFromFiles(content: SurveyContent, files: Readonly<Record<string, { data: string }>>): AnswerSet {
  const answers: AnswerSet = {};
  for (const q of questionsOf(content)) {
    const file = q.type === "photo" ? files[fieldOf(q.key)] : undefined;
    if (file) answers[q.key] = file.data;
  }
  return answers;
}
