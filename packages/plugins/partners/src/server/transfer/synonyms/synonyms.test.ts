import { describe, expect, it } from "vitest";
import { DEFAULT_SECTORS } from "../../../domain";
import { contradictions, KIND_WORDS, MISSING_WORDS, SECTOR_WORDS, STATUS_WORDS, SYNONYMS } from "./index";

describe("import synonyms per language", () => {
  it("never give one word two meanings, and name only default sectors", () => {
    expect(contradictions()).toEqual([]);
    const keys = new Set(DEFAULT_SECTORS.map((s) => s.key));
    for (const list of Object.values(SYNONYMS)) for (const k of Object.keys(list.sectors)) expect(keys.has(k), k).toBe(true);
    for (const w of MISSING_WORDS) expect(KIND_WORDS.has(w), w).toBe(false);
  });

  it("know the words of the issue in each language", () => {
    expect(KIND_WORDS.get("handelaar")).toBe("business");
    expect(KIND_WORDS.get("winkel")).toBe("business");
    expect(KIND_WORDS.get("commerce")).toBe("business");
    expect(KIND_WORDS.get("shop")).toBe("business");
    expect(SECTOR_WORDS.get("handelaar")).toBe("shops");
    expect(SECTOR_WORDS.get("commerce")).toBe("shops");
    expect(SECTOR_WORDS.get("shop")).toBe("shops");
    expect(STATUS_WORDS.get("en sommeil")).toBe("dormant");
    expect(MISSING_WORDS.has("ontbrekende plek")).toBe(true);
    expect(MISSING_WORDS.has("lieu manquant")).toBe(true);
  });
});
