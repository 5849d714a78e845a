import type { PrismaPg } from "@prisma/adapter-pg";
import type { PoolClient } from "pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** The operations of a transaction that use its connection (commit and rollback hand the connection back). */
const USES_CONNECTION = new Set([
  "queryRaw",
  "executeRaw",
  "createSavepoint",
  "rollbackToSavepoint",
  "releaseSavepoint",
  "commit",
  "rollback",
]);

/**
 * The pg adapter, with the statements of each interactive transaction sent one after another.
 *
 * A transaction is one pg connection. Prisma's query interpreter reads the relations of an `include` side by side
 * (one Promise.all per level), so a single `tx.tenant.findMany({ include: { a, b, c } })` in a transaction sends three
 * queries at once on that connection: pg queues them, warns "Calling client.query() when the client is already
 * executing a query" and will throw in pg 9 (prisma/orm#29407, fix not released). Application code cannot avoid it,
 * so every transaction the adapter opens queues its statements here instead: nothing is slower (the connection runs
 * one statement at a time either way), and pg never sees two at once. Queries outside a transaction go to the pool,
 * one connection each, untouched. Our own code runs a transaction's queries one after another too (no Promise.all on
 * a tx, checked by src/db/no-parallel-tx.test.ts); the integration tests fail on the pg warning (test/setup-env.ts).
 */
export function serialTransactions(factory: PrismaPg): PrismaPg {
  return forward(factory, {
    connect: async () => {
      const adapter = await factory.connect();
      return forward(adapter, {
        startTransaction: async (...args: Parameters<Adapter["startTransaction"]>) => serial(await adapter.startTransaction(...args)),
      });
    },
  });
}

/**
 * On a transaction this adapter opened: runs fn in the transaction's queue (after every operation sent before it, and
 * before any sent after it) with the transaction's own pg connection. How a request sends its fixed statements
 * straight to pg (./request-connection.ts) without two statements ever meeting on the connection.
 */
// Symbol.for: Next bundles this file into several server chunks (route handlers, pages, SSR); a transaction made by one
// copy must answer the symbols of another.
export const RUN_ON_CONNECTION: unique symbol = Symbol.for("zorgzaam.db.runOnConnection");
export type RunOnConnection = <T>(fn: (client: PoolClient) => Promise<T>) => Promise<T>;

/**
 * On such a transaction: marks its connection as handed back to the pool (./request-connection.ts, which releases it
 * itself). From then on every operation still queued or sent later fails instead of running: the pool may already
 * have given the connection to another request.
 */
export const MARK_RELEASED: unique symbol = Symbol.for("zorgzaam.db.markReleased");

/** The transaction with each operation on its connection started after the previous one has settled. */
function serial(tx: Transaction): Transaction {
  let last: Promise<unknown> = Promise.resolve();
  let released = false;
  // Checked when the operation's turn comes, not when it is queued: an operation queued before the release runs on
  // nothing after it.
  const inTurn = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = last.then(() => {
      if (released) throw new Error("This transaction's connection went back to the pool: no statement can run on it");
      return fn();
    });
    last = run.catch(() => {});
    return run;
  };
  const runOnConnection: RunOnConnection = (fn) => inTurn(() => fn((tx as unknown as { client: PoolClient }).client));
  const markReleased = () => {
    released = true;
  };
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === RUN_ON_CONNECTION) return runOnConnection;
      if (prop === MARK_RELEASED) return markReleased;
      const value = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      if (typeof prop !== "string" || !USES_CONNECTION.has(prop)) return value.bind(target);
      // Prisma's commit and rollback of a transaction hand its connection back (the pg adapter's PgTransaction).
      if (prop === "commit" || prop === "rollback")
        return (...args: unknown[]) => inTurn(() => (value.apply(target, args) as Promise<unknown>).finally(markReleased));
      return (...args: unknown[]) => inTurn(() => value.apply(target, args) as Promise<unknown>);
    },
  });
}

/** The object with some methods replaced; everything else read from (and methods bound to) the original. */
export function forward<T extends object>(target: T, replaced: Record<string, unknown>): T {
  return new Proxy(target, {
    get(t, prop) {
      if (typeof prop === "string" && Object.hasOwn(replaced, prop)) return replaced[prop];
      const value = Reflect.get(t, prop, t);
      return typeof value === "function" ? value.bind(t) : value;
    },
  });
}
