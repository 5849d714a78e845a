import { describe, expect, it } from "vitest";
import { contentProblems, missingTranslations } from "../../logic";
import {
  addOption,
  addQuestion,
  addSection,
  changeType,
  describePath,
  moveQuestion,
  removeQuestion,
  updateQuestion,
} from "./builder-model";

describe("the builder's edits", () => {
  it("adds sections and questions with fresh keys, and choices to a choice question", () => {
    let c = addSection({ sections: [] });
    c = addQuestion(c, 0, "single");
    c = addQuestion(c, 0, "short_text");
    const [first, second] = c.sections[0]?.questions ?? [];
    expect([c.sections[0]?.key, first?.key, second?.key]).toEqual(["s1", "q1", "q2"]);
    expect(first?.options?.map((o) => o.key)).toEqual(["o1", "o2"]);
    c = updateQuestion(c, { s: 0, q: 0 }, addOption(first ?? { key: "", type: "single", text: {}, required: false }));
    expect(c.sections[0]?.questions[0]?.options?.map((o) => o.key)).toEqual(["o1", "o2", "o3"]);
  });

  it("moves within bounds, and removing a question drops the rules that pointed to it", () => {
    let c = addQuestion(addQuestion(addSection({ sections: [] }), 0, "single"), 0, "short_text");
    c = updateQuestion(c, { s: 0, q: 1 }, { showIf: { question: "q1", values: ["o1"] } });
    expect(contentProblems(c)).toEqual([]);
    // Moving the rule above its question makes publishing refuse it (the rule must point backwards).
    const moved = moveQuestion(c, { s: 0, q: 1 }, -1);
    expect(moved.sections[0]?.questions.map((q) => q.key)).toEqual(["q2", "q1"]);
    expect(contentProblems(moved)).toEqual([{ path: "q2", code: "skipRule" }]);
    expect(moveQuestion(c, { s: 0, q: 0 }, -1)).toEqual(c);
    const removed = removeQuestion(c, { s: 0, q: 0 });
    expect(removed.sections[0]?.questions).toEqual([expect.objectContaining({ key: "q2", showIf: null })]);
  });
});

describe("what a check points at", () => {
  it("names the title, a part, a question and a choice by number and text, never by key", () => {
    let c = addSection({ sections: [] });
    c = addQuestion(c, 0, "short_text");
    c = addQuestion(c, 0, "single");
    c = updateQuestion(c, { s: 0, q: 1 }, { text: { nl: "Woon je graag hier?" } });
    const [s] = c.sections;
    const [q1, q2] = s?.questions ?? [];
    const o2 = q2?.options?.[1]?.key;
    expect(describePath(c, "title")).toEqual({ kind: "title" });
    expect(describePath(c, `${s?.key}`)).toMatchObject({ kind: "section", n: 1 });
    expect(describePath(c, `${s?.key}.${q1?.key}`)).toMatchObject({ kind: "question", n: 1 });
    expect(describePath(c, `${s?.key}.${q2?.key}.${o2}`)).toEqual({ kind: "option", n: 2, question: { nl: "Woon je graag hier?" } });
    // The publish problems name the question alone.
    expect(describePath(c, `${q2?.key}`)).toMatchObject({ kind: "question", n: 2 });
    expect(describePath(c, "s9.q9")).toEqual({ kind: "unknown", path: "s9.q9" });
  });
});

describe("changing a question's type", () => {
  it("drops the choices of a question that is no longer a choice (no hidden text waits for a translation)", () => {
    let c = addQuestion(addSection({ sections: [] }), 0, "single");
    c = changeType(c, { s: 0, q: 0 }, "short_text");
    expect(c.sections[0]?.questions[0]).not.toHaveProperty("options");
    expect(missingTranslations({ nl: "T" }, c, ["nl"]).filter((m) => m.path.split(".").length === 3)).toEqual([]);
    c = changeType(c, { s: 0, q: 0 }, "multiple");
    expect(c.sections[0]?.questions[0]?.options).toHaveLength(2);
    c = updateQuestion(c, { s: 0, q: 0 }, { required: true });
    expect(changeType(c, { s: 0, q: 0 }, "photo").sections[0]?.questions[0]?.required).toBe(false);
  });
});
