import { describe, expect, it } from "vitest";
import { brusselsDay, dayAsDate, isOverdue } from "./dates";

describe("dates", () => {
  it("counts days in Brussels, not in UTC", () => {
    // 23:30 UTC on 31 March is already 1 April in Brussels (summer time, UTC+2).
    expect(brusselsDay(new Date("2026-03-31T23:30:00Z"))).toBe("2026-04-01");
    expect(brusselsDay(new Date("2026-01-10T22:59:00Z"))).toBe("2026-01-10");
  });

  it("flags open action points whose due day has passed", () => {
    const now = new Date("2026-06-10T08:00:00Z");
    expect(isOverdue({ status: "open", dueDate: dayAsDate("2026-06-09") }, now)).toBe(true);
    expect(isOverdue({ status: "in_progress", dueDate: dayAsDate("2026-06-09") }, now)).toBe(true);
    expect(isOverdue({ status: "open", dueDate: dayAsDate("2026-06-10") }, now)).toBe(false);
    expect(isOverdue({ status: "done", dueDate: dayAsDate("2026-06-01") }, now)).toBe(false);
    expect(isOverdue({ status: "dropped", dueDate: dayAsDate("2026-06-01") }, now)).toBe(false);
    expect(isOverdue({ status: "open", dueDate: null }, now)).toBe(false);
  });
});
