import { describe, expect, it } from "vitest";
import { pdfSafe } from "./pdf";

describe("pdfSafe", () => {
  it("keeps what the standard PDF fonts can show (accents, quotes, dashes, euro)", () => {
    const s = "Zoë, café, naïef, ‘quote’ “quote” — 10 € …";
    expect(pdfSafe(s)).toBe(s);
  });

  it("drops emoji and marks other scripts, so nothing prints as garbage", () => {
    expect(pdfSafe("Trots 💥👨‍👩‍👧!")).toBe("Trots !");
    expect(pdfSafe("李 عربي")).toBe("? ????");
    expect(pdfSafe("a\r\nb\u00a0c")).toBe("a\nb\u00a0c");
  });
});
