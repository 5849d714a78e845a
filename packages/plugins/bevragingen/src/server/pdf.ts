/**
 * Bevragingen's PDFs through core's PDF module (fonts for every script, right-to-left in order): a summary of the
 * results (from loadResults, so with small groups hidden as on the screen) and the printable survey for paper rounds,
 * with boxes to tick and a QR code to the public link.
 */
import { createPdfDocument, drawQrCode, LOCALES, type Locale, type PdfDocument } from "@zorgzaam/core/plugin";
import type { Cell } from "../logic";
import { type Question, questionsOf, type SurveyContent, type SurveyLanguage, scaleRange, type Texts } from "../survey";
import { labeller } from "./export";
import { translator } from "./i18n";
import type { LoadedResults } from "./load-results";

const INK = "#0f172a";
const MUTED = "#475569";
const ACCENT = "#115e59";
const BAR = "#0f766e";
const TRACK = "#e2e8f0";

const textIn = (texts: Texts, l: string) => texts[l as SurveyLanguage] || texts.nl || texts.fr || texts.en || "";

async function a4(title: string, author: string, subject: string, lang: string): Promise<PdfDocument> {
  return createPdfDocument({
    size: "A4",
    margins: { top: 48, bottom: 56, left: 48, right: 48 },
    bufferPages: true,
    lang,
    displayTitle: true,
    info: { Title: title, Author: author, Subject: subject, Creator: "Zorgzaam" },
  });
}

function room(pdf: PdfDocument, need: number) {
  const doc = pdf.doc;
  if (doc.y > doc.page.height - doc.page.margins.bottom - need) doc.addPage();
}

/** Bars of one breakdown; a hidden cell says so in words, never a number. */
function bars(pdf: PdfDocument, cells: readonly Cell[], label: (key: string) => string, hidden: string) {
  const doc = pdf.doc;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const max = Math.max(1, ...cells.map((c) => c.count ?? 0));
  for (const c of cells) {
    room(pdf, 20);
    const y = doc.y;
    pdf.text(label(c.key), { size: 9, color: INK, x: left, y, width: width * 0.38 });
    const barX = left + width * 0.4;
    const barW = width * 0.45;
    doc.rect(barX, y + 2, barW, 8).fill(TRACK);
    if (c.count !== null && c.count > 0) doc.rect(barX, y + 2, (barW * c.count) / max, 8).fill(BAR);
    pdf.text(c.count === null ? hidden : String(c.count), {
      size: 9,
      color: c.count === null ? MUTED : INK,
      x: barX + barW + 8,
      y,
      width: width * 0.15,
    });
    doc.x = left;
    doc.y = Math.max(doc.y, y + 14);
  }
}

/** The results summary: totals, every question's figures (hidden cells stay hidden), words, tags, quotes. */
export async function summaryPdf(r: LoadedResults, locale: Locale, tenantName: string): Promise<Buffer> {
  const L = labeller(r, locale);
  const { t } = L;
  const title = textIn(r.survey.title, locale) || t("surveys.untitled");
  const pdf = await a4(title, tenantName, t("pdf.summarySubject"), locale);
  const doc = pdf.doc;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const hidden = t("results.hidden");
  const heading = (text: string, size = 13) => {
    room(pdf, 80);
    doc.moveDown(0.6);
    pdf.text(text, { weight: "bold", size, color: ACCENT, width });
    doc.moveDown(0.2);
  };

  pdf.text(`${t("pdf.summaryKicker")} · ${tenantName}`, { size: 9, color: MUTED, width });
  pdf.text(title, { weight: "bold", size: 20, color: INK, width });
  const version = r.versionId ? t("results.version", { number: r.version.number }) : t("results.allVersions");
  pdf.text(`${version} · ${new Date().toLocaleDateString(locale === "en" ? "en-GB" : `${locale}-BE`)}`, { size: 10, color: MUTED, width });
  doc.moveDown(0.4);
  pdf.text(t("results.suppression", { min: r.min }), { size: 9, color: MUTED, width });

  heading(t("results.total"));
  pdf.text(r.total === null ? hidden : String(r.total), { weight: "bold", size: 18, color: INK, width });
  for (const [dim, cells] of [
    ["channel", r.byChannel],
    ["language", r.byLanguage],
    ["neighbourhood", r.byNeighbourhood],
  ] as const) {
    doc.moveDown(0.3);
    pdf.text(t(`results.by.${dim}`), { weight: "bold", size: 10, color: MUTED, width });
    bars(pdf, cells, (k) => L.dimension(dim, k), hidden);
  }

  for (const [i, q] of r.questions.entries()) {
    heading(`${i + 1}. ${L.question(q.key)}`, 11);
    pdf.text(t("results.answered", { count: q.answered ?? 0, hidden: q.answered === null ? "yes" : "no" }), {
      size: 9,
      color: MUTED,
      width,
    });
    if (q.cells) bars(pdf, q.cells, (k) => L.choice(q.key, k), hidden);
    if (q.mean !== null) pdf.text(t("results.mean", { mean: q.mean }), { size: 10, color: INK, width });
    if (q.words?.length)
      pdf.text(`${t("results.words")}: ${q.words.map((w) => `${w.word} (${w.count})`).join(", ")}`, { size: 9, color: INK, width });
    if (q.tags?.length)
      pdf.text(`${t("results.tags")}: ${q.tags.map((c) => `${c.key} (${c.count ?? hidden})`).join(", ")}`, { size: 9, color: INK, width });
    for (const quote of q.quotes ?? []) pdf.text(`“${quote}”`, { weight: "italic", size: 9, color: INK, width });
  }
  return pdf.finish();
}

/** A box to tick, at the current line. */
function box(pdf: PdfDocument, x: number, y: number, size = 10) {
  pdf.doc.lineWidth(0.8).rect(x, y, size, size).stroke(INK);
}

/** The answer space of one question on paper. */
function answerSpace(pdf: PdfDocument, q: Question, language: SurveyLanguage, where: string) {
  const doc = pdf.doc;
  const left = doc.page.margins.left + 14;
  const width = doc.page.width - doc.page.margins.right - left;
  const choices =
    q.type === "single" || q.type === "multiple"
      ? (q.options ?? []).map((o) => textIn(o.text, language))
      : q.type === "scale"
        ? Array.from({ length: scaleRange(q).max - scaleRange(q).min + 1 }, (_, i) => String(scaleRange(q).min + i))
        : null;
  if (choices && q.type === "scale") {
    room(pdf, 24);
    const y = doc.y;
    choices.forEach((c, i) => {
      box(pdf, left + i * 44, y + 1);
      pdf.text(c, { size: 10, color: INK, x: left + i * 44 + 14, y, width: 28 });
    });
    doc.x = doc.page.margins.left;
    doc.y = y + 18;
    return;
  }
  if (choices) {
    for (const c of choices) {
      room(pdf, 18);
      const y = doc.y;
      box(pdf, left, y + 1);
      pdf.text(c, { size: 10, color: INK, x: left + 16, y, width: width - 16 });
      doc.x = doc.page.margins.left;
      doc.y = Math.max(doc.y, y + 15);
    }
    return;
  }
  // A neighbourhood, a street or a place: one line to write on (a point has no map on paper: "where?").
  if (q.type === "neighbourhood" || q.type === "street" || q.type === "point") {
    room(pdf, 30);
    if (q.type === "point") pdf.text(where, { size: 9, color: MUTED, x: left, width });
    const y = doc.y + 16;
    doc
      .lineWidth(0.8)
      .moveTo(left, y)
      .lineTo(left + width, y)
      .stroke(MUTED);
    doc.x = doc.page.margins.left;
    doc.y = y + 8;
    return;
  }
  const height = q.type === "long_text" ? 70 : 20;
  room(pdf, height + 8);
  const y = doc.y + 2;
  doc
    .lineWidth(0.8)
    .rect(left, y, q.type === "number" || q.type === "date" ? 140 : width, height)
    .stroke(MUTED);
  if (q.type === "date") pdf.text("__ __ / __ __ / __ __ __ __", { size: 9, color: MUTED, x: left + 6, y: y + 5, width: 130 });
  doc.x = doc.page.margins.left;
  doc.y = y + height + 6;
}

/**
 * The survey on paper in one language: every question with boxes to tick or space to write, the "only if" of a skip
 * rule, and a QR code (and the address) of the public link, for whoever prefers to answer online.
 */
export async function paperPdf(input: {
  title: Texts;
  content: SurveyContent;
  language: SurveyLanguage;
  tenantName: string;
  publicUrl: string | null;
  neighbourhoods: { id: string; name: string }[];
  /** The words of the form itself when the survey's language has no interface catalog (Arabic): the worker's. */
  uiLocale: Locale;
}): Promise<Buffer> {
  const { language } = input;
  const t = translator((LOCALES as readonly string[]).includes(language) ? (language as Locale) : input.uiLocale);
  const title = textIn(input.title, language) || t("surveys.untitled");
  const pdf = await a4(title, input.tenantName, t("pdf.paperSubject"), language);
  const doc = pdf.doc;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const qrSize = 84;
  const textWidth = input.publicUrl ? width - qrSize - 16 : width;

  if (input.publicUrl) {
    const x0 = left + width - qrSize;
    const y0 = doc.page.margins.top;
    drawQrCode(doc, input.publicUrl, { x: x0, y: y0, size: qrSize, color: INK });
    pdf.text(t("pdf.online"), {
      size: 8,
      color: MUTED,
      x: x0 - 10,
      y: y0 + qrSize + 4,
      width: qrSize + 20,
      align: "center",
      pageBreaks: false,
    });
    doc.x = left;
    doc.y = doc.page.margins.top;
  }
  pdf.text(input.tenantName, { size: 9, color: MUTED, width: textWidth });
  pdf.text(title, { weight: "bold", size: 18, color: INK, width: textWidth });
  doc.moveDown(0.3);
  pdf.text(t("pdf.paperIntro"), { size: 10, color: INK, width: textWidth, lineGap: 1 });
  if (input.publicUrl) pdf.text(input.publicUrl, { size: 8, color: MUTED, width: textWidth });
  // A photo cannot be answered on paper: the questions are left out, and the form says so.
  if (questionsOf(input.content).some((q) => q.type === "photo")) {
    doc.moveDown(0.3);
    pdf.text(t("pdf.photoOmitted"), { weight: "italic", size: 9, color: MUTED, width: textWidth });
  }
  doc.y = Math.max(doc.y, doc.page.margins.top + qrSize + 24);

  const byKey = new Map(questionsOf(input.content).map((q) => [q.key, q]));
  let n = 0;
  for (const section of input.content.sections) {
    const st = textIn(section.title, language);
    if (st) {
      room(pdf, 90);
      doc.moveDown(0.6);
      pdf.text(st, { weight: "bold", size: 13, color: ACCENT, width });
    }
    for (const q of section.questions) {
      if (q.type === "photo") continue;
      n += 1;
      room(pdf, 70);
      doc.moveDown(0.5);
      pdf.text(`${n}. ${textIn(q.text, language)}${q.required ? ` ${t("entry.required")}` : ""}`, {
        weight: "bold",
        size: 11,
        color: INK,
        width,
      });
      const rule = q.showIf ? byKey.get(q.showIf.question) : undefined;
      if (q.showIf && rule) {
        const answers = q.showIf.values
          .map((k) => textIn(rule.options?.find((o) => o.key === k)?.text ?? {}, language))
          .join(` ${t("public.or")} `);
        pdf.text(t("public.onlyIf", { question: textIn(rule.text, language), answers }), {
          weight: "italic",
          size: 9,
          color: MUTED,
          width,
        });
      }
      if (q.type === "multiple") pdf.text(t("public.several"), { size: 9, color: MUTED, width });
      doc.moveDown(0.2);
      answerSpace(pdf, q, language, t("pdf.where"));
    }
  }
  doc.moveDown(1);
  room(pdf, 40);
  pdf.text(t("pdf.thanks"), { size: 10, color: INK, width });
  return pdf.finish();
}
