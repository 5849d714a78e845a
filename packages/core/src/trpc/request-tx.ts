/**
 * The transaction of one tenant request, shared by tenantProcedure (staff) and publicTenantProcedure (residents): the
 * sensitive-field guard around one transaction of the guarded client, a failed procedure result rolled back (and
 * still returned as the answer), and the after-commit hooks run once it committed, a failing one logged and not
 * turned into an error (the change is committed: the caller must not think nothing happened).
 */
import { DEFAULT_TX_TIMEOUT_MS, type Tx } from "../db/client";
import { logger } from "../logger";
import { type GuardState, guardedAppDb, withSensitiveGuard } from "../sensitive/guard";

/** Signals a failed procedure result so the transaction rolls back. */
class Rollback extends Error {
  constructor(public readonly result: unknown) {
    super("rollback");
  }
}

export interface RequestTx {
  tx: Tx;
  guard: GuardState;
  /** Queues work for after the commit (ctx.afterCommit of the handlers). */
  afterCommit: (fn: () => Promise<void>) => void;
  /** Names the tenant once known, for the log of a failing after-commit hook. */
  setTenantId: (id: string) => void;
}

/**
 * Runs body in the request's transaction. A result that is not ok (the handler threw) rolls the transaction back and
 * is returned as it is; a thrown error rolls back and propagates.
 */
export async function inRequestTransaction<R extends { ok: boolean }>(
  requestId: string | undefined,
  body: (r: RequestTx) => Promise<R>,
): Promise<R> {
  const hooks: (() => Promise<void>)[] = [];
  let tenantId: string | undefined;
  let result: R;
  try {
    result = await withSensitiveGuard((guard) =>
      guardedAppDb().$transaction(
        async (tx) => {
          const r = await body({
            tx,
            guard,
            afterCommit: (fn) => {
              hooks.push(fn);
            },
            setTenantId: (id) => {
              tenantId = id;
            },
          });
          if (!r.ok) throw new Rollback(r);
          return r;
        },
        { maxWait: 5_000, timeout: DEFAULT_TX_TIMEOUT_MS },
      ),
    );
  } catch (e) {
    if (e instanceof Rollback) return e.result as R;
    throw e;
  }
  for (const fn of hooks) {
    try {
      await fn();
    } catch (err) {
      logger.error({ requestId, tenantId, err }, "after-commit hook failed");
    }
  }
  return result;
}
