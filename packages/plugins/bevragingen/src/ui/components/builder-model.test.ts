import { describe, expect, it } from "vitest";
import { contentProblems } from "../../logic";
import { addOption, addQuestion, addSection, moveQuestion, removeQuestion, updateQuestion } from "./builder-model";

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
