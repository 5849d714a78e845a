import type { Tx } from "@zorgzaam/core/plugin";
import type { SurveyContent, Texts } from "../survey";
import { orThrow } from "./errors";

/** Look-ups that answer NOT_FOUND for a row the caller cannot see (row-level security hides another tenant's rows). */
export async function requireSurvey(tx: Tx, id: string) {
  return orThrow(await tx.bevragingenSurvey.findUnique({ where: { id } }), "bevragingen.survey.notFound");
}

export async function requireVersion(tx: Tx, surveyId: string, id: string) {
  const v = await tx.bevragingenVersion.findUnique({ where: { id } });
  return orThrow(v && v.surveyId === surveyId ? v : null, "bevragingen.version.notFound");
}

/** The stored JSON as the types say (it was checked by the schema when saved). */
export const asContent = (json: unknown) => json as SurveyContent;
export const asTexts = (json: unknown) => json as Texts;
