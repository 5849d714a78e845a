import { describe, expect, it } from "vitest";
import { BUURTBEVRAGING } from "../../server/starter";
import { questionsOf } from "../../survey";
import { readPaperAnswer } from "./paper-parse";

const q = (key: string) => {
  const found = questionsOf(BUURTBEVRAGING).find((x) => x.key === key);
  if (!found) throw new Error(key);
  return found;
};
const nbs = [{ id: "n1" }, { id: "n2" }];

describe("reading a typed paper answer", () => {
  it("reads choices by number, several at once, and refuses a number outside the list", () => {
    expect(readPaperAnswer(q("lonely"), "2", nbs)).toEqual({ value: "no" });
    expect(readPaperAnswer(q("lonely"), "3", nbs)).toEqual({ problem: { code: "pick", max: 2 } });
    expect(readPaperAnswer(q("lonely"), "1 2", nbs)).toEqual({ problem: { code: "pick", max: 2 } });
    expect(readPaperAnswer(q("missing"), "1, 3 3", nbs)).toEqual({ value: ["shop", "green"] });
    expect(readPaperAnswer(q("area"), "2", nbs)).toEqual({ value: "n2" });
    expect(readPaperAnswer(q("area"), "x", nbs)).toEqual({ problem: { code: "pick", max: 2 } });
  });

  it("reads scales and numbers, dates as written in Belgium, texts as typed, and empty as no answer", () => {
    expect(readPaperAnswer(q("liking"), "4", nbs)).toEqual({ value: 4 });
    expect(readPaperAnswer(q("liking"), "6", nbs)).toEqual({ problem: { code: "pick", max: 5 } });
    expect(readPaperAnswer(q("years"), "12,5", nbs)).toEqual({ value: 12.5 });
    expect(readPaperAnswer(q("years"), "twaalf", nbs)).toEqual({ problem: { code: "number" } });
    expect(readPaperAnswer({ key: "d", type: "date", text: {}, required: false }, "5/12/2026", nbs)).toEqual({ value: "2026-12-05" });
    expect(readPaperAnswer({ key: "d", type: "date", text: {}, required: false }, "31/02/2026x", nbs)).toEqual({
      problem: { code: "date" },
    });
    expect(readPaperAnswer(q("wish"), " Een bank ", nbs)).toEqual({ value: " Een bank " });
    expect(readPaperAnswer(q("wish"), "  ", nbs)).toEqual({ value: undefined });
  });
});
