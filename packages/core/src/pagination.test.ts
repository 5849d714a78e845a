import { describe, expect, it } from "vitest";
import { MAX_PAGE, pageCount, pageInput, pageOffset, pageParam, pageResult } from "./pagination";

describe("pages of a list", () => {
  it("default to the first page of 25 and refuse what is out of range", () => {
    expect(pageInput.parse({})).toEqual({ page: 1, pageSize: 25 });
    expect(pageInput.safeParse({ page: 0 }).success).toBe(false);
    expect(pageInput.safeParse({ pageSize: 201 }).success).toBe(false);
  });

  it("give the offset, the count of pages (at least one) and the answer", () => {
    expect(pageOffset({ page: 3, pageSize: 10 })).toBe(20);
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(51, 25)).toBe(3);
    expect(pageResult(["a"], 26, { page: 2, pageSize: 25 })).toEqual({ items: ["a"], total: 26, page: 2, pageSize: 25, pages: 2 });
  });

  it("read the page number from the query string, page 1 for anything else", () => {
    expect(pageParam("4")).toBe(4);
    for (const v of [undefined, "", "0", "-1", "1.5", "x", String(MAX_PAGE + 1)]) expect(pageParam(v), String(v)).toBe(1);
  });
});
