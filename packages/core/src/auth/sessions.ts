import { appDb } from "../db/client";
import { sql } from "../db/sql";
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

interface SessionRow {
  id: string;
  method: string;
  revokedAt: Date | null;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  email: string;
  isOperator: boolean;
}

/**
 * Checks a session id from the signed cookie against the server-side row, and records activity, in one statement (one
 * round trip on every signed-in request): the row and its user as they were, and in the same statement the write the
 * row needs, if any: revoked when idle too long, lastSeenAt moved when it is older than a minute. Nothing is cached:
 * a revoked, idle or expired session is refused on its next request, in every process.
 */
export async function validateSession(sessionId: string, now = new Date()): Promise<SessionCheck> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(sessionId)) return { ok: false, reason: "unknown" };
  const idle = sql`${now}::timestamptz - s."lastSeenAt" > ${IDLE_MS} * interval '1 millisecond'`;
  const rows = await appDb().$queryRaw<SessionRow[]>(sql`
    WITH s AS (
      SELECT a."id", a."method", a."revokedAt", a."expiresAt", a."lastSeenAt", u."id" AS "userId", u."email", u."isOperator"
      FROM "AuthSession" a JOIN "User" u ON u."id" = a."userId"
      WHERE a."id" = ${sessionId}::uuid
    ), touched AS (
      UPDATE "AuthSession" a
      SET "revokedAt" = CASE WHEN ${idle} THEN ${now}::timestamptz ELSE a."revokedAt" END,
          "lastSeenAt" = CASE WHEN ${idle} THEN a."lastSeenAt" ELSE ${now}::timestamptz END
      FROM s
      WHERE a."id" = s."id" AND s."revokedAt" IS NULL AND s."expiresAt" > ${now}::timestamptz
        AND ${now}::timestamptz - s."lastSeenAt" > ${TOUCH_EVERY_MS} * interval '1 millisecond'
    )
    SELECT * FROM s`);
  const s = rows[0];
  if (!s) return { ok: false, reason: "unknown" };
  if (s.revokedAt) return { ok: false, reason: "revoked" };
  if (s.expiresAt <= now) return { ok: false, reason: "expired" };
  if (now.getTime() - s.lastSeenAt.getTime() > IDLE_MS) return { ok: false, reason: "idle" };
  return { ok: true, user: { userId: s.userId, sessionId: s.id, email: s.email, isOperator: s.isOperator, method: s.method } };
}

export async function revokeSession(sessionId: string): Promise<void> {
  await appDb().authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function revokeAllSessions(userId: string): Promise<number> {
  const r = await appDb().authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return r.count;
}
