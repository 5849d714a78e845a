import { describe, expect, it } from "vitest";
import { matchModulePage } from "./module-pages";

const pages = { "": "start", sessions: "list", "sessions/new": "new", "sessions/[id]": "room", "sessions/[id]/report": "report" };

describe("matchModulePage", () => {
  it("matches the start page, static paths before parameters, and parameters", () => {
    expect(matchModulePage(pages, [])?.page).toBe("start");
    expect(matchModulePage(pages, ["sessions"])?.page).toBe("list");
    expect(matchModulePage(pages, ["sessions", "new"])?.page).toBe("new");
    expect(matchModulePage(pages, ["sessions", "abc"])).toMatchObject({ page: "room", params: { id: "abc" } });
    expect(matchModulePage(pages, ["sessions", "abc", "report"])).toMatchObject({ page: "report", params: { id: "abc" } });
  });
  it("answers null for unknown paths", () => {
    expect(matchModulePage(pages, ["nope"])).toBeNull();
    expect(matchModulePage(pages, ["sessions", "abc", "other"])).toBeNull();
  });
});
