import type { Tx } from "@zorgzaam/core/plugin";
import { type Area, hectares } from "../agreement";
import { SECTION_KEYS, type SectionContent, type SectionKey } from "../domain";
import { resolveLists } from "../lists";
import type { Shape } from "./pdf-map";
import { requireAnalysis } from "./access";
import { indicatorTable } from "./routers/indicator-table";
import { asTexts } from "../report-view";

/**
 * Everything the report shows, for the web page and the PDF alike: the analysis, the status and content of every
 * section (never its working notes), hypotheses with their values, verdicts and imported indicators, the SWOT and
 * the actions, the map's items as a list, and the residents' summary.
 */
export async function reportData(tx: Tx, analysisId: string) {
  const a = await requireAnalysis(tx, analysisId);
  const areas = await tx.buurtanalyseArea.findMany({
    where: { analysisId: a.id },
    select: { neighbourhood: { select: { name: true, boundary: true } } },
  });
  const team = await tx.buurtanalyseTeamMember.findMany({
    where: { analysisId: a.id },
    select: { user: { select: { name: true, email: true } } },
  });
  const sections = await tx.buurtanalyseSection.findMany({
    where: { analysisId: a.id },
    select: { key: true, status: true, content: true },
  });
  const hypotheses = await tx.buurtanalyseHypothesis.findMany({
    where: { analysisId: a.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: { references: { orderBy: { createdAt: "asc" } } },
  });
  const indicators = await indicatorTable(tx, a.id);
  const swot = await tx.buurtanalyseSwot.findMany({
    where: { analysisId: a.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: { hypothesis: { select: { text: true, verdict: true } } },
  });
  const actions = await tx.buurtanalyseAction.findMany({
    where: { analysisId: a.id },
    orderBy: [{ startsOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  });
  // The map's items as a list (label, category, kind; never the note, which may name people).
  const mapItems = await tx.buurtanalyseMapItem.findMany({
    where: { analysisId: a.id },
    orderBy: [{ category: "asc" }, { label: "asc" }],
    select: { id: true, kind: true, category: true, label: true, geometry: true },
  });
  const summary = await tx.buurtanalyseSummary.findFirst({
    where: { analysisId: a.id },
    select: { heard: true, doing: true, actionIds: true, publishedAt: true },
  });
  // The questions and criteria as this tenant has them (its own lists, else the starter lists).
  const lists = resolveLists(await tx.buurtanalyseList.findMany({ select: { list: true, items: true } }));
  const byKey = new Map(sections.map((s) => [s.key, s]));
  const afbakening = (byKey.get("afbakening")?.content ?? {}) as SectionContent;
  const d = afbakening.decision ?? null;
  const ticked = new Set(afbakening.checklist ?? []);
  return {
    analysis: { id: a.id, title: a.title, periodStart: a.periodStart, periodEnd: a.periodEnd },
    neighbourhoods: areas.map((x) => x.neighbourhood.name),
    team: team.map((m) => m.user.name || m.user.email),
    sections: SECTION_KEYS.map((key) => ({
      key: key as SectionKey,
      status: byKey.get(key)?.status ?? "niet_begonnen",
      content: (byKey.get(key)?.content ?? {}) as SectionContent,
    })),
    hypotheses: hypotheses.map((h) => ({ ...h, imported: indicators.filter((i) => i.hypothesisId === h.id) })),
    indicators,
    swot: swot.map((s) => ({ id: s.id, kind: s.kind, text: s.text, hypothesis: s.hypothesis })),
    actions,
    /** Afbakening: the decision with its sizes (never the drawings themselves) and the criteria ticked, with notes. */
    boundary: d
      ? {
          mode: d.mode,
          source: d.source,
          hectares: hectares(d.geometry as Area | null),
          core: hectares(d.core as Area | null),
          edge: hectares(d.edge as Area | null),
          drawings: d.drawings,
          confirmed: d.confirmed?.name ?? null,
        }
      : null,
    criteria: lists.boundaryCriteria.filter((c) => ticked.has(c.key)).map((c) => ({ item: c, note: afbakening.answers?.[c.key] ?? null })),
    /** The preparation and round-1 questions the answers belong to. */
    questions: { preparation: lists.preparation, round1: lists.round1 },
    mapItems,
    /** For the PDF's map: the neighbourhoods' boundaries as they are and the decided boundary (never a drawing). */
    shapes: {
      neighbourhoods: areas.flatMap((x) => (x.neighbourhood.boundary ? [x.neighbourhood.boundary as unknown as Shape] : [])),
      decided: (d?.mode === "one" ? d.geometry : null) as Shape | null,
      core: (d?.mode === "fuzzy" ? d.core : null) as Shape | null,
      edge: (d?.mode === "fuzzy" ? d.edge : null) as Shape | null,
    },
    summary: summary
      ? {
          heard: asTexts(summary.heard),
          doing: asTexts(summary.doing),
          actionIds: summary.actionIds,
          publishedAt: summary.publishedAt,
        }
      : null,
  };
}

export type ReportData = Awaited<ReturnType<typeof reportData>>;
