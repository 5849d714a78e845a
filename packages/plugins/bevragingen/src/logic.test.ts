import { describe, expect, it } from "vitest";
import {
  answerProblems,
  cleanAnswers,
  contentProblems,
  missingTranslations,
  saveTarget,
  suppress,
  suppressTotal,
  versionRefusal,
  visibleQuestions,
} from "./logic";
import type { SurveyContent } from "./survey";

const yesNo = [
  { key: "yes", text: { nl: "Ja", fr: "Oui", en: "Yes" } },
  { key: "no", text: { nl: "Nee", fr: "Non", en: "No" } },
];
const content: SurveyContent = {
  sections: [
    {
      key: "s1",
      title: { nl: "Wonen", fr: "Logement", en: "Housing" },
      questions: [
        {
          key: "lonely",
          type: "single",
          text: { nl: "Voel je je soms alleen?", fr: "Vous sentez-vous seul·e ?", en: "Lonely?" },
          required: true,
          options: yesNo,
        },
        {
          key: "why",
          type: "long_text",
          text: { nl: "Waarom?", fr: "Pourquoi ?", en: "" },
          required: true,
          showIf: { question: "lonely", values: ["yes"] },
        },
        { key: "score", type: "scale", text: { nl: "Hoe graag woon je hier?", fr: "", en: "" }, required: false },
        { key: "age", type: "number", text: { nl: "Leeftijd", fr: "Âge", en: "Age" }, required: false, min: 0, max: 120 },
        { key: "when", type: "date", text: { nl: "Sinds", fr: "Depuis", en: "Since" }, required: false },
        { key: "area", type: "neighbourhood", text: { nl: "Buurt", fr: "Quartier", en: "Area" }, required: false },
        {
          key: "miss",
          type: "multiple",
          text: { nl: "Wat mis je?", fr: "Que manque-t-il ?", en: "Missing?" },
          required: false,
          options: yesNo,
        },
      ],
    },
  ],
};

describe("skip logic", () => {
  it("shows a question only when the earlier answer matches", () => {
    expect(visibleQuestions(content, { lonely: "yes" }).has("why")).toBe(true);
    expect(visibleQuestions(content, { lonely: "no" }).has("why")).toBe(false);
    expect(visibleQuestions(content, {}).has("why")).toBe(false);
  });

  it("hides a question whose rule names a hidden question, and matches any of a multiple choice", () => {
    const chained: SurveyContent = {
      sections: [
        {
          key: "s",
          title: {},
          questions: [
            { key: "a", type: "multiple", text: {}, required: false, options: yesNo },
            { key: "b", type: "single", text: {}, required: false, options: yesNo, showIf: { question: "a", values: ["yes"] } },
            { key: "c", type: "short_text", text: {}, required: false, showIf: { question: "b", values: ["no"] } },
          ],
        },
      ],
    };
    expect([...visibleQuestions(chained, { a: ["no", "yes"], b: "no" })]).toEqual(["a", "b", "c"]);
    expect([...visibleQuestions(chained, { a: ["no"], b: "no" })]).toEqual(["a"]);
  });
});

describe("an answer set against a version", () => {
  it("accepts a complete set and asks for required questions that are shown", () => {
    expect(answerProblems(content, { lonely: "no" })).toEqual([]);
    expect(answerProblems(content, { lonely: "yes" })).toEqual([{ question: "why", code: "required" }]);
    expect(answerProblems(content, {})).toEqual([{ question: "lonely", code: "required" }]);
    expect(answerProblems(content, { lonely: "yes", why: "  " })).toEqual([{ question: "why", code: "required" }]);
  });

  it("refuses answers to unknown or hidden questions instead of dropping them", () => {
    expect(answerProblems(content, { lonely: "no", nope: "x" })).toEqual([{ question: "nope", code: "unknown" }]);
    expect(answerProblems(content, { lonely: "no", why: "want" })).toEqual([{ question: "why", code: "hidden" }]);
  });

  it("refuses values that do not fit the question, naming the limit", () => {
    const areas = new Set(["n1"]);
    const base = { lonely: "no" };
    expect(answerProblems(content, { lonely: "maybe" })).toEqual([{ question: "lonely", code: "choice" }]);
    expect(answerProblems(content, { lonely: ["no"] })).toEqual([{ question: "lonely", code: "oneChoice" }]);
    expect(answerProblems(content, { ...base, score: 6 })).toEqual([{ question: "score", code: "range", params: { min: 1, max: 5 } }]);
    expect(answerProblems(content, { ...base, score: 2.5 })).toEqual([{ question: "score", code: "number" }]);
    expect(answerProblems(content, { ...base, age: 130 })).toEqual([{ question: "age", code: "range", params: { min: 0, max: 120 } }]);
    expect(answerProblems(content, { ...base, when: "2026-13-45" })).toEqual([{ question: "when", code: "date" }]);
    expect(answerProblems(content, { ...base, area: "n2" }, areas)).toEqual([{ question: "area", code: "neighbourhood" }]);
    expect(answerProblems(content, { ...base, area: "n1" }, areas)).toEqual([]);
    expect(answerProblems(content, { ...base, miss: ["yes", "yes"] })).toEqual([{ question: "miss", code: "choice" }]);
    expect(answerProblems(content, { lonely: "yes", why: "x".repeat(5001) })).toEqual([
      { question: "why", code: "tooLong", params: { max: 5000 } },
    ]);
  });

  it("stores no empty answers", () => {
    expect(cleanAnswers({ lonely: "no", miss: [], why: "" })).toEqual({ lonely: "no" });
  });
});

describe("before publishing", () => {
  it("flags every missing translation in the survey's languages", () => {
    const missing = missingTranslations({ nl: "Buurt", fr: "Quartier" }, content, ["nl", "fr", "en"]);
    expect(missing).toContainEqual({ path: "title", language: "en" });
    expect(missing).toContainEqual({ path: "s1.why", language: "en" });
    expect(missing).toContainEqual({ path: "s1.score", language: "fr" });
    expect(missingTranslations({ nl: "Buurt" }, content, ["nl"])).toEqual([]);
  });

  it("refuses an empty survey, a choice without options and a skip rule that names no earlier choice", () => {
    expect(contentProblems({ sections: [] })).toEqual([{ path: "", code: "empty" }]);
    expect(contentProblems(content)).toEqual([]);
    const bad: SurveyContent = {
      sections: [
        {
          key: "s",
          title: {},
          questions: [
            { key: "a", type: "single", text: {}, required: false, options: [yesNo[0] ?? { key: "y", text: {} }] },
            { key: "b", type: "short_text", text: {}, required: false, showIf: { question: "c", values: ["x"] } },
            { key: "c", type: "single", text: {}, required: false, options: yesNo, showIf: { question: "a", values: ["nope"] } },
            { key: "c", type: "short_text", text: {}, required: false },
          ],
        },
      ],
    };
    expect(contentProblems(bad).map((p) => `${p.path}:${p.code}`)).toEqual(["a:noOptions", "b:skipRule", "c:skipRule", "c:duplicateKey"]);
  });
});

describe("small-group suppression", () => {
  it("hides every cell under the threshold, and one more when a single hidden cell could be worked out", () => {
    const cells = [
      { key: "a", count: 40 },
      { key: "b", count: 3 },
      { key: "c", count: 12 },
      { key: "d", count: 0 },
    ];
    expect(suppress(cells, 5)).toEqual([
      { key: "a", count: 40 },
      { key: "b", count: null },
      { key: "c", count: null },
      { key: "d", count: 0 },
    ]);
    expect(suppress(cells, 3).every((c) => c.count !== null)).toBe(true);
    const two = suppress(
      [
        { key: "a", count: 2 },
        { key: "b", count: 4 },
        { key: "c", count: 9 },
      ],
      5,
    );
    expect(two.map((c) => c.count)).toEqual([null, null, 9]);
  });

  it("never shows a cell under the threshold, whatever the counts", () => {
    for (let seed = 0; seed < 500; seed++) {
      const cells = Array.from({ length: 1 + (seed % 7) }, (_, i) => ({ key: `k${i}`, count: (seed * 31 + i * 17) % 13 }));
      const min = 1 + (seed % 9);
      const out = suppress(cells, min);
      for (const c of out) if (c.count !== null) expect(c.count === 0 || c.count >= min).toBe(true);
      // One hidden cell alone only when it is the only non-empty one: then the total is under the threshold too.
      if (out.filter((c) => c.count === null).length === 1) {
        const total = cells.reduce((n, c) => n + c.count, 0);
        expect(suppressTotal(total, min)).toBeNull();
      }
    }
    expect(suppressTotal(4, 5)).toBeNull();
    expect(suppressTotal(0, 5)).toBe(0);
    expect(suppressTotal(5, 5)).toBe(5);
  });
});

describe("version freezing", () => {
  const draft = { id: "v2", number: 2, publishedAt: null };
  const published = { id: "v2", number: 2, publishedAt: new Date("2026-12-01") };
  it("changes a draft in place, and makes the next version once the last one is published", () => {
    expect(saveTarget(null)).toEqual({ create: 1 });
    expect(saveTarget(draft)).toEqual({ update: "v2" });
    expect(saveTarget(published)).toEqual({ create: 3 });
  });
  it("takes answers only for the published version of an open survey", () => {
    const open = { status: "open", publishedVersionId: "v2" };
    expect(versionRefusal(open, "v2")).toBeNull();
    expect(versionRefusal(open, "v1")).toBe("bevragingen.version.old");
    expect(versionRefusal({ status: "closed", publishedVersionId: "v2" }, "v2")).toBe("bevragingen.survey.closed");
    expect(versionRefusal({ status: "draft", publishedVersionId: null }, "v1")).toBe("bevragingen.survey.notOpen");
  });
});
