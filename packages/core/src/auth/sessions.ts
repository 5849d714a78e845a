import { appDb } from "../db/client";
import type { SessionUser } from "../trpc/context";

/** Staff sessions end after 30 minutes without activity and 12 hours after sign-in, whatever happens. */
export const IDLE_MS = 30 * 60_000;
export const ABSOLUTE_MS = 12 * 3_600_000;
/** lastSeenAt is written at most once a minute, so browsing does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(
  input: { userId: string; method: string; ip?: string | null; userAgent?: string | null },
  now = new Date(),
) {
  return appDb().authSession.create({
    data: {
      userId: input.userId,
      method: input.method,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ABSOLUTE_MS),
    },
    select: { id: true },
  });
}

export type SessionCheck = { ok: true; user: SessionUser } | { ok: false; reason: "unknown" | "revoked" | "idle" | "expired" };

/** Checks a session id from the signed cookie against the server-side row, and records activity. */
export async function validateSession(sessionId: string, now = new Date()): Promise<SessionCheck> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return { ok: false, reason: "unknown" };
  const db = appDb();
  const s = await db.authSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      method: true,
      revokedAt: true,
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, email: true, isOperator: true } },
    },
  });
  if (!s) return { ok: false, reason: "unknown" };
  if (s.revokedAt) return { ok: false, reason: "revoked" };
  if (s.expiresAt <= now) return { ok: false, reason: "expired" };
  if (now.getTime() - s.lastSeenAt.getTime() > IDLE_MS) {
    await db.authSession.update({ where: { id: s.id }, data: { revokedAt: now } });
    return { ok: false, reason: "idle" };
  }
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.authSession.update({ where: { id: s.id }, data: { lastSeenAt: now } });
  }
  return { ok: true, user: { userId: s.user.id, sessionId: s.id, email: s.user.email, isOperator: s.user.isOperator, method: s.method } };
}

export async function revokeSession(sessionId: string): Promise<void> {
  await appDb().authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function revokeAllSessions(userId: string): Promise<number> {
  const r = await appDb().authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return r.count;
}
