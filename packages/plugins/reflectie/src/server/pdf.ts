import { createPdfDocument } from "@zorgzaam/core/plugin";
import type { Locale } from "@zorgzaam/core/plugin";
import { formatDay, translator } from "./i18n";
import type { ReportData } from "./report-data";

const INK = "#0f172a";
const MUTED = "#475569";
const ACCENT = "#115e59";
const WARN = "#991b1b";

/**
 * Renders the session report as an A4 PDF, in whatever script people wrote (core's PDF helper brings the fonts and
 * puts right-to-left text in order), so it can be sent to partners. Calls onProgress with 0..90 while it writes; the
 * caller reports 100 once the file is stored.
 */
export async function renderReportPdf(
  data: ReportData,
  locale: Locale,
  onProgress: (pct: number) => Promise<void> = async () => {},
): Promise<Buffer> {
  const t = translator(locale, "pdf");
  const ts = translator(locale, "status");
  const pdf = await createPdfDocument({
    size: "A4",
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    lang: locale,
    displayTitle: true,
    info: {
      Title: data.session.title,
      Author: data.tenantName,
      Subject: t("subject"),
      Creator: "Zorgzaam",
    },
  });
  const doc = pdf.doc;

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const heading = (text: string) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
    doc.moveDown(0.8);
    pdf.text(text, { weight: "bold", size: 14, color: ACCENT, width });
    doc.moveDown(0.3);
  };
  const label = (text: string) => pdf.text(text, { weight: "bold", size: 10, color: MUTED, width });
  const body = (text: string, empty: string) => {
    const value = text.trim();
    pdf.text(value || empty, { weight: value ? "regular" : "italic", size: 11, color: value ? INK : MUTED, width, lineGap: 2 });
  };

  // Title block.
  pdf.text(`${t("kicker")} · ${data.tenantName}`, { size: 10, color: MUTED, width });
  doc.moveDown(0.2);
  pdf.text(data.session.title, { weight: "bold", size: 22, color: INK, width });
  const meta = [formatDay(data.session.date, locale), data.session.neighbourhoodName].filter(Boolean).join(" · ");
  doc.moveDown(0.2);
  pdf.text(meta, { size: 11, color: MUTED, width });
  await onProgress(10);

  heading(t("participants"));
  body(data.participants.map((p) => (p.guest ? `${p.name} (${t("guest")})` : p.name)).join(", "), t("none"));
  heading(t("themes"));
  body(data.themes.join(", "), t("none"));
  await onProgress(20);

  heading(t("questions"));
  if (data.items.length === 0) body("", t("noQuestions"));
  for (const [i, item] of data.items.entries()) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 120) doc.addPage();
    doc.moveDown(0.5);
    pdf.text(`${i + 1}. ${item.questionText}`, { weight: "bold", size: 12, color: INK, width });
    if (item.themeTitle) pdf.text(item.themeTitle, { size: 9, color: MUTED, width });
    doc.moveDown(0.3);
    label(t("answer"));
    body(item.answer, t("empty"));
    doc.moveDown(0.3);
    label(t("insights"));
    body(item.insights, t("empty"));
    await onProgress(20 + Math.round(((i + 1) / data.items.length) * 50));
  }

  heading(t("actions"));
  if (data.actions.length === 0) body("", t("noActions"));
  for (const a of data.actions) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
    pdf.text(`•  ${a.text}`, { size: 11, color: INK, width, lineGap: 2 });
    const details = [
      a.ownerName ? t("owner", { name: a.ownerName }) : t("noOwner"),
      a.dueDate ? t("due", { date: formatDay(new Date(`${a.dueDate}T12:00:00Z`), locale) }) : null,
      ts(a.status),
    ]
      .filter(Boolean)
      .join(" · ");
    pdf.text(`   ${details}${a.overdue ? ` · ${t("overdue")}` : ""}`, { size: 9, color: a.overdue ? WARN : MUTED, width });
    doc.moveDown(0.3);
  }
  await onProgress(80);

  heading(t("successes"));
  body(data.session.successes, t("noSuccesses"));

  // Footer with page numbers on every page, in the bottom margin.
  const generated = t("generated", { date: formatDay(new Date(), locale) });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    pdf.text(`${generated} · ${t("page", { page: i + 1, pages: range.count })}`, {
      size: 8,
      color: MUTED,
      x: doc.page.margins.left,
      y: doc.page.height - 40,
      width,
      align: "center",
      pageBreaks: false,
    });
  }
  const bytes = await pdf.finish();
  await onProgress(90);
  return bytes;
}
