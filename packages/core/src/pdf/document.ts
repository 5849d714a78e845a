import { readFileSync } from "node:fs";
import type { Bidi } from "bidi-js";

/**
 * The one way to make a PDF in the platform: a pdfkit document with fonts that cover the scripts our residents write,
 * and a `text` function that chooses the font per run of text and puts right-to-left text in the right order.
 *
 * - Fonts are bundled (npm packages with the TTF files, SIL Open Font License 1.1): Noto Sans for Latin (with Turkish,
 *   Polish, Romanian and Vietnamese letters), Greek and Cyrillic; Amiri for Arabic script (also Persian and Urdu
 *   letters). Nothing is fetched at run time, and pdfkit embeds only the glyphs a document uses. (Not Noto Sans
 *   Arabic: fontkit fails on some of its mark positioning, and its decomposed letters lose their text in the PDF.)
 * - Each character gets the font of its script (Arabic script: the Arabic font; else the Latin one); spaces, digits
 *   and punctuation take the font of the text around them. Each run is shaped by fontkit (Arabic letters join).
 * - Lines are broken here, in logical order, and each line is put in visual order with the Unicode bidirectional
 *   algorithm (bidi-js): an Arabic name inside a Dutch sentence reads right to left in its place, and a paragraph that
 *   starts in Arabic is right-aligned.
 * Characters neither font has (Chinese, say) show as an empty box but keep their text (copy and search still work);
 * emoji are left out, as no bundled font draws them.
 */

export type PdfWeight = "regular" | "bold" | "italic";
export type Family = "latin" | "arabic";

/** The font files, from the npm packages (see packages/core/package.json); the licence sits beside each file. */
export const FONT_FILES: Record<Family, Record<PdfWeight, string>> = {
  latin: {
    regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
    bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
    italic: "@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf",
  },
  arabic: {
    regular: "@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf",
    bold: "@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf",
    italic: "@expo-google-fonts/amiri/400Regular_Italic/Amiri_400Regular_Italic.ttf",
  },
};

const fontName = (family: Family, weight: PdfWeight) => `${family}-${weight}`;
/** Amiri's letters are small for their size next to Noto Sans; a little larger, both read alike. */
const SCALE: Record<Family, number> = { latin: 1, arabic: 1.15 };

/** Arabic script: Arabic, Supplement, Extended-A/B/C, Presentation Forms-A and -B. */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u{10ec0}-\u{10eff}\u{1ee00}-\u{1eeff}]/u;
/** Characters of right-to-left scripts that fontkit lays out right to left itself. */
const RTL_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]/u;

/** The family for one character by its script; null for characters of no script (spaces, digits, punctuation). */
export function scriptFamily(ch: string): Family | null {
  if (ARABIC.test(ch)) return "arabic";
  return /[\p{L}\p{M}]/u.test(ch) ? "latin" : null;
}

/**
 * Text as the fonts can show it: Unicode NFC, line breaks as \n, tabs as spaces, other control characters and emoji
 * (with their joiners and variation selectors) left out.
 */
export function pdfText(text: string): string {
  return (
    text
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      .replace(/\t/g, "    ")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed here.
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "")
      .replace(/\p{Extended_Pictographic}|[\u200d\ufe0e\ufe0f]|\p{Emoji_Modifier}|[\u{1f1e6}-\u{1f1ff}]|[\u{e0020}-\u{e007f}]/gu, "")
  );
}

export interface PdfTextOptions {
  size: number;
  color: string;
  weight?: PdfWeight;
  /** Width of the text column; the page's width between the margins when left out. */
  width?: number;
  /** Position of the top-left corner of the column; doc.x and doc.y when left out. */
  x?: number;
  y?: number;
  /** Extra space between lines, in points. */
  lineGap?: number;
  /** "start": left for a left-to-right paragraph, right for a right-to-left one (the default); or centered. */
  align?: "start" | "center";
  /** Starts a new page when a line does not fit (default); off for text placed in the margin, such as a footer. */
  pageBreaks?: boolean;
}

export interface PdfDocument {
  /** The pdfkit document, for what is not text (pages, lines, images, doc.y and moveDown). */
  doc: PDFKit.PDFDocument;
  /** Writes text (paragraphs split on \n) at doc.y, or at x/y, wrapping within the width; doc.y ends below it. */
  text(text: string, options: PdfTextOptions): void;
  /** Ends the document and gives its bytes. */
  finish(): Promise<Buffer>;
}

let fontData: Map<string, Buffer> | null = null;

async function loadFonts(): Promise<Map<string, Buffer>> {
  if (fontData) return fontData;
  // Resolved at run time (in the worker), outside any bundle: the files are read from the installed packages.
  const { createRequire } = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "node:module");
  const require = createRequire(import.meta.url);
  const out = new Map<string, Buffer>();
  for (const family of Object.keys(FONT_FILES) as Family[]) {
    for (const weight of Object.keys(FONT_FILES[family]) as PdfWeight[]) {
      out.set(fontName(family, weight), readFileSync(require.resolve(FONT_FILES[family][weight])));
    }
  }
  fontData = out;
  return out;
}

let bidiInstance: Bidi | null = null;

async function loadBidi(): Promise<Bidi> {
  if (bidiInstance) return bidiInstance;
  const { default: bidiFactory } = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "bidi-js");
  bidiInstance = bidiFactory();
  return bidiInstance;
}

/** Creates a PDF document with the bundled fonts registered. Loaded only where a PDF is made (the worker). */
export async function createPdfDocument(options: PDFKit.PDFDocumentOptions): Promise<PdfDocument> {
  const { default: PDFDocument } = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "pdfkit");
  const [fonts, bidi] = await Promise.all([loadFonts(), loadBidi()]);
  const doc = new PDFDocument(options);
  for (const [name, data] of fonts) doc.registerFont(name, data);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  doc.font(fontName("latin", "regular"));
  const writer = new TextWriter(doc, bidi);
  return {
    doc,
    text: (text, opts) => writer.write(text, opts),
    finish: async () => {
      giveEveryGlyphText(doc);
      doc.end();
      await finished;
      return Buffer.concat(chunks);
    },
  };
}

/**
 * Some glyphs stand for no character of their own (Amiri adds joining strokes between some Arabic letters). pdfkit
 * would map them to nothing in the font's ToUnicode table, which readers take as a control character; a zero-width
 * joiner is what they are, and copying or searching the text then gives the letters without anything in between.
 */
function giveEveryGlyphText(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { unicode?: unknown }> })._fontFamilies ?? {};
  for (const font of new Set(Object.values(families))) {
    const unicode = font.unicode;
    if (!Array.isArray(unicode)) continue;
    unicode.forEach((codePoints, gid) => {
      if (gid > 0 && Array.isArray(codePoints) && codePoints.length === 0) unicode[gid] = [0x200d];
    });
  }
}

/** pdfkit's font object, of which we read the glyph coverage and the vertical metrics. */
interface PdfkitFont {
  ascender: number;
  descender: number;
  font?: { hasGlyphForCodePoint(cp: number): boolean };
}

/** A run of one font and one embedding level, in logical order, drawn as one piece. */
interface Run {
  family: Family;
  level: number;
  start: number;
  end: number;
}

// Whole-run shaping: pdfkit shapes word by word unless features are given, which would put Arabic words in the wrong
// order and break joining across a run.
const SHAPE = { features: [] as PDFKit.Mixins.OpenTypeFeatures[] };

class TextWriter {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly bidi: Bidi,
  ) {}

  private useFont(family: Family, weight: PdfWeight, size: number): PdfkitFont {
    this.doc.font(fontName(family, weight)).fontSize(size * SCALE[family]);
    return (this.doc as unknown as { _font: PdfkitFont })._font;
  }

  private readonly coverage = new Map<string, boolean>();

  private has(family: Family, weight: PdfWeight, cp: number): boolean {
    const key = `${family}-${weight}-${cp}`;
    let known = this.coverage.get(key);
    if (known === undefined) {
      const f = this.useFont(family, weight, 10);
      known = f.font ? f.font.hasGlyphForCodePoint(cp) : true;
      this.coverage.set(key, known);
    }
    return known;
  }

  /** The family of each UTF-16 position of a paragraph: by script, neutrals by their neighbours, then by coverage. */
  private families(par: string, levels: Uint8Array, paraLevel: number, weight: PdfWeight): Family[] {
    const out: (Family | null)[] = new Array(par.length).fill(null);
    for (let i = 0; i < par.length; ) {
      const cp = par.codePointAt(i) ?? 0;
      const n = cp > 0xffff ? 2 : 1;
      const f = scriptFamily(String.fromCodePoint(cp));
      for (let k = 0; k < n; k++) out[i + k] = f;
      i += n;
    }
    // Neutrals take the family of the text before them at the same level, else after them, else the paragraph's.
    for (let i = 0; i < par.length; i++) {
      if (out[i]) continue;
      const prev = i > 0 && levels[i - 1] === levels[i] ? out[i - 1] : null;
      let next: Family | null = null;
      for (let j = i + 1; j < par.length && levels[j] === levels[i]; j++) {
        if (out[j]) {
          next = out[j] ?? null;
          break;
        }
      }
      out[i] = prev ?? next ?? (paraLevel % 2 ? "arabic" : "latin");
    }
    // A character the chosen font lacks goes to the other font when that one has it.
    for (let i = 0; i < par.length; ) {
      const cp = par.codePointAt(i) ?? 0;
      const n = cp > 0xffff ? 2 : 1;
      const f = out[i] as Family;
      if (!this.has(f, weight, cp)) {
        const other: Family = f === "latin" ? "arabic" : "latin";
        if (this.has(other, weight, cp)) for (let k = 0; k < n; k++) out[i + k] = other;
      }
      i += n;
    }
    return out as Family[];
  }

  private runsOf(families: Family[], levels: Uint8Array, start: number, end: number): Run[] {
    const runs: Run[] = [];
    for (let i = start; i < end; i++) {
      const family = families[i] as Family;
      const level = levels[i] ?? 0;
      const last = runs[runs.length - 1];
      if (last && last.family === family && last.level === level && last.end === i) last.end = i + 1;
      else runs.push({ family, level, start: i, end: i + 1 });
    }
    return runs;
  }

  private width(par: string, families: Family[], levels: Uint8Array, start: number, end: number, weight: PdfWeight, size: number) {
    let w = 0;
    for (const r of this.runsOf(families, levels, start, end)) {
      this.useFont(r.family, weight, size);
      w += this.shapeable(par.slice(r.start, r.end)).width;
    }
    return w;
  }

  /**
   * The width of a piece in the current font. Shaping a run the font cannot handle (fontkit throws on some mark
   * sequences) must not fail the document: such a piece is measured, and later drawn, without its combining marks.
   */
  private shapeable(piece: string): { text: string; width: number } {
    const font = this.doc as unknown as { _font: { name: string }; _fontSize: number };
    const key = `${font._font.name}|${font._fontSize}|${piece}`;
    const known = this.shaped.get(key);
    if (known) return known;
    let out: { text: string; width: number };
    try {
      out = { text: piece, width: this.doc.widthOfString(piece, SHAPE) };
    } catch {
      const text = piece.replace(/\p{M}/gu, "");
      out = { text, width: this.doc.widthOfString(text, SHAPE) };
    }
    this.shaped.set(key, out);
    return out;
  }

  /** Widths of the pieces measured so far (words repeat; shaping Arabic is the slow part of writing a PDF). */
  private readonly shaped = new Map<string, { text: string; width: number }>();

  /**
   * Line ranges [start, end) of a paragraph, broken after spaces (and inside a word only when it is too long). Each
   * word is measured once; a line's width is the sum of its words (as pdfkit measures too).
   */
  private breakLines(par: string, families: Family[], levels: Uint8Array, width: number, weight: PdfWeight, size: number) {
    const measure = (s: number, e: number) => (e > s ? this.width(par, families, levels, s, e, weight, size) : 0);
    const lines: [number, number][] = [];
    let lineStart = 0;
    let lineEnd = 0;
    /** Width of the line up to lineEnd, trailing spaces included. */
    let used = 0;
    for (const m of par.matchAll(/(\S*)(\s*)/g)) {
      if (m[0] === "") continue;
      const s = m.index;
      const wordEnd = s + (m[1] ?? "").length;
      const e = s + m[0].length;
      const word = measure(s, wordEnd);
      const spaces = measure(wordEnd, e);
      if (used + word <= width || lineEnd === lineStart) {
        if (used + word <= width) {
          used += word + spaces;
          lineEnd = e;
          continue;
        }
      } else {
        lines.push([lineStart, lineEnd]);
        lineStart = s;
        lineEnd = s;
        used = 0;
      }
      if (word <= width) {
        used = word + spaces;
        lineEnd = e;
        continue;
      }
      // A word longer than the line: cut it where it no longer fits.
      for (let pos = s; pos < wordEnd; ) {
        const next = pos + ((par.codePointAt(pos) ?? 0) > 0xffff ? 2 : 1);
        const w = measure(pos, next);
        if (used + w > width && pos > lineStart) {
          lines.push([lineStart, pos]);
          lineStart = pos;
          used = 0;
        }
        used += w;
        pos = next;
      }
      used += spaces;
      lineEnd = e;
    }
    if (lineEnd > lineStart || lines.length === 0) lines.push([lineStart, lineEnd]);
    return lines.map(([s, e]) => {
      let k = e;
      while (k > s && /\s/.test(par[k - 1] ?? "")) k--;
      return [s, k] as [number, number];
    });
  }

  write(text: string, opts: PdfTextOptions): void {
    const doc = this.doc;
    const weight = opts.weight ?? "regular";
    const size = opts.size;
    const left = opts.x ?? doc.x;
    const width = opts.width ?? doc.page.width - doc.page.margins.right - left;
    const lineGap = opts.lineGap ?? 0;
    const pageBreaks = opts.pageBreaks ?? true;
    let top = opts.y ?? doc.y;

    for (const par of pdfText(text).split("\n")) {
      const resolved = this.bidi.getEmbeddingLevels(par);
      const levels = resolved.levels;
      const paraLevel = resolved.paragraphs[0]?.level ?? 0;
      const families = this.families(par, levels, paraLevel, weight);
      for (const [start, end] of this.breakLines(par, families, levels, width, weight, size)) {
        // Visual order of the line, then runs of one font and level that are contiguous in logical order.
        // (getReorderedIndices answers for the whole paragraph, reordered within the line.)
        const order = end > start ? this.bidi.getReorderedIndices(par, resolved, start, end - 1).slice(start, end) : [];
        const runs: (Run & { reversed: boolean })[] = [];
        for (const i of order) {
          const family = families[i] as Family;
          const level = levels[i] ?? 0;
          const last = runs[runs.length - 1];
          const rtl = level % 2 === 1;
          if (last && last.family === family && last.level === level && (rtl ? last.start === i + 1 : last.end === i)) {
            if (rtl) last.start = i;
            else last.end = i + 1;
          } else runs.push({ family, level, start: i, end: i + 1, reversed: rtl });
        }
        let ascent = 0;
        let descent = 0;
        const pieces = runs.map((r) => {
          const font = this.useFont(r.family, weight, size);
          // The Arabic font's own ascent and descent leave room for stacked marks; lines need less.
          const asc = (r.family === "arabic" ? Math.min(font.ascender, 1100) : font.ascender) / 1000;
          const desc = (r.family === "arabic" ? Math.max(font.descender, -550) : font.descender) / 1000;
          ascent = Math.max(ascent, asc * size * SCALE[r.family]);
          descent = Math.min(descent, desc * size * SCALE[r.family]);
          let piece = par.slice(r.start, r.end);
          if (r.reversed) {
            const mirrored = [...piece].map((ch) => this.bidi.getMirroredCharacter(ch) ?? ch).join("");
            // fontkit lays out right-to-left script itself; other right-to-left runs (neutrals) are turned here.
            piece = RTL_SCRIPT.test(mirrored) ? mirrored : [...mirrored].reverse().join("");
          }
          return { family: r.family, ...this.shapeable(piece) };
        });
        if (pieces.length === 0) {
          const font = this.useFont("latin", weight, size);
          ascent = (font.ascender / 1000) * size;
          descent = (font.descender / 1000) * size;
        }
        const lineHeight = ascent - descent + lineGap;
        if (pageBreaks && top + lineHeight > doc.page.height - doc.page.margins.bottom && top > doc.page.margins.top) {
          doc.addPage();
          top = doc.page.margins.top;
        }
        const total = pieces.reduce((sum, p) => sum + p.width, 0);
        let x = opts.align === "center" ? left + (width - total) / 2 : paraLevel % 2 ? left + width - total : left;
        for (const p of pieces) {
          this.useFont(p.family, weight, size);
          doc.fillColor(opts.color).text(p.text, x, top + ascent, { lineBreak: false, baseline: "alphabetic", ...SHAPE });
          x += p.width;
        }
        top += lineHeight;
      }
    }
    this.useFont("latin", weight, size);
    doc.x = left;
    doc.y = top;
  }
}
