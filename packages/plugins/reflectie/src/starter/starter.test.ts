import { LOCALES } from "@zorgzaam/core/i18n/locales";
import { describe, expect, it } from "vitest";
import { STARTER_THEMES, starterQuestion } from "./index";

const DOMAIN_THEMES = [
  "visie",
  "werken-vanuit-de-buurt",
  "bewoners-bereiken",
  "ontmoeting-bewoners",
  "ontmoeting-professionals",
  "netwerken",
  "samenwerking",
  "regie",
  "buurtwerker",
  "burenhulp",
  "vrijwilligers",
  "documenteren",
  "ondersteuning",
  "communicatie",
];

describe("starter set", () => {
  it("has at least the 14 themes of the domain, with at least 5 questions each", () => {
    expect(STARTER_THEMES.length).toBeGreaterThanOrEqual(14);
    expect(STARTER_THEMES.map((t) => t.key)).toEqual(expect.arrayContaining(DOMAIN_THEMES));
    for (const theme of STARTER_THEMES) expect(theme.questions.length, theme.key).toBeGreaterThanOrEqual(5);
  });

  it("has every theme title and every question in nl, fr and en", () => {
    const missing: string[] = [];
    for (const theme of STARTER_THEMES) {
      for (const l of LOCALES) {
        if (!theme.title[l]?.trim()) missing.push(`${theme.key} title.${l}`);
        for (const q of theme.questions) if (!q[l]?.trim()) missing.push(`${q.key}.${l}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("has unique, stable keys (a theme's questions start with the theme's key)", () => {
    const themeKeys = STARTER_THEMES.map((t) => t.key);
    expect(new Set(themeKeys).size).toBe(themeKeys.length);
    const questionKeys = STARTER_THEMES.flatMap((t) => t.questions.map((q) => q.key));
    expect(new Set(questionKeys).size).toBe(questionKeys.length);
    for (const t of STARTER_THEMES) {
      expect(t.key).toMatch(/^[a-z0-9][a-z0-9-]{0,80}$/);
      for (const q of t.questions) expect(q.key.startsWith(`${t.key}-`), q.key).toBe(true);
    }
    expect(starterQuestion("visie-01")?.theme.key).toBe("visie");
  });

  it("asks open questions (each ends with a question mark) and the translations differ from the Dutch", () => {
    for (const t of STARTER_THEMES) {
      for (const q of t.questions) {
        for (const l of LOCALES) expect(q[l].trim().endsWith("?"), `${q.key}.${l}`).toBe(true);
        expect(q.fr).not.toBe(q.nl);
        expect(q.en).not.toBe(q.nl);
      }
    }
  });
});
