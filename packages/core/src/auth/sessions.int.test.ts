import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { appDb, closeAppDb } from "../db/client";
import { ABSOLUTE_MS, createSession, IDLE_MS, revokeAllSessions, revokeSession, validateSession } from "./sessions";

async function newUser() {
  return appDb().user.create({ data: { email: `s-${randomUUID()}@test.demo` } });
}

afterAll(closeAppDb);

describe("server-side sessions", () => {
  it("accepts a fresh session and refuses unknown ids", async () => {
    const u = await newUser();
    const s = await createSession({ userId: u.id, method: "password" });
    const ok = await validateSession(s.id);
    expect(ok.ok && ok.user.userId).toBe(u.id);
    expect(await validateSession(randomUUID())).toEqual({ ok: false, reason: "unknown" });
    expect(await validateSession("not-a-uuid")).toEqual({ ok: false, reason: "unknown" });
  });

  it("ends after 30 minutes without activity, and activity keeps it alive", async () => {
    const u = await newUser();
    const t0 = new Date("2026-11-24T08:00:00Z");
    const s = await createSession({ userId: u.id, method: "email" }, t0);
    // Active at 25 minutes: still valid, and the activity moves the idle window.
    expect((await validateSession(s.id, new Date(t0.getTime() + 25 * 60_000))).ok).toBe(true);
    expect((await validateSession(s.id, new Date(t0.getTime() + 50 * 60_000))).ok).toBe(true);
    // 31 minutes after the last activity: gone, and it stays gone.
    expect(await validateSession(s.id, new Date(t0.getTime() + 50 * 60_000 + IDLE_MS + 60_000))).toEqual({ ok: false, reason: "idle" });
    expect((await validateSession(s.id, new Date(t0.getTime() + 52 * 60_000))).ok).toBe(false);
  });

  it("records activity at most once a minute, and an idle session is revoked in the database", async () => {
    const u = await newUser();
    const t0 = new Date("2026-11-24T09:00:00Z");
    const s = await createSession({ userId: u.id, method: "email" }, t0);
    const row = () => appDb().authSession.findUniqueOrThrow({ where: { id: s.id }, select: { lastSeenAt: true, revokedAt: true } });
    expect((await validateSession(s.id, new Date(t0.getTime() + 30_000))).ok).toBe(true);
    expect((await row()).lastSeenAt).toEqual(t0);
    const later = new Date(t0.getTime() + 90_000);
    expect((await validateSession(s.id, later)).ok).toBe(true);
    expect(await row()).toEqual({ lastSeenAt: later, revokedAt: null });
    const idleAt = new Date(later.getTime() + IDLE_MS + 1);
    expect(await validateSession(s.id, idleAt)).toEqual({ ok: false, reason: "idle" });
    expect(await row()).toEqual({ lastSeenAt: later, revokedAt: idleAt });
  });

  it("ends 12 hours after sign-in even when active", async () => {
    const u = await newUser();
    const t0 = new Date("2026-11-24T06:00:00Z");
    const s = await createSession({ userId: u.id, method: "password" }, t0);
    for (let m = 20; m < 12 * 60; m += 20) {
      expect((await validateSession(s.id, new Date(t0.getTime() + m * 60_000))).ok).toBe(true);
    }
    expect(await validateSession(s.id, new Date(t0.getTime() + ABSOLUTE_MS + 1000))).toEqual({ ok: false, reason: "expired" });
  });

  it("revokes one session, or every session of a user", async () => {
    const u = await newUser();
    const a = await createSession({ userId: u.id, method: "password" });
    const b = await createSession({ userId: u.id, method: "email" });
    const c = await createSession({ userId: u.id, method: "email" });
    await revokeSession(a.id);
    expect(await validateSession(a.id)).toEqual({ ok: false, reason: "revoked" });
    expect((await validateSession(b.id)).ok).toBe(true);
    expect(await revokeAllSessions(u.id)).toBe(2);
    expect((await validateSession(b.id)).ok).toBe(false);
    expect((await validateSession(c.id)).ok).toBe(false);
  });
});
