import { describe, expect, it } from "vitest";
import { BUURTBEVRAGING } from "../../server/starter";
import { answersFromFields } from "./fields";

describe("answers from a posted public form", () => {
  it("reads one choice, several choices, numbers with a comma, texts as typed; leaves empty fields out", () => {
    const fields = {
      "q.area": "n1",
      "q.liking": "4",
      "q.years": "12,5",
      "q.missing.shop": "yes",
      "q.missing.bus": "yes",
      "q.lonely": "",
      "q.wish": "  Een bank  ",
      formToken: "x",
    };
    expect(answersFromFields(BUURTBEVRAGING, fields)).toEqual({
      area: "n1",
      liking: 4,
      years: 12.5,
      missing: ["shop", "bus"],
      wish: "  Een bank  ",
    });
  });

  it("keeps what is not a number as text, so the server names the question", () => {
    expect(answersFromFields(BUURTBEVRAGING, { "q.years": "twaalf" })).toEqual({ years: "twaalf" });
    expect(answersFromFields(BUURTBEVRAGING, { "q.years": "1e3" })).toEqual({ years: "1e3" });
  });
});
