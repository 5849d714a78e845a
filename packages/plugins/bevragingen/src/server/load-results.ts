import { id, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { CHANNELS, SURVEY_LANGUAGES, type SurveyContent, type Texts } from "../survey";
import { asContent, asTexts, requireSurvey } from "./access";
import { orThrow } from "./errors";
import { aggregate, buildResults, DIMENSIONS, type Results } from "./results";

const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

/** What the results screen and the exports ask: a survey, a version (or all: null), filters, a breakdown. */
export const resultInput = z.object({
  surveyId: id,
  /** Left out: the published version (else the last one); null: every version together. */
  versionId: id.nullable().optional(),
  channel: z.enum(CHANNELS).nullable().optional(),
  language: z.enum(SURVEY_LANGUAGES).nullable().optional(),
  neighbourhoodId: id.nullable().optional(),
  answer: z
    .object({ question: key, value: z.union([key, z.number().int().min(-1_000_000).max(1_000_000)]) })
    .nullable()
    .optional(),
  breakdown: z.enum(DIMENSIONS).nullable().optional(),
});
export type ResultInput = z.infer<typeof resultInput>;

export type LoadedResults = Results & {
  survey: { id: string; title: Texts; languages: string[]; status: string; previousRoundId: string | null };
  /** The version whose questions are shown (for all versions: the newest published one). */
  version: { id: string; number: number };
  /** Null when every version is counted together. */
  versionId: string | null;
  versions: { id: string; number: number }[];
  content: SurveyContent;
  neighbourhoods: { id: string; name: string }[];
};

/**
 * The results of a survey as every screen and export shows them (server/results.ts: SQL aggregates, then suppression
 * in one place). Null when the survey has no published version yet.
 */
export async function loadResults(tx: Tx, input: ResultInput, min: number): Promise<LoadedResults | null> {
  const s = await requireSurvey(tx, input.surveyId);
  const versions = await tx.bevragingenVersion.findMany({
    where: { surveyId: s.id, publishedAt: { not: null } },
    orderBy: { number: "asc" },
    select: { id: true, number: true, content: true },
  });
  if (versions.length === 0) return null;
  const all = input.versionId === null;
  const wanted = input.versionId ?? s.publishedVersionId ?? versions[versions.length - 1]?.id;
  const shown = orThrow(all ? versions[versions.length - 1] : versions.find((v) => v.id === wanted), "bevragingen.version.notFound");
  const content = asContent(shown.content);
  const neighbourhoods = await tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  const query = {
    surveyId: s.id,
    versionId: all ? null : shown.id,
    channel: input.channel ?? null,
    language: input.language ?? null,
    neighbourhoodId: input.neighbourhoodId ?? null,
    answer: input.answer ?? null,
    breakdown: input.breakdown ?? null,
  };
  const raw = await aggregate(tx, query, content, min);
  // The same results without each filter in turn (the views one click away): a figure whose difference with them
  // falls under the threshold is hidden too, so nobody subtracts a filtered view from a wider one (ADR 0029).
  const filters = (["channel", "language", "neighbourhoodId", "answer"] as const).filter((f) => query[f] !== null);
  const wider = [];
  for (const f of filters) wider.push(await aggregate(tx, { ...query, [f]: null }, content, min));
  const results = buildResults(content, raw, {
    wider,
    neighbourhoods: neighbourhoods.map((n) => n.id),
    versions: versions.map((v) => v.id),
    languages: s.languages,
    breakdown: query.breakdown,
    min,
  });
  return {
    ...results,
    survey: { id: s.id, title: asTexts(s.title), languages: s.languages, status: s.status, previousRoundId: s.previousRoundId },
    version: { id: shown.id, number: shown.number },
    versionId: all ? null : shown.id,
    versions: versions.map((v) => ({ id: v.id, number: v.number })),
    content,
    neighbourhoods,
  };
}
