import { appDb, type RequestContext, rowsOf, type Tx } from "../db/client";
import type { Rows } from "../db/request-connection";
import { type Sql, sql } from "../db/sql";
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

/** A session row with its user, as read on a request (before any write of that request). */
export interface SessionRow {
  id: string;
  method: string;
  revokedAt: Date | null;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  email: string;
  isOperator: boolean;
}

const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a session id from a cookie can name a row at all (checked before it reaches the database). */
export function isSessionId(sessionId: string): boolean {
  return SESSION_ID.test(sessionId);
}

/** The row of the session and its user (alias s), for one statement: the columns of SessionRow. */
export function sessionRowSql(sessionId: string): Sql {
  return sql`
      SELECT a."id", a."method", a."revokedAt", a."expiresAt", a."lastSeenAt", u."id" AS "userId", u."email", u."isOperator"
      FROM "AuthSession" a JOIN "User" u ON u."id" = a."userId"
      WHERE a."id" = ${sessionId}::uuid`;
}

/** The verdict on a session row as read at `now` (undefined: no such session). */
export function sessionVerdict(s: SessionRow | undefined, now: Date): SessionCheck {
  if (!s) return { ok: false, reason: "unknown" };
  if (s.revokedAt) return { ok: false, reason: "revoked" };
  if (s.expiresAt <= now) return { ok: false, reason: "expired" };
  if (now.getTime() - s.lastSeenAt.getTime() > IDLE_MS) return { ok: false, reason: "idle" };
  return { ok: true, user: { userId: s.userId, sessionId: s.id, email: s.email, isOperator: s.isOperator, method: s.method } };
}

/**
 * Whether the request must write to the session row: a live session whose activity was recorded more than a minute
 * ago (lastSeenAt moves; or, when idle too long, revokedAt is set). The same rule as the UPDATE of sessionWriteSql.
 */
export function sessionNeedsWrite(s: SessionRow | undefined, now: Date): boolean {
  return Boolean(s && !s.revokedAt && s.expiresAt > now && now.getTime() - s.lastSeenAt.getTime() > TOUCH_EVERY_MS);
}

/** The write a request makes to its session row (alias s: the row as read): revoked when idle, else lastSeenAt moved. */
function sessionWriteSql(now: Date): Sql {
  const idle = sql`${now}::timestamptz - s."lastSeenAt" > ${IDLE_MS} * interval '1 millisecond'`;
  return sql`
      UPDATE "AuthSession" a
      SET "revokedAt" = CASE WHEN ${idle} THEN ${now}::timestamptz ELSE a."revokedAt" END,
          "lastSeenAt" = CASE WHEN ${idle} THEN a."lastSeenAt" ELSE ${now}::timestamptz END
      FROM s
      WHERE a."id" = s."id" AND s."revokedAt" IS NULL AND s."expiresAt" > ${now}::timestamptz
        AND ${now}::timestamptz - s."lastSeenAt" > ${TOUCH_EVERY_MS} * interval '1 millisecond'`;
}

/**
 * Checks a session id from the signed cookie against the server-side row, and records activity, in one statement (one
 * round trip on every signed-in request): the row and its user as they were, and in the same statement the write the
 * row needs, if any: revoked when idle too long, lastSeenAt moved when it is older than a minute. Nothing is cached:
 * a revoked, idle or expired session is refused on its next request, in every process. (A tenant procedure called
 * over HTTP checks its session in the first statement of its transaction instead: checkSessionInTransaction.)
 */
export async function validateSession(sessionId: string, now = new Date()): Promise<SessionCheck> {
  if (!isSessionId(sessionId)) return { ok: false, reason: "unknown" };
  const rows = await appDb().$queryRaw<SessionRow[]>(sql`
    WITH s AS (${sessionRowSql(sessionId)}
    ), touched AS (${sessionWriteSql(now)}
    )
    SELECT * FROM s`);
  return sessionVerdict(rows[0], now);
}

/**
 * The activity write of a session, on its own (the rule of validateSession's write, on the row as it is now): a tenant
 * procedure called over HTTP checks its session inside its transaction and makes this write after the transaction
 * ended, committed or not, so that a failing request still counts as activity and an idle session is still revoked.
 */
export async function recordSessionActivity(sessionId: string, now: Date): Promise<void> {
  await appDb().$executeRaw(sql`
    WITH s AS (${sessionRowSql(sessionId)}
    )${sessionWriteSql(now)}`);
}

export async function revokeSession(sessionId: string): Promise<void> {
  await appDb().authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function revokeAllSessions(userId: string): Promise<number> {
  const r = await appDb().authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return r.count;
}

/**
 * The first statement of a tenant request's transaction when its session is still to be checked (a tenant procedure
 * called over HTTP, ADR 0037): the session row with its user, and for that user, in the same statement,
 * app_request_context (ADR 0014: the tenant, the settings of row-level security, the membership). The verdict is
 * validateSession's (sessionVerdict); the caller refuses the request on a failed one before anything else runs in the
 * transaction, so the settings made for a dead session are rolled back unused. `needsWrite`: the activity write
 * (recordSessionActivity) is due, to be made once the transaction ended.
 */
export async function checkSessionInTransaction(
  run: Tx | Rows,
  sessionId: string,
  slug: string,
  tenantWideRoles: readonly string[],
  now: Date,
): Promise<{ check: SessionCheck; context: RequestContext | null; needsWrite: boolean }> {
  if (!isSessionId(sessionId)) return { check: { ok: false, reason: "unknown" }, context: null, needsWrite: false };
  const rows = await rowsOf(run)<SessionRow & { ctx: RequestContext | null }>(sql`
    SELECT s.*, app_request_context(${slug}, s."userId", ${[...tenantWideRoles]}::text[]) AS "ctx"
    FROM (${sessionRowSql(sessionId)}) s`);
  const row = rows[0];
  return { check: sessionVerdict(row, now), context: row?.ctx ?? null, needsWrite: sessionNeedsWrite(row, now) };
}
