import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { env } from "../env";
import { serialTransactions } from "./serial-transactions";
import {
  createRequestClient,
  openRequestConnection,
  type RequestConnection,
  type Rows,
  type SharedAdapter,
  sharedAdapter,
} from "./request-connection";
import { type Sql, sql } from "./sql";

export type { Prisma } from "../generated/prisma/client";
export { PrismaClient };

/** A Prisma transaction client: what tenant-bound handlers receive. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/**
 * Settings of every connection of the app's pools, sent with the connection's start-up (no statement, no round trip).
 * synchronize_seqscans off: a sequential scan starts at the table's first page. With PostgreSQL's default (on), a scan
 * of a table over a quarter of shared_buffers starts where the last scan of it stopped, so a scan that stops early
 * (LIMIT, the capped count of people.list) began in another tenant's rows at random: the same count took 1 ms or 16 ms
 * (p95 16.4 against 1.6 ms, docs/performance.md, 2026-12-06). The setting only serves large scans running together.
 */
export const CONNECTION_OPTIONS = "-c synchronize_seqscans=off";

/** url with CONNECTION_OPTIONS added to its own `options` (which would otherwise override a pool option). */
export function withConnectionOptions(url: string): string {
  const u = new URL(url);
  const own = u.searchParams.get("options");
  u.searchParams.set("options", own ? `${own} ${CONNECTION_OPTIONS}` : CONNECTION_OPTIONS);
  return u.toString();
}

export function createPrisma(url: string, max = 10): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: withConnectionOptions(url),
    max,
    idleTimeoutMillis: 10_000,
    connectionTimeoutMillis: 5_000,
  });
  // A transaction's statements one after another on its connection (./serial-transactions.ts), and one pool shared
  // with the client's request client (./request-connection.ts, ADR 0039).
  const shared = sharedAdapter(serialTransactions(adapter));
  const client = new PrismaClient({ adapter: shared.factory });
  requestSides.set(client, { shared, client: null });
  return client;
}

// For each client of createPrisma (or registered by withRequestSide): its pool and its request client. Kept on
// globalThis, as the pool below: Next bundles this file into several server chunks (route handlers, pages, SSR), and
// appDb made by one copy must be known to the others.
type RequestSide = { shared: SharedAdapter; client: PrismaClient | null; extend?: (c: PrismaClient) => unknown };
const sides = globalThis as unknown as { __zorgzaamRequestSides?: WeakMap<object, RequestSide> };
sides.__zorgzaamRequestSides ??= new WeakMap();
const requestSides = sides.__zorgzaamRequestSides;

function requestSide(db: PrismaClient) {
  const side = requestSides.get(db);
  if (!side) throw new Error("A request transaction needs a client made by createPrisma (or withRequestSide)");
  return side;
}

/**
 * The request client of db (made once): the same database and pool, every query sent to the running request's
 * connection (openRequestTransaction, then conn.run). Used by the request path only (trpc/request-tx.ts).
 */
export function requestClientOf(db: PrismaClient): PrismaClient {
  const side = requestSide(db);
  if (!side.client) {
    const plain = createRequestClient(side.shared);
    side.client = (side.extend ? side.extend(plain) : plain) as PrismaClient;
  }
  return side.client;
}

/** Opens a request's transaction on db's pool (BEGIN on one of its connections); end it with commit or rollback. */
export function openRequestTransaction(db: PrismaClient, timeoutMs = DEFAULT_TX_TIMEOUT_MS): Promise<RequestConnection> {
  return openRequestConnection(requestSide(db).shared, timeoutMs);
}

/**
 * An extended client of base (`extend(base)`) whose request client is base's request client extended the same way
 * (benchmarks that swap appDb for an extended client).
 */
export function withRequestSide<C>(base: PrismaClient, extend: (c: PrismaClient) => C): C {
  const side = requestSide(base);
  const extended = extend(base);
  requestSides.set(extended as object, { shared: side.shared, client: null, extend: extend as (c: PrismaClient) => unknown });
  return extended;
}

// One pool per process, kept on globalThis so Next's hot reload does not open a new pool per edit.
const g = globalThis as unknown as { __zorgzaamAppDb?: PrismaClient };

/**
 * The application-role client. It owns no table and has no BYPASSRLS: outside withTenant/withUser it sees no
 * tenant-owned row at all.
 */
export function appDb(): PrismaClient {
  g.__zorgzaamAppDb ??= createPrisma(env().DATABASE_URL);
  return g.__zorgzaamAppDb;
}

export async function closeAppDb(): Promise<void> {
  const db = g.__zorgzaamAppDb;
  g.__zorgzaamAppDb = undefined;
  await db?.$disconnect();
}

export interface DbContext {
  tenantId?: string | null;
  userId?: string | null;
  /**
   * Longest the transaction may run before it is rolled back (default DEFAULT_TX_TIMEOUT_MS, what a request gets).
   * Long work such as an import of 10^5 rows asks for more.
   */
  timeoutMs?: number;
}

/** How long a tenant transaction may run by default (a request's transaction). */
export const DEFAULT_TX_TIMEOUT_MS = 20_000;

/**
 * Narrows the persons this transaction sees to those of the given neighbourhoods (row-level security on "Person" and
 * the person-reference trigger, ADR 0011); null means the whole tenant. Local to the transaction.
 */
export async function setPersonScope(tx: Tx, neighbourhoodIds: readonly string[] | null): Promise<void> {
  // An empty list would read as "the whole tenant"; a member with no neighbourhood left sees nobody instead.
  const value = neighbourhoodIds === null ? "" : neighbourhoodIds.length ? neighbourhoodIds.join(",") : NO_PERSON;
  await tx.$queryRaw`SELECT set_config('app.person_scope', ${value}, true)`;
}
/** A scope that matches no neighbourhood. */
const NO_PERSON = "00000000-0000-0000-0000-000000000000";

/** What one request's transaction needs before its handler runs: the tenant, the membership, the role overrides. */
export interface RequestContext {
  tenant: { id: string; slug: string; name: string; defaultLocale: string; enabledLocales: string[]; allowPassword: boolean };
  /** null: the user is no member of this tenant. */
  membership: {
    id: string;
    userId: string;
    roles: string[];
    organisationId: string | null;
    /** null: the whole tenant; otherwise the neighbourhoods the person scope was set to. */
    neighbourhoodIds: string[] | null;
  } | null;
  overrides: { role: string; permission: string; granted: boolean }[];
  /** The tenant's modules by id (rows of TenantModule); a module without a row was never switched on. */
  modules: Record<string, { enabled: boolean; settings: unknown }>;
}

/**
 * Binds the open transaction to the tenant with this slug and to the user, in one round trip (the database function
 * app_request_context, ADR 0014): sets app.tenant_id and app.user_id and, for a member limited to neighbourhoods (no
 * role in tenantWideRoles), app.person_scope; returns the tenant, the membership, the tenant's overrides of the
 * member's roles and the tenant's modules. null when no tenant has the slug. Always current: nothing is cached between
 * requests.
 */
export async function bindRequestContext(
  run: Tx | Rows,
  slug: string,
  userId: string,
  tenantWideRoles: readonly string[],
): Promise<RequestContext | null> {
  const rows = await rowsOf(run)<{ ctx: RequestContext | null }>(sql`
    SELECT app_request_context(${slug}, ${userId}::uuid, ${[...tenantWideRoles]}::text[]) AS ctx`);
  return rows[0]?.ctx ?? null;
}

/** A way to run a tagged fragment: a request's `rows` (straight to pg, ADR 0039) or a Prisma client's $queryRaw. */
export function rowsOf(run: Tx | Rows): Rows {
  return typeof run === "function" ? run : <T>(q: Sql) => run.$queryRaw<T[]>(q);
}

/**
 * Runs fn in one transaction where row-level security sees the given tenant (and user). The settings are local to
 * the transaction, so they never leak to the next query on a pooled connection.
 */
export async function withDbContext<T>(ctx: DbContext, fn: (tx: Tx) => Promise<T>, db: PrismaClient = appDb()): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('app.tenant_id', ${ctx.tenantId ?? ""}, true), set_config('app.user_id', ${ctx.userId ?? ""}, true)`;
      return fn(tx);
    },
    { maxWait: 5_000, timeout: ctx.timeoutMs ?? DEFAULT_TX_TIMEOUT_MS },
  );
}

export function withTenant<T>(tenantId: string, userId: string | null, fn: (tx: Tx) => Promise<T>, db?: PrismaClient) {
  return withDbContext({ tenantId, userId }, fn, db);
}
