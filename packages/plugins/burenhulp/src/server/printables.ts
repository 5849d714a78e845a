/**
 * Burenhulp's printables (BH-9), through core's PDF module (fonts for every script) and its QR helper:
 * - the card "Hallo, ik ben jouw buur!" (after the Burenbox of Zorgdorp Wakken): a few lines about oneself and the
 *   table "in mijn buurt kan ik: hulp bieden | hulp gebruiken" with the tenant's own kinds of help;
 * - a window poster in two sheets, "Ik help graag" and "Ik kan hulp gebruiken" (after "Paraat in mijn straat");
 * - referral cards for partner professionals (four per sheet, to cut out), with the QR code of the referral form.
 * The card and the poster carry the QR code of the tenant's public ask/offer form. "Blank" leaves out the tenant's
 * name and logo and gives lines to write on instead.
 */
import { createPdfDocument, drawQrCode, env, type Locale, type PdfDocument, QR_QUIET_ZONE } from "@zorgzaam/core/plugin";
import { messages } from "../messages/index";
import { translator } from "./i18n";

import type { PrintableKind } from "../domain";

export { PRINTABLE_KINDS, PRINTABLE_LANGUAGES, type PrintableKind } from "../domain";

const INK = "#0f172a";
const MUTED = "#475569";
const ACCENT = "#115e59";
const LINE = "#94a3b8";

export interface PrintableInput {
  kind: PrintableKind;
  language: Locale;
  blank: boolean;
  tenantName: string;
  /** PNG or JPEG bytes (core's tenantLogoForPdf), left out when blank. */
  logo: Buffer | null;
  /** The tenant's active kinds of help, in their order. */
  kinds: { key: string; label: unknown }[];
  /** The address the QR code points at. */
  url: string;
}

const base = () => env().APP_URL.replace(/\/$/, "");
/** The tenant's public ask/offer form (no account). */
export const publicFormUrl = (slug: string) => `${base()}/${slug}/burenhulp`;
/** The partner's referral form (a partner account). */
export const referralFormUrl = (slug: string) => `${base()}/t/${slug}/burenhulp/refer`;

/** A kind's words in the printable's language: the tenant's own words, else the starter kind's from the catalog. */
export function kindWords(kind: { key: string; label: unknown }, language: Locale): string {
  const own = (kind.label ?? {}) as Record<string, string | undefined>;
  const starter = (messages[language] as { kinds?: Record<string, string> }).kinds?.[kind.key];
  return own[language] || starter || own.nl || own.fr || own.en || kind.key;
}

export function printableFileName(kind: PrintableKind, language: string, blank: boolean): string {
  return `burenhulp-${kind}-${language}${blank ? "-blank" : ""}.pdf`;
}

/** A line to write on, from x over width, at y. */
function writeLine(pdf: PdfDocument, x: number, y: number, width: number) {
  pdf.doc
    .save()
    .lineWidth(0.6)
    .dash(1.5, { space: 2 })
    .moveTo(x, y)
    .lineTo(x + width, y)
    .stroke(LINE)
    .undash()
    .restore();
}

/** A label with a line after it (and more lines below when asked). */
function field(pdf: PdfDocument, label: string, x: number, width: number, lines = 1, size = 10) {
  const doc = pdf.doc;
  pdf.text(label, { size, color: INK, weight: "bold", x, width });
  for (let i = 0; i < lines; i++) {
    const y = doc.y + 16;
    writeLine(pdf, x, y, width);
    doc.y = y + 2;
  }
  doc.x = x;
  doc.y += 6;
}

function box(pdf: PdfDocument, x: number, y: number, size: number) {
  pdf.doc.save().lineWidth(0.9).rect(x, y, size, size).stroke(INK).restore();
}

/** The tenant's logo and name at the top left (or, blank, a line for the organisation); the y below it. */
function header(pdf: PdfDocument, input: PrintableInput, x: number, y: number, width: number): number {
  const doc = pdf.doc;
  const t = translator(input.language);
  if (input.blank) {
    pdf.text(t("pdf.blankOrg"), { size: 8, color: MUTED, x, y, width });
    writeLine(pdf, x, doc.y + 14, width);
    return doc.y + 22;
  }
  let textX = x;
  if (input.logo) {
    try {
      doc.image(input.logo, x, y, { fit: [90, 40] });
      textX = x + 98;
    } catch {
      // A logo pdfkit cannot read is left out; the name says who it is.
    }
  }
  pdf.text(input.tenantName, { size: 11, color: MUTED, weight: "bold", x: textX, y: y + 12, width: width - (textX - x) });
  return Math.max(doc.y, y + 44);
}

/** The QR code with a short line above and (when there is room) the address below; returns the y below it. */
function qrBlock(
  pdf: PdfDocument,
  url: string,
  caption: string | null,
  x: number,
  y: number,
  size: number,
  width: number,
  showUrl = true,
): number {
  const doc = pdf.doc;
  if (caption) pdf.text(caption, { size: 9, color: INK, weight: "bold", x, y, width, align: "center", pageBreaks: false });
  // Below the caption by at least the code's white quiet zone (four modules; a code has at least 21).
  const top = (caption ? doc.y : y) + (size * QR_QUIET_ZONE) / 21 + 4;
  drawQrCode(doc, url, { x: x + (width - size) / 2, y: top, size, color: INK });
  doc.y = top + size;
  if (showUrl) pdf.text(url, { size: 7.5, color: MUTED, x, y: top + size + 8, width, align: "center", pageBreaks: false });
  return doc.y;
}

async function newDocument(input: PrintableInput, title: string): Promise<PdfDocument> {
  const t = translator(input.language);
  return createPdfDocument({
    size: "A4",
    margins: { top: 40, bottom: 40, left: 44, right: 44 },
    lang: input.language,
    displayTitle: true,
    info: { Title: title, Author: input.blank ? "Zorgzaam" : input.tenantName, Subject: t("pdf.subject"), Creator: "Zorgzaam" },
  });
}

/** The card "Hallo, ik ben jouw buur!": one A4 page (a long list of kinds runs on to a second). */
async function cardPdf(input: PrintableInput, progress: (pct: number) => Promise<void>): Promise<Buffer> {
  const t = translator(input.language);
  const pdf = await newDocument(input, t("pdf.card.title"));
  const doc = pdf.doc;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.page.margins.top;

  const firstPage = doc.page;
  const y0 = header(pdf, input, left, top, width * 0.55);
  pdf.text(t("pdf.card.title"), { size: 24, weight: "bold", color: ACCENT, x: left, y: y0 + 4, width });
  pdf.text(t("pdf.card.intro"), { size: 9.5, color: MUTED, x: left, width: width * 0.7 });
  doc.y += 8;

  // About me (left) and a frame for a photo or drawing (right).
  const frame = 130;
  const colW = width - frame - 18;
  const aboutTop = doc.y;
  field(pdf, t("pdf.card.name"), left, colW);
  field(pdf, t("pdf.card.birthday"), left, colW);
  field(pdf, t("pdf.card.housemates"), left, colW, 3);
  const aboutEnd = doc.y;
  doc
    .save()
    .lineWidth(0.9)
    .roundedRect(left + width - frame, aboutTop, frame, frame, 8)
    .stroke(LINE)
    .restore();
  pdf.text(t("pdf.card.photo"), {
    size: 8,
    color: MUTED,
    x: left + width - frame + 8,
    y: aboutTop + frame - 24,
    width: frame - 16,
    align: "center",
    pageBreaks: false,
  });
  doc.x = left;
  doc.y = Math.max(aboutEnd, aboutTop + frame + 8);
  field(pdf, t("pdf.card.house"), left, width);
  field(pdf, t("pdf.card.contact"), left, width);
  const half = (width - 18) / 2;
  const rowTop = doc.y;
  field(pdf, t("pdf.card.favourite"), left, half);
  const leftEnd = doc.y;
  doc.y = rowTop;
  field(pdf, t("pdf.card.someday"), left + half + 18, half);
  doc.y = Math.max(doc.y, leftEnd);
  field(pdf, t("pdf.card.everyDay"), left, half);
  await progress(40);

  // The table: in my neighbourhood I can offer help | use help.
  const qrSize = 78;
  const tableW = width - qrSize - 30;
  const col = 84;
  const labelW = tableW - 2 * col;
  doc.y += 4;
  const tableTop = doc.y;
  pdf.text(t("pdf.card.table"), { size: 13, weight: "bold", color: ACCENT, x: left, width: tableW });
  const headY = doc.y + 2;
  for (const [i, word] of [t("pdf.card.offer"), t("pdf.card.use")].entries())
    pdf.text(word, { size: 8, weight: "bold", color: INK, x: left + labelW + i * col, y: headY, width: col, align: "center" });
  doc.y = headY + 14;
  const rows = [...input.kinds.map((k) => kindWords(k, input.language)), null, null];
  const rowH = 18;
  for (const [i, word] of rows.entries()) {
    if (doc.y + rowH > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    if (i % 2 === 0)
      doc
        .save()
        .rect(left, y - 2, tableW, rowH)
        .fill("#f1f5f9")
        .restore();
    if (word) pdf.text(word, { size: 9.5, color: INK, x: left + 4, y: y + 1, width: labelW - 8, pageBreaks: false });
    else {
      pdf.text(t("pdf.card.own"), { size: 9, color: MUTED, x: left + 4, y: y + 1, width: 90, pageBreaks: false });
      writeLine(pdf, left + 90, y + 12, labelW - 100);
    }
    for (let c = 0; c < 2; c++) box(pdf, left + labelW + c * col + (col - 10) / 2, y + 1.5, 10);
    doc.x = left;
    doc.y = y + rowH;
  }
  await progress(75);

  // The QR code beside the table, and a footer under it.
  const after = doc.y;
  const onFirst = doc.page === firstPage;
  qrBlock(pdf, input.url, null, left + tableW + 12, onFirst ? tableTop + 20 : after + 8, qrSize, width - tableW - 12, false);
  doc.x = left;
  doc.y = Math.max(after + 8, doc.y + 4);
  pdf.text(input.blank ? t("pdf.card.footerBlank") : t("pdf.card.footer", { tenant: input.tenantName }), {
    size: 9,
    color: MUTED,
    x: left,
    width,
  });
  pdf.text(`${t("pdf.scan")}: ${input.url}`, { size: 9, color: INK, x: left, width });
  return pdf.finish();
}

/** The window poster: a sheet "Ik help graag" and a sheet "Ik kan hulp gebruiken", each with the kinds to tick. */
async function posterPdf(input: PrintableInput, progress: (pct: number) => Promise<void>): Promise<Buffer> {
  const t = translator(input.language);
  const pdf = await newDocument(input, `${t("pdf.poster.offerTitle")} / ${t("pdf.poster.useTitle")}`);
  const doc = pdf.doc;
  const words = input.kinds.map((k) => kindWords(k, input.language));
  for (const [i, side] of (["offer", "use"] as const).entries()) {
    if (i > 0) doc.addPage();
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const top = doc.page.margins.top;
    doc
      .save()
      .lineWidth(6)
      .rect(left - 14, top - 14, width + 28, doc.page.height - 2 * top + 28)
      .stroke(ACCENT)
      .restore();
    const y0 = input.blank ? top : header(pdf, input, left, top, width);
    pdf.text(t(`pdf.poster.${side}Title`), { size: 40, weight: "bold", color: ACCENT, x: left, y: y0 + 10, width, align: "center" });
    doc.y += 6;
    pdf.text(t(`pdf.poster.${side}Text`), { size: 15, color: INK, x: left + 20, width: width - 40, align: "center" });
    doc.y += 14;
    // The kinds in two columns, a box to tick before each.
    const colW = (width - 40) / 2;
    const rows = Math.ceil((words.length + 1) / 2);
    const rowH = Math.min(34, Math.max(20, 300 / Math.max(rows, 1)));
    const size = rowH >= 30 ? 15 : rowH >= 26 ? 14 : 12;
    const listTop = doc.y;
    for (const [n, word] of [...words, null].entries()) {
      const x = left + 20 + (n < rows ? 0 : colW);
      const y = listTop + (n % rows) * rowH;
      box(pdf, x, y + 2, 13);
      if (word) pdf.text(word, { size, color: INK, x: x + 20, y, width: colW - 28, pageBreaks: false });
      else writeLine(pdf, x + 20, y + size + 2, colW - 36);
    }
    doc.x = left;
    doc.y = listTop + rows * rowH + 16;
    // Who lives here (always a line: the resident writes it).
    pdf.text(t("pdf.poster.who"), { size: 11, weight: "bold", color: INK, x: left + 20, width: width - 40 });
    writeLine(pdf, left + 20, doc.y + 22, width - 40);
    doc.y += 34;
    const qrSize = 140;
    const bottom = doc.page.height - doc.page.margins.bottom;
    const qrTop = Math.max(doc.y + 6, bottom - qrSize - 60);
    qrBlock(pdf, input.url, t("pdf.poster.scan"), left + 40, qrTop, qrSize, width - 80);
    if (!input.blank)
      pdf.text(t("pdf.poster.by", { tenant: input.tenantName }), {
        size: 9,
        color: MUTED,
        x: left,
        y: Math.min(doc.y + 4, bottom - 12),
        width,
        align: "center",
        pageBreaks: false,
      });
    await progress(i === 0 ? 50 : 90);
  }
  return pdf.finish();
}

/** Referral cards: four per A4 sheet with cutting lines; each with the form's QR code and the contact point. */
async function referralPdf(input: PrintableInput, progress: (pct: number) => Promise<void>): Promise<Buffer> {
  const t = translator(input.language);
  const pdf = await newDocument(input, t("pdf.referral.title"));
  const doc = pdf.doc;
  const pageW = doc.page.width;
  const pageH = doc.page.height;
  const cardW = pageW / 2;
  const cardH = pageH / 2;
  // Cutting lines.
  doc.save().lineWidth(0.5).dash(4, { space: 4 }).strokeColor(LINE);
  doc
    .moveTo(cardW, 12)
    .lineTo(cardW, pageH - 12)
    .stroke();
  doc
    .moveTo(12, cardH)
    .lineTo(pageW - 12, cardH)
    .stroke();
  doc.undash().restore();
  for (let n = 0; n < 4; n++) {
    const pad = 22;
    const x = (n % 2) * cardW + pad;
    const y = Math.floor(n / 2) * cardH + pad;
    const w = cardW - 2 * pad;
    pdf.text(t("pdf.referral.title"), { size: 14, weight: "bold", color: ACCENT, x, y, width: w, pageBreaks: false });
    doc.y += 2;
    pdf.text(t("pdf.referral.intro"), { size: 8.5, color: MUTED, x, width: w, pageBreaks: false });
    doc.y += 10;
    for (const [label, lines] of [
      [t("pdf.referral.resident"), 1],
      [t("pdf.referral.reach"), 1],
      [t("pdf.referral.need"), 2],
    ] as const) {
      pdf.text(label, { size: 9, weight: "bold", color: INK, x, width: w, pageBreaks: false });
      for (let i = 0; i < lines; i++) {
        writeLine(pdf, x, doc.y + 16, w);
        doc.y += 20;
      }
      doc.y += 6;
    }
    // Urgency (BH-3), a box to tick as on the referral form.
    const uy = doc.y;
    box(pdf, x, uy + 1, 10);
    pdf.text(t("pdf.referral.urgent"), { size: 9, color: INK, x: x + 16, y: uy, width: w - 16, pageBreaks: false });
    doc.y += 6;
    const cy = doc.y;
    box(pdf, x, cy + 1, 10);
    pdf.text(t("pdf.referral.consent"), { size: 9, color: INK, x: x + 16, y: cy, width: w - 16, pageBreaks: false });
    doc.y += 10;
    pdf.text(t("pdf.referral.from"), { size: 9, weight: "bold", color: INK, x, width: w, pageBreaks: false });
    writeLine(pdf, x, doc.y + 16, w);
    doc.y += 24;
    const qrSize = 76;
    const bottomY = Math.floor(n / 2) * cardH + cardH - pad - qrSize;
    const textW = w - qrSize - 10;
    if (input.blank) {
      pdf.text(t("pdf.referral.toBlank"), { size: 8, weight: "bold", color: INK, x, y: bottomY, width: textW, pageBreaks: false });
      writeLine(pdf, x, doc.y + 12, textW);
      writeLine(pdf, x, doc.y + 26, textW);
    } else {
      pdf.text(t("pdf.referral.to", { tenant: input.tenantName }), {
        size: 8.5,
        weight: "bold",
        color: INK,
        x,
        y: bottomY,
        width: textW,
        pageBreaks: false,
      });
    }
    pdf.text(t("pdf.referral.scan"), { size: 7, color: MUTED, x, y: bottomY + (input.blank ? 46 : 36), width: textW, pageBreaks: false });
    pdf.text(input.url, { size: 6.5, color: MUTED, x, width: textW, pageBreaks: false });
    drawQrCode(doc, input.url, { x: x + w - qrSize, y: bottomY, size: qrSize, color: INK });
    await progress(20 + (n + 1) * 18);
  }
  return pdf.finish();
}

/** Renders one printable; progress gets a few percentages on the way. */
export async function renderPrintable(input: PrintableInput, progress: (pct: number) => Promise<void> = async () => {}): Promise<Buffer> {
  const data = { ...input, logo: input.blank ? null : input.logo };
  if (input.kind === "card") return cardPdf(data, progress);
  if (input.kind === "poster") return posterPdf(data, progress);
  return referralPdf(data, progress);
}
