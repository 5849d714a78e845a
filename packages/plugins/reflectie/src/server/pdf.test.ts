import { pdfPagesText } from "@zorgzaam/core/testing";
import { describe, expect, it } from "vitest";
import { renderReportPdf } from "./pdf";
import type { ReportData } from "./report-data";

/** Text as the residents of a Brussels or Ghent neighbourhood write it, one script per field. */
const WRITTEN = {
  arabic: "مرحبا بالجيران",
  turkish: "Ayşe Yılmaz ve İsmail Doğan: ğ ş ı İ",
  polish: "Pani Małgorzata Żółkiewska: ł ż ś",
  romanian: "Ștefan Țurcanu și vecinii: ș ț",
  cyrillic: "Привет, соседи",
  french: "Où sont les bénévoles ? À côté de l'école",
};

const report: ReportData = {
  session: {
    id: "00000000-0000-4000-8000-000000000001",
    title: `Buurtgesprek — ${WRITTEN.arabic}`,
    date: new Date("2026-03-14T12:00:00Z"),
    status: "closed",
    neighbourhoodName: "Molenwijk",
    successes: WRITTEN.cyrillic,
    closedAt: new Date("2026-03-14T15:00:00Z"),
  },
  tenantName: "Gemeente Zonnedal",
  themes: ["Samen leven", WRITTEN.romanian],
  participants: [
    { name: WRITTEN.turkish, guest: false },
    { name: WRITTEN.polish, guest: true },
  ],
  items: [
    {
      position: 1,
      questionText: "Wat hoorden we in de buurt",
      themeTitle: "Samen leven",
      how: "",
      answer: WRITTEN.arabic,
      insights: `${WRITTEN.french}\nقالت فاطمة إن الجيران يساعدون بعضهم البعض كل يوم في الحي`,
    },
  ],
  actions: [{ text: WRITTEN.arabic, ownerName: WRITTEN.turkish, dueDate: "2026-04-01", status: "open", overdue: false, itemPosition: 1 }],
};

const normal = (s: string) => s.normalize("NFKC").replace(/\p{Cf}/gu, "");

describe("renderReportPdf", () => {
  it("prints Arabic, Turkish, Polish, Romanian and Cyrillic text so that it reads back from the PDF", async () => {
    const bytes = await renderReportPdf(report, "nl");
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = normal((await pdfPagesText(new Uint8Array(bytes))).join("\n"));
    for (const [script, written] of Object.entries(WRITTEN)) expect(text, script).toContain(normal(written));
    expect(text).toContain(normal("قالت فاطمة إن الجيران يساعدون بعضهم البعض"));
    // Nothing became a question mark (as the standard fonts' text did) or a missing glyph.
    expect(text).not.toMatch(/\?\?|[\p{Script=Arabic}\p{Script=Cyrillic}]\?|\?[\p{Script=Arabic}\p{Script=Cyrillic}]|\ufffd/u);
    // The fonts are embedded (subsets), not the standard fonts that only know Western European letters.
    const raw = bytes.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Amiri-Regular/);
    expect(raw).not.toContain("/Helvetica");
  }, 30_000);
});
