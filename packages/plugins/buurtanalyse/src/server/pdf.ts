import { createPdfDocument, type Locale } from "@zorgzaam/core/plugin";
import { PREPARATION_QUESTIONS, ROUND1_QUESTIONS, starterText } from "../starter";
import { formatDate, translator } from "./i18n";
import type { ReportData } from "./report-data";

const INK = "#0f172a";
const MUTED = "#475569";
const ACCENT = "#115e59";

/** The report of an analysis as an A4 PDF, through core's PDF helper (fonts for every script, right-to-left text). */
export async function renderReportPdf(data: ReportData, tenantName: string, locale: Locale): Promise<Buffer> {
  const t = translator(locale);
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
  if (data.team.length) pdf.text(t("report.team", { names: data.team.join(", ") }), { size: 10, color: MUTED, width });

  heading(t("report.progress"));
  for (const s of data.sections) pdf.text(`${t(`sections.${s.key}`)}: ${t(`status.${s.status}`)}`, { size: 10, color: INK, width });

  const prep = data.sections.find((s) => s.key === "voorbereiding")?.content;
  heading(t("sections.voorbereiding"));
  for (const q of PREPARATION_QUESTIONS) {
    room(50);
    label(starterText(q, locale));
    body(prep?.answers?.[q.key]);
    doc.moveDown(0.2);
  }

  if (data.boundary || data.criteria.length) {
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
      for (const c of data.criteria) body(c.note ? `${starterText(c.item, locale)} ${c.note}` : starterText(c.item, locale));
    }
  }

  const r1 = data.sections.find((s) => s.key === "ronde1")?.content;
  if (r1?.snapshot || Object.keys(r1?.answers ?? {}).length) {
    heading(t("sections.ronde1"));
    if (r1?.snapshot) body(t("round1.snapshotLine", { total: r1.snapshot.total, date: formatDate(new Date(r1.snapshot.takenAt), locale) }));
    for (const q of ROUND1_QUESTIONS) {
      const answer = r1?.answers?.[q.key];
      if (!answer) continue;
      room(50);
      label(starterText(q, locale));
      body(answer);
    }
  }

  heading(t("report.hypotheses"));
  if (data.hypotheses.length === 0) body("");
  for (const h of data.hypotheses) {
    room(90);
    doc.moveDown(0.3);
    pdf.text(h.text, { weight: "bold", size: 12, color: INK, width });
    pdf.text(t(`verdicts.${h.verdict}`), { size: 10, color: ACCENT, width });
    if (h.reasoning) body(h.reasoning);
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

  const interim = data.sections.find((s) => s.key === "tussentijds")?.content;
  if (interim?.answers?.conclusions || interim?.answers?.focus) {
    heading(t("sections.tussentijds"));
    body(interim.answers?.conclusions);
    if (interim.answers?.focus) {
      label(t("interim.focus"));
      body(interim.answers.focus);
    }
  }

  heading(t("report.swot"));
  for (const kind of ["strength", "weakness", "opportunity", "threat"] as const) {
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

  heading(t("report.actions"));
  if (data.actions.length === 0) body("");
  for (const x of data.actions) {
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
