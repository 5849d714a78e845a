import { describe, expect, it } from "vitest";
import { languageHref, queryWithoutLang } from "./language-link";

describe("the public language switch", () => {
  it("keeps the page's query (a receipt's reference, a follow-up token) and replaces only the language", () => {
    expect(languageHref("/zonnedal/contact/received", "?ref=K7QM-2XPA", "nl")).toBe("/zonnedal/contact/received?ref=K7QM-2XPA&lang=nl");
    expect(languageHref("/zonnedal", "", "fr")).toBe("/zonnedal?lang=fr");
    expect(languageHref("/zonnedal/burenhulp/follow-up", "?t=a.b%2Bc&lang=fr", "en")).toBe(
      "/zonnedal/burenhulp/follow-up?t=a.b%2Bc&lang=en",
    );
  });

  it("comes back to the page with its query, without the switch itself", () => {
    expect(queryWithoutLang("?ref=K7QM-2XPA&lang=nl")).toBe("?ref=K7QM-2XPA");
    expect(queryWithoutLang("?lang=nl")).toBe("");
    expect(queryWithoutLang(new URLSearchParams("t=a.b%2Bc&lang=fr&side=offer"))).toBe("?t=a.b%2Bc&side=offer");
  });
});
