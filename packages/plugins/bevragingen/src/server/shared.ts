import { readModuleSettings, type Tx } from "@zorgzaam/core/plugin";
import { manifest } from "../manifest";
import type { Texts } from "../survey";
import { asTexts } from "./access";
import { loadResults } from "./load-results";

export interface SurveyFigures {
  id: string;
  title: Texts;
  status: string;
  /** Respondents in all (null: under the smallest group shown). */
  total: number | null;
  /** Respondents per asked neighbourhood (null: hidden, too small or telling a smaller figure by difference). */
  byNeighbourhood: { neighbourhoodId: string; count: number | null }[];
  /** Questions of the version shown. */
  questions: number;
  /** The smallest group shown (the module's setting). */
  min: number;
}

/**
 * Key figures of the tenant's surveys for another module (Buurtanalyse's round 4, BA-7): every survey with a published
 * version, or the ones asked for, with its respondents in all and per asked neighbourhood. Computed by the results
 * screen's own code (loadResults), so the same small-group suppression and differencing rule hold (ADR 0029); never an
 * answer, never a person. Runs under the caller's row-level security.
 */
export async function surveyFigures(
  tx: Tx,
  tenantId: string,
  opts: { neighbourhoodIds: readonly string[]; surveyIds?: readonly string[] },
): Promise<SurveyFigures[]> {
  const settings = await readModuleSettings(tx, tenantId, manifest);
  const surveys = await tx.bevragingenSurvey.findMany({
    where: { tenantId, publishedVersionId: { not: null }, ...(opts.surveyIds ? { id: { in: [...opts.surveyIds] } } : {}) },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true },
  });
  const out: SurveyFigures[] = [];
  for (const s of surveys) {
    const r = await loadResults(tx, { surveyId: s.id, versionId: null }, settings.suppressionMin);
    if (!r) continue;
    const cells = new Map(r.byNeighbourhood.map((c) => [c.key, c.count]));
    out.push({
      id: s.id,
      title: asTexts(r.survey.title),
      status: r.survey.status,
      total: r.total,
      byNeighbourhood: opts.neighbourhoodIds.map((n) => ({ neighbourhoodId: n, count: cells.get(n) ?? null })),
      questions: r.questions.length,
      min: r.min,
    });
  }
  return out;
}

/** The titles of some surveys (for a link shown elsewhere); surveys the caller cannot see are left out. */
export async function surveyTitles(tx: Tx, ids: readonly string[]): Promise<Map<string, Texts>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.bevragingenSurvey.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true } });
  return new Map(rows.map((r) => [r.id, asTexts(r.title)]));
}
