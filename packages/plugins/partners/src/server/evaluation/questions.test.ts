import { LOCALES } from "@zorgzaam/core/i18n/locales";
import { describe, expect, it } from "vitest";
import { RELATIONSHIP_STATUSES } from "../../domain";
import { roundFigures } from "./figures";
import { ACTOR_QUESTIONS, ANSWER_FIELDS, localText, NETWORK_QUESTIONS, questionsFor } from "./questions";

describe("the guiding questions", () => {
  const all = [...ACTOR_QUESTIONS, ...NETWORK_QUESTIONS];

  it("have a question and a help text in nl, fr and en", () => {
    const missing: string[] = [];
    let cells = 0;
    for (const q of all) {
      for (const l of LOCALES) {
        cells += 2;
        if (q.text[l].trim().length < 5) missing.push(`${q.key}.text.${l}`);
        if (q.help[l].trim().length < 20) missing.push(`${q.key}.help.${l}`);
      }
    }
    expect(missing).toEqual([]);
    expect(cells).toBe(all.length * 6);
    expect(ACTOR_QUESTIONS.length).toBeGreaterThanOrEqual(5);
    expect(NETWORK_QUESTIONS.length).toBeGreaterThanOrEqual(5);
  });

  it("are translations, not copies (each locale's text differs from the Dutch)", () => {
    const copies = all.flatMap((q) => (["fr", "en"] as const).filter((l) => q.text[l] === q.text.nl).map((l) => `${q.key}.${l}`));
    expect(copies).toEqual([]);
  });

  it("have unique, stable keys and store into known fields", () => {
    expect(new Set(ACTOR_QUESTIONS.map((q) => q.key)).size).toBe(ACTOR_QUESTIONS.length);
    expect(new Set(NETWORK_QUESTIONS.map((q) => q.key)).size).toBe(NETWORK_QUESTIONS.length);
    for (const q of ACTOR_QUESTIONS) expect(ANSWER_FIELDS).toContain(q.field);
    // Every stored field is asked somewhere.
    for (const f of ANSWER_FIELDS) expect(ACTOR_QUESTIONS.some((q) => q.field === f)).toBe(true);
  });

  it("ask each field at most once per actor, and ask about waking only dormant or let-go ties", () => {
    for (const s of RELATIONSHIP_STATUSES) {
      const fields = questionsFor(s).map((q) => q.field);
      expect(new Set(fields).size, s).toBe(fields.length);
      expect(fields, s).toContain("proposedStatus");
    }
    expect(questionsFor("intensive").map((q) => q.key)).not.toContain("worthWaking");
    expect(questionsFor("dormant").map((q) => q.key)).toContain("worthWaking");
    expect(questionsFor("not_contacted").map((q) => q.key)).toContain("worthContacting");
    expect(questionsFor("not_contacted").map((q) => q.key)).not.toContain("worksTogether");
  });

  it("fall back to Dutch for a locale without text", () => {
    expect(localText({ nl: "Hallo", fr: "", en: "Hello" }, "fr")).toBe("Hallo");
    expect(localText({ nl: "Hallo", fr: "Bonjour", en: "Hello" }, "en")).toBe("Hello");
  });
});

describe("round figures", () => {
  it("count shares over the ties the team judged, leaving 'unknown' and unanswered out", () => {
    const row = (statusAtStart: string, worksTogether: string | null, mutual: string | null = null, worthWaking: string | null = null) => ({
      actorId: Math.random().toString(36),
      statusAtStart,
      worksTogether,
      mutual,
      worthWaking,
      proposedStatus: null,
      appliedStatus: null,
      answeredAt: worksTogether ? new Date() : null,
    });
    const f = roundFigures(
      [
        row("intensive", "yes", "yes"),
        row("occasional", "partly", "no"),
        row("dormant", "no", null, "yes"),
        row("dormant", "unknown", null, "not_now"),
        row("let_go", null),
        row("not_contacted", null, null, "yes"),
      ],
      [{ status: "open" }, { status: "done" }, { status: "done" }],
    );
    expect(f.byStatusAtStart).toEqual({ intensive: 1, occasional: 1, dormant: 2, not_contacted: 1, let_go: 1 });
    expect(f.worksTogether).toEqual({ yes: 1, partly: 1, no: 1, unknown: 1, unanswered: 1 });
    expect(f.worksTogetherShare).toBeCloseTo(1 / 3);
    expect(f.mutualShare).toBeCloseTo(1 / 2);
    expect([f.dormant, f.dormantWorthWaking]).toEqual([2, 1]);
    expect(f.followUps).toEqual({ open: 1, done: 2, dropped: 0 });
    expect(roundFigures([], []).worksTogetherShare).toBeNull();
  });
});
