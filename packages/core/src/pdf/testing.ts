/**
 * For tests: the text of a PDF as a reader would extract it (Mozilla's pdf.js, the engine of Firefox's PDF viewer),
 * one string per page, runs joined in the order they are drawn with a line break after each line.
 */
export async function pdfPagesText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    let text = "";
    for (const item of content.items) {
      if (!("str" in item)) continue;
      text += item.str + (item.hasEOL ? "\n" : "");
    }
    pages.push(text);
  }
  await doc.destroy();
  return pages;
}

export interface PdfTextItem {
  str: string;
  page: number;
  /** Left edge and baseline in PDF points (from the bottom of the page), and the width of the drawn text. */
  x: number;
  y: number;
  width: number;
}

/** The drawn pieces of text, as lines (same page, same baseline) in reading order from the top, each left to right. */
export async function pdfTextItems(bytes: Uint8Array): Promise<PdfTextItem[][]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const lines = new Map<string, PdfTextItem[]>();
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) {
      if (!("str" in item) || !item.str) continue;
      const [, , , , x = 0, y = 0] = item.transform as number[];
      const key = `${p}:${Math.round(y)}`;
      const line = lines.get(key) ?? [];
      line.push({ str: item.str, page: p, x, y, width: item.width });
      lines.set(key, line);
    }
  }
  await doc.destroy();
  return [...lines.values()]
    .sort((a, b) => (a[0]?.page ?? 0) - (b[0]?.page ?? 0) || (b[0]?.y ?? 0) - (a[0]?.y ?? 0))
    .map((line) => line.sort((a, b) => a.x - b.x));
}
