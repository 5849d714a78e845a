import type { Locale } from "@zorgzaam/core/plugins/contract";
import { formatDay, translator } from "./i18n";
import type { ReportData } from "./report-data";

/** The characters the standard PDF fonts (WinAnsi) can show; anything else would print as garbage. */
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
export function pdfSafe(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === "\n" || ch === "\t" || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.has(ch)) out += ch;
    else if (ch === "\r" || ch === "\u200d" || ch === "\ufe0e" || ch === "\ufe0f" || /\p{Extended_Pictographic}/u.test(ch)) continue;
    else if (/\s/u.test(ch)) out += " ";
    else out += "?";
  }
  return out;
}

const INK = "#0f172a";
const MUTED = "#475569";
const ACCENT = "#115e59";
const WARN = "#991b1b";

/**
 * Renders the session report as an A4 PDF with the standard fonts only (nothing is fetched or embedded), so it can
 * be sent to partners. Calls onProgress with 0..90 while it writes; the caller reports 100 once the file is stored.
 */
export async function renderReportPdf(
  data: ReportData,
  locale: Locale,
  onProgress: (pct: number) => Promise<void> = async () => {},
): Promise<Buffer> {
  // Loaded only where a PDF is made (the worker), and kept out of the web bundle.
  const { default: PDFDocument } = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "pdfkit");
  const t = translator(locale, "pdf");
  const ts = translator(locale, "status");
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    lang: locale,
    displayTitle: true,
    info: {
      Title: pdfSafe(data.session.title),
      Author: pdfSafe(data.tenantName),
      Subject: pdfSafe(t("subject")),
      Creator: "Zorgzaam",
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const heading = (text: string) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(14).fillColor(ACCENT).text(pdfSafe(text), { width });
    doc.moveDown(0.3).fillColor(INK);
  };
  const label = (text: string) => doc.font("Helvetica-Bold").fontSize(10).fillColor(MUTED).text(pdfSafe(text), { width });
  const body = (text: string, empty: string) => {
    const value = text.trim();
    doc
      .font(value ? "Helvetica" : "Helvetica-Oblique")
      .fontSize(11)
      .fillColor(value ? INK : MUTED)
      .text(pdfSafe(value || empty), { width, lineGap: 2 });
  };

  // Title block.
  doc
    .font("Helvetica")
    .fontSize(10)
    .fillColor(MUTED)
    .text(pdfSafe(`${t("kicker")} · ${data.tenantName}`), { width });
  doc.moveDown(0.2).font("Helvetica-Bold").fontSize(22).fillColor(INK).text(pdfSafe(data.session.title), { width });
  const meta = [formatDay(data.session.date, locale), data.session.neighbourhoodName].filter(Boolean).join(" · ");
  doc.moveDown(0.2).font("Helvetica").fontSize(11).fillColor(MUTED).text(pdfSafe(meta), { width });
  doc.fillColor(INK);
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
    doc
      .moveDown(0.5)
      .font("Helvetica-Bold")
      .fontSize(12)
      .fillColor(INK)
      .text(pdfSafe(`${i + 1}. ${item.questionText}`), { width });
    if (item.themeTitle) doc.font("Helvetica").fontSize(9).fillColor(MUTED).text(pdfSafe(item.themeTitle), { width });
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
    doc
      .font("Helvetica")
      .fontSize(11)
      .fillColor(INK)
      .text(pdfSafe(`•  ${a.text}`), { width, lineGap: 2 });
    const details = [
      a.ownerName ? t("owner", { name: a.ownerName }) : t("noOwner"),
      a.dueDate ? t("due", { date: formatDay(new Date(`${a.dueDate}T12:00:00Z`), locale) }) : null,
      ts(a.status),
    ]
      .filter(Boolean)
      .join(" · ");
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor(a.overdue ? WARN : MUTED)
      .text(pdfSafe(`   ${details}${a.overdue ? ` · ${t("overdue")}` : ""}`), { width });
    doc.moveDown(0.3);
  }
  await onProgress(80);

  heading(t("successes"));
  body(data.session.successes, t("noSuccesses"));

  // Footer with page numbers on every page.
  const generated = t("generated", { date: formatDay(new Date(), locale) });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(MUTED)
      .text(pdfSafe(`${generated} · ${t("page", { page: i + 1, pages: range.count })}`), doc.page.margins.left, doc.page.height - 40, {
        width,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await finished;
  await onProgress(90);
  return Buffer.concat(chunks);
}
