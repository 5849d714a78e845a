/**
 * The transaction of one tenant request, shared by tenantProcedure (staff) and publicTenantProcedure (residents): the
 * sensitive-field guard around one transaction of the guarded client, a failed procedure result rolled back (and
 * still returned as the answer), and the after-commit hooks run once it committed, a failing one logged and not
 * turned into an error (the change is committed: the caller must not think nothing happened).
 */
import { appDb, openRequestTransaction, type Tx } from "../db/client";
import type { Rows } from "../db/request-connection";
import { logger } from "../logger";
import { type GuardState, guardedRequestDb, withSensitiveGuard } from "../sensitive/guard";

export interface RequestTx {
  /** The guarded Prisma client of this request: every query in the request's transaction. */
  tx: Tx;
  /**
   * A tagged SQL fragment straight to pg on the transaction's connection (no Prisma in between): the same transaction
   * and row-level security settings as tx, one statement after another with tx's (ADR 0039).
   */
  rows: Rows;
  guard: GuardState;
  /** Queues work for after the commit (ctx.afterCommit of the handlers). */
  afterCommit: (fn: () => Promise<void>) => void;
  /** Names the tenant once known, for the log of a failing after-commit hook. */
  setTenantId: (id: string) => void;
}

/**
 * Runs body in the request's transaction (ADR 0039: BEGIN and COMMIT on a pool connection of the application client,
 * Prisma's queries of the handler sent to that connection by the request client). A result that is not ok (the
 * handler threw) rolls the transaction back and is returned as it is; a thrown error rolls back and propagates. The
 * connection goes back to the pool only after a clean COMMIT or ROLLBACK; otherwise it is destroyed.
 */
export async function inRequestTransaction<R extends { ok: boolean }>(
  requestId: string | undefined,
  body: (r: RequestTx) => Promise<R>,
): Promise<R> {
  const hooks: (() => Promise<void>)[] = [];
  let tenantId: string | undefined;
  const db = appDb();
  const tx = guardedRequestDb(db);
  const conn = await openRequestTransaction(db);
  let result: R;
  try {
    result = await withSensitiveGuard((guard) =>
      conn.run(() =>
        body({
          tx,
          rows: conn.rows,
          guard,
          afterCommit: (fn) => {
            hooks.push(fn);
          },
          setTenantId: (id) => {
            tenantId = id;
          },
        }),
      ),
    );
  } catch (e) {
    await conn.rollback();
    throw e;
  }
  if (!result.ok) {
    await conn.rollback();
    return result;
  }
  await conn.commit();
  for (const fn of hooks) {
    try {
      await fn();
    } catch (err) {
      logger.error({ requestId, tenantId, err }, "after-commit hook failed");
    }
  }
  return result;
}
