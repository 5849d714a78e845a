import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sourceFiles as scanSource } from "../testing/source-files";

// Every PDF is made with ./document.ts, which brings the fonts for every script and orders right-to-left text. This
// test reads the source of the apps and packages (tests and dependencies left out) and fails when a file loads a PDF
// library itself or uses pdfkit's standard fonts (which know Western European letters only).

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const HELPER = "packages/core/src/pdf/document.ts";
const SKIP_DIRS = new Set(["node_modules", ".next", ".turbo", "generated", "dist", "e2e", "test-results", "playwright-report"]);
const TEST_FILE = /(\.test\.tsx?$|(^|\/)(test-helpers|test-support|testing)\.ts$)/;

const PDF_LIBRARY =
  /(from\s+|import\(\s*(\/\*.*?\*\/\s*)*|require\(\s*)["'](pdfkit|pdf-lib|@react-pdf\/[\w-]+|jspdf|pdfmake|puppeteer|playwright)(\/[\w/.-]*)?["']/;
const STANDARD_FONT = /["'](Helvetica|Times-Roman|Courier|Symbol|ZapfDingbats)(-[A-Za-z]+)?["']/;

function sourceFiles(dir: string): string[] {
  return scanSource([path.relative(ROOT, dir)], { pattern: /\.(ts|tsx|js|mjs|cjs)$/, skip: SKIP_DIRS }).filter(
    (rel) => !TEST_FILE.test(rel),
  );
}

describe("PDFs are made with the PDF helper only", () => {
  const files = [...sourceFiles(path.join(ROOT, "apps")), ...sourceFiles(path.join(ROOT, "packages"))];

  it("no source file outside the helper loads a PDF library or a standard PDF font", () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain(HELPER);
    const found = files
      .filter((f) => f !== HELPER)
      .flatMap((f) => {
        const code = readFileSync(path.join(ROOT, f), "utf8");
        return [
          PDF_LIBRARY.test(code) ? `${f}: loads a PDF library` : null,
          STANDARD_FONT.test(code) ? `${f}: uses a standard PDF font` : null,
        ];
      })
      .filter(Boolean);
    expect(found).toEqual([]);
    // The helper itself trips the rule, so the pattern matches what it is for.
    expect(PDF_LIBRARY.test(readFileSync(path.join(ROOT, HELPER), "utf8"))).toBe(true);
    expect(PDF_LIBRARY.test('const { default: PDFDocument } = await import(/* webpackIgnore: true */ "pdfkit");')).toBe(true);
    expect(STANDARD_FONT.test('doc.font("Helvetica-Bold")')).toBe(true);
  });

  it("QR codes are made in one place, ./qr.ts (drawQrCode, qrMatrix), never with the library directly", () => {
    const QR = "packages/core/src/pdf/qr.ts";
    const QR_LIBRARY =
      /(from\s+|import\(\s*(\/\*.*?\*\/\s*)*|require\(\s*)["'](qrcode|qr-image|qrcode-generator|qr-code-styling)(\/[\w/.-]*)?["']/;
    const found = files.filter((f) => f !== QR && QR_LIBRARY.test(readFileSync(path.join(ROOT, f), "utf8")));
    expect(found).toEqual([]);
    expect(QR_LIBRARY.test(readFileSync(path.join(ROOT, QR), "utf8"))).toBe(true);
  });

  it("the reflection report uses it", () => {
    // Through the modules' API, @zorgzaam/core/plugin, which re-exports the helper from ./document.ts.
    expect(readFileSync(path.join(ROOT, "packages/plugins/reflectie/src/server/pdf.ts"), "utf8")).toMatch(
      /import \{[^}]*\bcreatePdfDocument\b[^}]*\} from "@zorgzaam\/core\/plugin"/,
    );
    expect(readFileSync(path.join(ROOT, "packages/core/src/plugin.ts"), "utf8")).toMatch(
      /\bcreatePdfDocument\b[^;]*from "\.\/pdf\/document"/,
    );
  });
});
