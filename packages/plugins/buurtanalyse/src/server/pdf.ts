import { createPdfDocument, type Locale, type PdfDocument } from "@zorgzaam/core/plugin";
import type { Audience, MapCategory } from "../domain";
import { AUDIENCE_PARTS, type ChartGroup, chartGroups, textIn } from "../report-view";
import { itemText } from "../lists";
import { formatDate, type Translate, translator } from "./i18n";
import { drawMap, type Shape } from "./pdf-map";
import type { ReportData } from "./report-data";

/** The quotes and photos the audience may see (consent), the photos with their bytes when core's storage has them. */
export interface PdfEvidence {
  quotes: { id: string; text: string; saidBy: string | null; date: Date | null }[];
  photos: { id: string; caption: string | null; takenAt: Date | null; bytes: Buffer | null }[];
}

const NO_EVIDENCE: PdfEvidence = { quotes: [], photos: [] };

const INK = "#0f172a";
const MUTED = "#475569";
const ACCENT = "#115e59";

/**
 * Draws the chart of the figures: per indicator a group of horizontal bars (our neighbourhood in the accent colour,
 * the other areas in grey), each with its value written beside it, so the chart reads without colour too.
 */
function drawChart(pdf: PdfDocument, groups: ChartGroup[], t: Translate, locale: Locale, width: number) {
  const doc = pdf.doc;
  const fmt = new Intl.NumberFormat(`${locale}-BE`, { maximumFractionDigits: 2 });
  const labelW = Math.min(170, width * 0.35);
  const barMax = width - labelW - 60;
  for (const g of groups) {
    const barH = 11;
    const need = 20 + g.bars.length * (barH + 5);
    if (doc.y > doc.page.height - doc.page.margins.bottom - need) doc.addPage();
    pdf.text(g.indicator, { weight: "bold", size: 10, color: INK, width });
    const max = Math.max(...g.bars.map((b) => Math.abs(b.value)), 0) || 1;
    for (const b of g.bars) {
      const y = doc.y + 2;
      const x = doc.page.margins.left;
      const area = `${t(`areaKinds.${b.areaKind}`)}${b.areaLabel ? ` ${b.areaLabel}` : ""}${b.year ? ` (${b.year})` : ""}`;
      pdf.text(area, { size: 8.5, color: MUTED, x, y, width: labelW - 6, pageBreaks: false });
      const w = Math.max(1, (Math.abs(b.value) / max) * barMax);
      doc
        .save()
        .rect(x + labelW, y, w, barH)
        .fill(b.areaKind === "buurt" ? ACCENT : "#94a3b8")
        .restore();
      pdf.text(fmt.format(b.value), { size: 8.5, color: INK, x: x + labelW + w + 4, y, width: 60, pageBreaks: false });
      doc.x = x;
      doc.y = y + barH + 3;
    }
    doc.moveDown(0.4);
  }
}

/**
 * The report of an analysis as an A4 PDF for one audience, through core's PDF helper (fonts for every script,
 * right-to-left text): the parts that audience sees (report-view.ts), the chart of the figures, the map's items as a
 * list, and only the quotes and photos with consent for that audience. Calls onProgress on the way.
 */
export async function renderReportPdf(
  data: ReportData,
  tenantName: string,
  locale: Locale,
  audience: Audience = "team",
  evidence: PdfEvidence = NO_EVIDENCE,
  onProgress: (pct: number) => Promise<void> = async () => {},
): Promise<Buffer> {
  const t = translator(locale);
  const parts = AUDIENCE_PARTS[audience];
  const pdf = await createPdfDocument({
    size: "A4",
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    lang: locale,
    displayTitle: true,
    info: { Title: data.analysis.title, Author: tenantName, Subject: t("report.subject"), Creator: "Zorgzaam" },
  });
  const doc = pdf.doc;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const room = (h: number) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - h) doc.addPage();
  };
  const heading = (text: string) => {
    room(80);
    doc.moveDown(0.8);
    pdf.text(text, { weight: "bold", size: 14, color: ACCENT, width });
    doc.moveDown(0.3);
  };
  const label = (text: string) => pdf.text(text, { weight: "bold", size: 10, color: MUTED, width });
  const body = (text: string | null | undefined) => {
    const v = (text ?? "").trim();
    pdf.text(v || t("report.empty"), { weight: v ? "regular" : "italic", size: 11, color: v ? INK : MUTED, width, lineGap: 2 });
  };

  pdf.text(`${t("report.kicker")} · ${tenantName}`, { size: 10, color: MUTED, width });
  doc.moveDown(0.2);
  pdf.text(data.analysis.title, { weight: "bold", size: 22, color: INK, width });
  doc.moveDown(0.2);
  const period = [formatDate(data.analysis.periodStart, locale), formatDate(data.analysis.periodEnd, locale)].filter(Boolean).join(" – ");
  pdf.text([data.neighbourhoods.join(", "), period].filter(Boolean).join(" · "), { size: 11, color: MUTED, width });
  if (data.team.length && audience === "team")
    pdf.text(t("report.team", { names: data.team.join(", ") }), { size: 10, color: MUTED, width });
  pdf.text(t("report.for", { audience: t(`report.audiences.${audience}`) }), { size: 10, color: ACCENT, width });

  if (parts.summary) {
    const heard = data.summary ? textIn(data.summary.heard, locale) : null;
    const doing = data.summary ? textIn(data.summary.doing, locale) : null;
    if (audience === "bewoners") {
      doc.moveDown(0.6);
      body(t("report.residentsIntro", { neighbourhoods: data.neighbourhoods.join(", ") }));
    }
    if (heard || doing || audience === "bewoners") {
      heading(t("report.heard"));
      if (heard) body(heard.text);
      else body(t("report.summaryMissing"));
      heading(t("report.doing"));
      if (doing) body(doing.text);
      const chosen = data.actions.filter((x) => data.summary?.actionIds.includes(x.id));
      for (const x of chosen) pdf.text(`•  ${x.title} (${t(`actionStatus.${x.status}`)})`, { size: 11, color: INK, width });
    }
  }
  await onProgress(20);

  if (parts.progress) {
    heading(t("report.progress"));
    for (const s of data.sections) pdf.text(`${t(`sections.${s.key}`)}: ${t(`status.${s.status}`)}`, { size: 10, color: INK, width });
  }

  const prep = data.sections.find((s) => s.key === "voorbereiding")?.content;
  if (parts.preparation) heading(t("sections.voorbereiding"));
  for (const q of parts.preparation ? data.questions.preparation : []) {
    room(50);
    label(itemText(q, locale));
    body(prep?.answers?.[q.key]);
    doc.moveDown(0.2);
  }

  if (parts.map && (data.boundary || data.criteria.length)) {
    heading(t("sections.afbakening"));
    const b = data.boundary;
    if (b) {
      const n = (x: number) => new Intl.NumberFormat(`${locale}-BE`, { maximumFractionDigits: 2 }).format(x);
      body(
        b.mode === "fuzzy"
          ? t("report.boundaryFuzzy", { core: n(b.core), edge: n(b.edge), count: b.drawings })
          : t("report.boundaryOne", { hectares: n(b.hectares), source: t(`drawBuurt.source.${b.source ?? "most"}`), count: b.drawings }),
      );
      if (b.confirmed) body(t("report.boundaryConfirmed", { name: b.confirmed }));
    }
    if (data.criteria.length) {
      label(t("report.criteria"));
      for (const c of data.criteria) body(c.note ? `${itemText(c.item, locale)} ${c.note}` : itemText(c.item, locale));
    }
  }

  const r1 = data.sections.find((s) => s.key === "ronde1")?.content;
  if (parts.preparation && (r1?.snapshot || Object.keys(r1?.answers ?? {}).length)) {
    heading(t("sections.ronde1"));
    if (r1?.snapshot) body(t("round1.snapshotLine", { total: r1.snapshot.total, date: formatDate(new Date(r1.snapshot.takenAt), locale) }));
    for (const q of data.questions.round1) {
      const answer = r1?.answers?.[q.key];
      if (!answer) continue;
      room(50);
      label(itemText(q, locale));
      body(answer);
    }
  }

  if (parts.hypotheses) heading(t("report.hypotheses"));
  if (parts.hypotheses && data.hypotheses.length === 0) body("");
  for (const h of parts.hypotheses ? data.hypotheses : []) {
    room(90);
    doc.moveDown(0.3);
    pdf.text(h.text, { weight: "bold", size: 12, color: INK, width });
    pdf.text(t(`verdicts.${h.verdict}`), { size: 10, color: ACCENT, width });
    if (h.reasoning) body(h.reasoning);
    if (!parts.figures) continue;
    for (const r of h.references)
      pdf.text(
        `•  ${r.indicator}: ${r.value} (${t(`areaKinds.${r.areaKind}`)}${r.areaLabel ? ` ${r.areaLabel}` : ""}${r.year ? `, ${r.year}` : ""}${r.source ? `, ${r.source}` : ""})`,
        { size: 10, color: INK, width },
      );
    for (const i of h.imported)
      pdf.text(`•  ${i.name} ${i.year}: ${i.value ?? "–"} (${t("report.buurtFromSectors", { count: i.covered.length })})`, {
        size: 10,
        color: INK,
        width,
      });
  }

  await onProgress(40);
  if (parts.figures) {
    const groups = chartGroups(data.hypotheses);
    if (groups.length) {
      heading(t("report.chart"));
      pdf.text(t("report.chartHint"), { size: 9, color: MUTED, width });
      doc.moveDown(0.3);
      drawChart(pdf, groups, t, locale, width);
    }
  }

  const interim = data.sections.find((s) => s.key === "tussentijds")?.content;
  if (parts.interim && (interim?.answers?.conclusions || interim?.answers?.focus)) {
    heading(t("sections.tussentijds"));
    body(interim.answers?.conclusions);
    if (interim.answers?.focus) {
      label(t("interim.focus"));
      body(interim.answers.focus);
    }
  }

  if (parts.map) {
    heading(t("report.mapItems"));
    // The map itself (vector shapes, nothing fetched), its items numbered as in the list under it.
    const drawn = drawMap(
      pdf,
      {
        ...data.shapes,
        items: data.mapItems.map((m, i) => ({ n: i + 1, category: m.category as MapCategory, geometry: m.geometry as unknown as Shape })),
      },
      width,
    );
    if (drawn) pdf.text(t("report.mapLegend"), { size: 9, color: MUTED, width });
    if (data.mapItems.length === 0) body(t("report.mapNone"));
    for (const [i, m] of data.mapItems.entries())
      pdf.text(`${i + 1}.  ${m.label} (${t(`map.category.${m.category}`)}, ${t(`map.kind.${m.kind}`).toLowerCase()})`, {
        size: 10,
        color: INK,
        width,
      });
  }
  await onProgress(55);

  if (parts.swot) heading(t("report.swot"));
  for (const kind of parts.swot ? (["strength", "weakness", "opportunity", "threat"] as const) : []) {
    const items = data.swot.filter((s) => s.kind === kind);
    room(50);
    label(t(`swot.${kind}`));
    if (items.length === 0) body("");
    for (const s of items)
      pdf.text(
        `•  ${s.text}${s.hypothesis ? ` (${t("swot.evidence", { hypothesis: s.hypothesis.text, verdict: t(`verdicts.${s.hypothesis.verdict}`) })})` : ""}`,
        {
          size: 10,
          color: INK,
          width,
          lineGap: 1,
        },
      );
    doc.moveDown(0.3);
  }

  if (parts.actions) heading(t("report.actions"));
  if (parts.actions && data.actions.length === 0) body("");
  for (const x of parts.actions ? data.actions : []) {
    room(60);
    pdf.text(`•  ${x.title}`, { weight: "bold", size: 11, color: INK, width });
    const details = [
      x.goal,
      x.owner ? t("actions.ownerLine", { owner: x.owner }) : null,
      [formatDate(x.startsOn, locale), formatDate(x.dueOn, locale)].filter(Boolean).join(" – ") || null,
      x.partners,
      x.bouwstenen.map((b) => t(`bouwstenen.${b}`)).join(", ") || null,
      t(`actionStatus.${x.status}`),
    ].filter(Boolean);
    pdf.text(`   ${details.join(" · ")}`, { size: 9, color: MUTED, width });
    doc.moveDown(0.2);
  }

  await onProgress(65);

  // Quotes and photos: only those with consent for this audience (the caller filtered them).
  if (evidence.quotes.length || evidence.photos.length) {
    if (evidence.quotes.length) heading(t("report.quotes"));
    for (const q of evidence.quotes) {
      room(50);
      pdf.text(`“${q.text}”`, { weight: "italic", size: 11, color: INK, width, lineGap: 2 });
      const who = [q.saidBy, formatDate(q.date, locale)].filter(Boolean).join(", ");
      if (who) pdf.text(`— ${who}`, { size: 9, color: MUTED, width });
      doc.moveDown(0.3);
    }
    if (evidence.photos.length) heading(t("report.photos"));
    for (const [n, ph] of evidence.photos.entries()) {
      if (ph.bytes) {
        room(240);
        try {
          doc.image(ph.bytes, doc.page.margins.left, doc.y, { fit: [width, 220] });
          doc.y += 224;
        } catch {
          // An image pdfkit cannot read is left out; its caption stays.
        }
      }
      const line = [ph.caption, formatDate(ph.takenAt, locale)].filter(Boolean).join(", ");
      if (line) pdf.text(line, { size: 9, color: MUTED, width });
      doc.moveDown(0.4);
      await onProgress(65 + Math.round(((n + 1) / evidence.photos.length) * 25));
    }
  } else if (audience !== "team") {
    heading(t("report.quotes"));
    body(t("report.evidenceNone"));
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    pdf.text(t("report.page", { page: i + 1, pages: range.count }), {
      size: 8,
      color: MUTED,
      x: doc.page.margins.left,
      y: doc.page.height - 40,
      width,
      align: "center",
      pageBreaks: false,
    });
  }
  return pdf.finish();
}
