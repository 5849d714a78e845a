import { AsyncLocalStorage } from "node:async_hooks";
import type { PrismaPg } from "@prisma/adapter-pg";
import type { PoolClient } from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { forward, MARK_RELEASED, RUN_ON_CONNECTION, type RunOnConnection } from "./serial-transactions";
import type { Sql } from "./sql";

type Factory = PrismaPg;
type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

/** Runs a tagged SQL fragment and returns its rows (see RequestConnection.rows). */
export type Rows = <T>(query: Sql) => Promise<T[]>;

/**
 * The transaction of one request, opened by us on a connection of the application pool (ADR 0039) rather than by
 * Prisma's `$transaction`: BEGIN when it opens, COMMIT or ROLLBACK when it ends, and in between two ways to send a
 * statement, both in the same transaction, one after another on its one connection:
 *
 * - `rows(sql\`…\`)`: straight to pg (a parameterised query; the values are bound, never spliced), for the request's
 *   fixed statements (the session and request context) and the hot list queries written as SQL;
 * - the request client (`requestClient(appDb())`): a Prisma client with no connection of its own, whose every query,
 *   inside `conn.run(fn)`, goes to this connection. Prisma's own nested transactions (a write with nested writes)
 *   become savepoints.
 *
 * A transaction that ran longer than its timeout is rolled back at once (after the statement running) and refuses
 * every later statement and the commit. Any failure to end cleanly destroys the connection instead of returning it to
 * the pool: no connection goes back with settings or an open transaction.
 */
export class RequestConnection {
  /** Why it no longer takes statements (null while open). */
  private closed: "committed" | "rolled back" | "timed out" | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor(
    /** The shared adapter this connection came from: a request client of another database refuses it. */
    readonly owner: object,
    private readonly tx: Transaction,
    timeoutMs: number,
  ) {
    this.timer = setTimeout(() => {
      if (this.closed) return;
      this.closed = "timed out";
      void this.finish("ROLLBACK");
    }, timeoutMs);
    this.timer.unref();
  }

  /** Runs fn with this connection as the one the request client's queries go to (in fn and what it awaits). */
  run<T>(fn: () => Promise<T>): Promise<T> {
    // Awaited inside: a Prisma query is lazy (it starts when awaited), so a query handed back unawaited still runs here.
    return current.run(this, async () => await fn());
  }

  /** A tagged fragment straight to pg on this connection, in its turn: rows as pg gives them (bigint as text). */
  rows: Rows = async <T>(query: Sql): Promise<T[]> => {
    this.assertOpen();
    const r = await this.onConnection((c) => c.query({ text: query.text, values: query.values as unknown[] }));
    return r.rows as T[];
  };

  /** The request client's statements (Prisma's adapter interface), in their turn on this connection. */
  queryRaw(query: Query) {
    this.assertOpen();
    return this.tx.queryRaw(query);
  }

  executeRaw(query: Query) {
    this.assertOpen();
    return this.tx.executeRaw(query);
  }

  /**
   * A transaction Prisma opens inside the request's (a nested write): a savepoint, released or rolled back to. One
   * constant name serves every depth (PostgreSQL releases and rolls back to the newest savepoint of a name).
   */
  async nested(): Promise<Transaction> {
    this.assertOpen();
    const simple = (text: "SAVEPOINT request_nested" | "RELEASE SAVEPOINT request_nested" | "ROLLBACK TO SAVEPOINT request_nested") =>
      this.onConnection((c) => c.query(text)).then(() => {});
    await simple("SAVEPOINT request_nested");
    const nested: Transaction = {
      provider: this.tx.provider,
      adapterName: this.tx.adapterName,
      // Prisma sends no BEGIN or COMMIT of its own for it: commit and rollback below are the whole of it.
      options: { usePhantomQuery: true },
      queryRaw: (q) => this.queryRaw(q),
      executeRaw: (q) => this.executeRaw(q),
      commit: () => simple("RELEASE SAVEPOINT request_nested"),
      rollback: () => simple("ROLLBACK TO SAVEPOINT request_nested").then(() => simple("RELEASE SAVEPOINT request_nested")),
    };
    return nested;
  }

  /** Commits; a transaction that timed out or ended is refused (and rolled back). */
  async commit(): Promise<void> {
    this.assertOpen();
    this.closed = "committed";
    clearTimeout(this.timer);
    await this.finish("COMMIT", true);
  }

  /** Rolls back (nothing to do once it ended). Never throws: a connection that cannot roll back is destroyed. */
  async rollback(): Promise<void> {
    clearTimeout(this.timer);
    if (this.closed) return;
    this.closed = "rolled back";
    await this.finish("ROLLBACK");
  }

  /** Whether the transaction ended (committed, rolled back or timed out). */
  get ended(): boolean {
    return this.closed !== null;
  }

  private assertOpen() {
    if (this.closed) throw new Error(`The request's transaction is ${this.closed}: no more statements can run in it`);
  }

  private onConnection<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    return (this.tx as unknown as Record<typeof RUN_ON_CONNECTION, RunOnConnection>)[RUN_ON_CONNECTION](fn);
  }

  /** Ends the transaction on the connection and hands the connection back; destroys it when that failed. */
  private async finish(statement: "COMMIT" | "ROLLBACK", rethrow = false): Promise<void> {
    let failed: unknown = null;
    await this.onConnection(async (c) => {
      try {
        await c.query(statement);
      } catch (err) {
        failed = err;
        // A failed COMMIT ended the transaction; try to make sure of it, and do not reuse the connection either way.
        await c.query("ROLLBACK").catch(() => {});
      }
      // Before the release: whatever is still queued on this transaction (a nested write's savepoint end after a
      // timeout) fails instead of running on a connection the pool may have given to another request.
      (this.tx as unknown as Record<typeof MARK_RELEASED, () => void>)[MARK_RELEASED]();
      releaseConnection(c, this.tx, failed);
    });
    if (failed && rethrow) throw failed;
  }
}

/** Hands the connection back to the pool, or destroys it (pg: release(err)) when its transaction did not end cleanly. */
function releaseConnection(client: PoolClient, tx: Transaction, failed: unknown) {
  // The adapter's listener for connection errors (PgTransaction's cleanup), removed as its commit() would.
  (tx as unknown as { cleanup?: () => void }).cleanup?.();
  client.release(failed ? (failed instanceof Error ? failed : new Error(String(failed))) : undefined);
}

// One per process (on globalThis): Next bundles this file into several server chunks, and the request client made by
// one copy must find the connection of a request opened by another.
const stores = globalThis as unknown as { __zorgzaamRequestConnection?: AsyncLocalStorage<RequestConnection> };
stores.__zorgzaamRequestConnection ??= new AsyncLocalStorage<RequestConnection>();
const current = stores.__zorgzaamRequestConnection;

/** The adapter a client of createPrisma shares with its request client: one pool, connected once, disposed once. */
export interface SharedAdapter {
  factory: Factory;
  adapter: () => Promise<Adapter>;
}

export function sharedAdapter(inner: Factory): SharedAdapter {
  let connected: Promise<Adapter> | null = null;
  let disposed: Promise<void> | null = null;
  const adapter = () => {
    connected ??= inner.connect().then((a) =>
      forward(a, {
        // Both clients dispose of it on $disconnect; the pool ends once.
        dispose: () => {
          disposed ??= a.dispose();
          return disposed;
        },
      }),
    );
    return connected;
  };
  return { factory: forward(inner, { connect: adapter }), adapter };
}

/**
 * Opens a request's transaction: a connection of the shared pool, BEGIN (the adapter's startTransaction, its
 * statements kept in order by serialTransactions).
 */
export async function openRequestConnection(shared: SharedAdapter, timeoutMs: number): Promise<RequestConnection> {
  const adapter = await shared.adapter();
  const tx = await adapter.startTransaction();
  return new RequestConnection(shared, tx, timeoutMs);
}

/** The request connection of the running request, or an error naming the mistake. */
function connectionFor(owner: SharedAdapter): RequestConnection {
  const conn = current.getStore();
  if (!conn) throw new Error("The request client runs only inside a request's transaction (RequestConnection.run)");
  if (conn.owner !== owner) throw new Error("The request client belongs to another database than the request's transaction");
  return conn;
}

/**
 * A Prisma client with no connection of its own: each query goes to the running request's connection (or fails
 * outside one). Built once per shared adapter.
 */
export function createRequestClient(shared: SharedAdapter): PrismaClient {
  const factory = {
    provider: shared.factory.provider,
    adapterName: shared.factory.adapterName,
    connect: async () => {
      const real = await shared.adapter();
      return {
        provider: real.provider,
        adapterName: real.adapterName,
        queryRaw: async (q: Query) => connectionFor(shared).queryRaw(q),
        executeRaw: async (q: Query) => connectionFor(shared).executeRaw(q),
        startTransaction: async () => connectionFor(shared).nested(),
        executeScript: async () => {
          throw new Error("The request client runs no scripts");
        },
        getConnectionInfo: () => real.getConnectionInfo(),
        // The pool is the shared adapter's: the application client ends it.
        dispose: async () => {},
      } satisfies Pick<
        Adapter,
        "provider" | "adapterName" | "queryRaw" | "executeRaw" | "startTransaction" | "executeScript" | "getConnectionInfo" | "dispose"
      >;
    },
  };
  return new PrismaClient({ adapter: factory as unknown as Factory });
}
