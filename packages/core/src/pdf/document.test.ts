import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createPdfDocument, FONT_FILES, type Family, pdfText, scriptFamily } from "./document";
import { pdfPagesText, pdfTextItems } from "./testing";

const require = createRequire(import.meta.url);
/** fontkit (pdfkit's font engine, without types of its own): only what the coverage test reads. */
interface FontFile {
  hasGlyphForCodePoint(cp: number): boolean;
}
const fontkit = require("fontkit") as { openSync(path: string): FontFile };

/** What residents write: Arabic, Turkish, Polish, Romanian, Cyrillic (and Dutch and French). */
const SAMPLES = {
  arabic: "مرحبا بالجيران",
  turkish: "Ayşe Yılmaz, İsmail Öztürk: ğ ş ı İ",
  polish: "Zażółć gęślą jaźń: ł ż ś",
  romanian: "Românește: șase țări, ș ț",
  cyrillic: "Привет, соседи!",
  dutch: "Café De Hoek — één, twee, drie",
};

async function render(paragraphs: string[]): Promise<Uint8Array> {
  const pdf = await createPdfDocument({ size: "A4", margins: { top: 56, bottom: 64, left: 56, right: 56 } });
  for (const p of paragraphs) pdf.text(p, { size: 11, color: "#000000" });
  return new Uint8Array(await pdf.finish());
}

const nfkc = (s: string) => s.normalize("NFKC");

describe("fonts", () => {
  it("every letter of the samples has a glyph in the font chosen for its script", () => {
    let checked = 0;
    for (const weight of ["regular", "bold", "italic"] as const) {
      const fonts = Object.fromEntries(
        (Object.keys(FONT_FILES) as Family[]).map((f) => [f, fontkit.openSync(require.resolve(FONT_FILES[f][weight]))]),
      ) as Record<Family, FontFile>;
      for (const text of Object.values(SAMPLES)) {
        for (const ch of text) {
          const family = scriptFamily(ch) ?? "latin";
          expect(fonts[family].hasGlyphForCodePoint(ch.codePointAt(0) ?? 0), `${ch} in ${family} ${weight}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBe(3 * Object.values(SAMPLES).join("").length);
  });

  it("chooses the Arabic font for Arabic script only", () => {
    expect([..."مرحبا"].map(scriptFamily)).toEqual(["arabic", "arabic", "arabic", "arabic", "arabic"]);
    expect(["a", "ş", "İ", "ł", "ț", "П", "é"].map(scriptFamily)).toEqual(Array(7).fill("latin"));
    expect([" ", "1", ".", "(", "،"].map(scriptFamily)).toEqual([null, null, null, null, "arabic"]);
  });

  it("pdfText leaves out emoji and control characters, and keeps every script", () => {
    expect(pdfText("Trots 💥👨‍👩‍👧!")).toBe("Trots !");
    expect(pdfText("a\r\nb\u00a0c\u0007")).toBe("a\nb\u00a0c");
    for (const s of Object.values(SAMPLES)) expect(pdfText(s)).toBe(s.normalize("NFC"));
  });
});

describe("createPdfDocument", () => {
  it("writes every script so that it can be read back from the PDF (not as ? or missing glyphs)", async () => {
    const text = nfkc((await pdfPagesText(await render(Object.values(SAMPLES)))).join("\n"));
    for (const [name, s] of Object.entries(SAMPLES)) expect(text, name).toContain(nfkc(s));
    expect(text).not.toMatch(/[?\ufffd]/);
  }, 20_000);

  it("puts an Arabic phrase inside a Dutch sentence in its place, and a right-to-left paragraph in visual order, right-aligned", async () => {
    const bytes = await render(["Vraag 1: wat zei Fatima (مرحبا بالجيران) daarover", "مرحبا Zonnedal بالجيران"]);
    const lines = await pdfTextItems(bytes);
    // Left to right as drawn: the Arabic phrase between the Dutch words; in the Arabic paragraph the first word is
    // rightmost and the Dutch name sits between the two Arabic words.
    expect(lines[0]?.map((i) => i.str.trim()).filter(Boolean)).toEqual(["Vraag 1: wat zei Fatima (", "مرحبا بالجيران", ") daarover"]);
    expect(lines[1]?.map((i) => i.str.trim()).filter(Boolean)).toEqual(["بالجيران", "Zonnedal", "مرحبا"]);
    const first = lines[0]?.[0];
    const last = lines[1]?.[lines[1].length - 1];
    expect(first?.x).toBeCloseTo(56, 0);
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(595.28 - 56, 0);
  }, 20_000);

  it("wraps long text within the width, also a word longer than a line, and breaks pages", async () => {
    const long = `${"Zorgzamebuurtenondersteuningsprogramma".repeat(5)} ${"مرحبا بالجيران ".repeat(30)}`;
    const pdf = await createPdfDocument({ size: "A4", margins: { top: 56, bottom: 64, left: 56, right: 56 } });
    for (let i = 0; i < 6; i++) pdf.text(long, { size: 11, color: "#000000", width: 300 });
    const bytes = new Uint8Array(await pdf.finish());
    expect((await pdfPagesText(bytes)).length).toBeGreaterThan(1);
    const lines = await pdfTextItems(bytes);
    expect(lines.length).toBeGreaterThan(50);
    for (const item of lines.flat()) expect(item.x + item.width).toBeLessThanOrEqual(56 + 300 + 0.5);
  }, 20_000);
});
