import { checkSessionInTransaction, recordSessionActivity } from "../auth/sessions";
import { bindRequestContext, type RequestContext, type Tx } from "../db/client";
import type { Rows } from "../db/request-connection";
import { logger } from "../logger";
import { isPersonScopeViolation } from "../people/scope";
import { appError } from "./errors";
import { writeAudit, type AuditInput } from "../audit";
import { type Enqueue, outboxEnqueuer } from "../jobs/outbox";
import { corePermission, type PermissionKey } from "../permissions/registry";
import { installedPlatform } from "../platform/installed";
import { TENANT_WIDE_ROLES } from "../permissions/roles";
import type { SessionUser } from "./context";
import { baseProcedure } from "./init";
import { inRequestTransaction } from "./request-tx";

export interface TenantInfo {
  id: string;
  slug: string;
  name: string;
  defaultLocale: string;
  enabledLocales: string[];
}

export interface MembershipInfo {
  id: string;
  userId: string;
  roles: string[];
  organisationId: string | null;
  /** null: the whole tenant; otherwise the neighbourhoods this member works in. */
  neighbourhoodIds: string[] | null;
}

/** What `ctx.outside(fn)` hands back: fn runs once the transaction is over, and its result is the answer. */
class Outside {
  constructor(public readonly run: () => Promise<unknown>) {}
}

/** Whether a handler's answer is deferred with `ctx.outside` (it runs, or throws, only after the commit). */
export function isDeferredAnswer(value: unknown): boolean {
  return value instanceof Outside;
}

/**
 * The only way to build a tenant procedure: it takes the permission the procedure requires. The middleware
 * resolves the tenant from the URL's slug, checks the membership on the server, opens one transaction bound to the
 * tenant (row-level security), checks the permission, and runs afterCommit hooks once it committed. Jobs go through
 * ctx.enqueue, into the same transaction (the outbox).
 */
export function tenantProcedure(permission: PermissionKey) {
  // A module's keys are checked against its manifest by pluginProcedures; a key the platform does not know is never granted.
  if (permission.startsWith("core.") && !corePermission(permission))
    throw new Error(`Unknown permission ${permission}: declare it in corePermissions`);
  return baseProcedure.meta({ permission, sessionInTransaction: true }).use(async ({ ctx, next }) => {
    // A checked session (server components, tests), or one still to be checked against its row (the HTTP endpoint):
    // then in the transaction's first statement (ADR 0037).
    const pending = ctx.session ? null : ctx.pendingSession;
    if (!ctx.session && !pending) throw appError("auth.signInRequired");
    const slug = ctx.tenantSlug;
    if (!slug) {
      // Signed out comes first, as with a checked session.
      if (pending && !(await pending.check())) throw appError("auth.signInRequired");
      throw appError("tenant.notFound");
    }
    // Typed once here so that handlers see the tenant context (next's generic infers it from the argument).
    const callNext = (extra: TenantCtxExtra) => next({ ctx: extra });
    // The pending session's activity write, made once the transaction ended (committed or not).
    let activity: { sessionId: string; now: Date } | null = null;
    const result = await inRequestTransaction(ctx.requestId, async ({ tx, rows, guard, afterCommit, setTenantId }) => {
      // One round trip (ADR 0014): the tenant by its slug, row-level security bound to it and to the user (and the
      // member's neighbourhood scope of persons, ADR 0011), the membership and the role overrides; with a pending
      // session, the session row too, checked before anything else runs (ADR 0037).
      let session: SessionUser;
      let c: RequestContext | null;
      if (pending) {
        const now = new Date();
        const r = await checkSessionInTransaction(rows, pending.id, slug, TENANT_WIDE_ROLES, now);
        if (r.needsWrite) activity = { sessionId: pending.id, now };
        if (!r.check.ok) throw appError("auth.signInRequired");
        session = r.check.user;
        c = r.context;
      } else {
        session = ctx.session as SessionUser;
        c = await bindRequestContext(rows, slug, session.userId, TENANT_WIDE_ROLES);
      }
      const m = c?.membership;
      if (!c || !m) throw appError("tenant.notFound");
      const tenant = c.tenant;
      setTenantId(tenant.id);
      if (!tenant.allowPassword && session.method === "password") {
        throw appError("auth.emailLinkRequired");
      }
      const permissions = installedPlatform().effectivePermissions(m.roles, c.overrides);
      if (!permissions.has(permission)) {
        throw appError("auth.forbidden");
      }
      // From here on, sensitive fields are hidden without their permission and audited with it (sensitive/guard.ts).
      guard.permissions = permissions;
      const membership: MembershipInfo = m;
      const audit = (input: AuditInput) => writeAudit(tx, { ...input, tenantId: tenant.id, actorUserId: session.userId, ip: ctx.ip });
      const r = await callNext({
        session,
        tenant,
        membership,
        permissions,
        tx,
        rows,
        audit,
        modules: c.modules ?? {},
        enqueue: outboxEnqueuer(tx, { tenantId: tenant.id, moduleId: "core" }),
        afterCommit,
        outside: <T>(fn: () => Promise<T>) => new Outside(fn) as unknown as T,
      });
      if (!r.ok) {
        // The database refused a reference to a person outside the member's neighbourhoods: the same answer as
        // for a person that does not exist.
        if (isPersonScopeViolation(r.error)) throw appError("people.notFound");
        return r;
      }
      // Every read of a sensitive value with its permission is audit-logged, in the same transaction.
      guard.permissions = null;
      for (const read of guard.reads.values()) {
        await audit({ action: read.action, targetType: read.model, targetId: read.id, data: { fields: read.fields } });
      }
      return r;
    }).finally(async () => {
      // A failed write is logged, not turned into an error: the verdict came from the row as read.
      const a = activity as { sessionId: string; now: Date } | null;
      if (a)
        await recordSessionActivity(a.sessionId, a.now).catch((err) =>
          logger.error({ requestId: ctx.requestId, err }, "session activity write failed"),
        );
    });
    // The part of the procedure that calls an outside service, with no transaction (no connection) held open.
    if (result.ok && result.data instanceof Outside) return { ...result, data: await result.data.run() };
    return result;
  });
}

/** What a tenant procedure's handler finds in ctx, besides the request context. */
export interface TenantCtxExtra {
  session: SessionUser;
  tenant: TenantInfo;
  membership: MembershipInfo;
  permissions: Set<string>;
  /** The tenant-bound transaction: row-level security sees this tenant only. */
  tx: Tx;
  /**
   * Runs a tagged SQL fragment (`ctx.rows<Row>(sql\`…\`)`) straight to pg on the transaction's connection: the same
   * transaction and row-level security settings as tx, in order with its queries, without Prisma's cost per statement
   * (ADR 0039). For hot reads written as SQL; rows come as pg gives them (bigint and numeric as text). Like tx's raw
   * queries it bypasses the sensitive-field guard: select no sensitive column.
   */
  rows: Rows;
  /** Appends an audit event in the same transaction. */
  audit: (input: AuditInput) => Promise<void>;
  /** The tenant's modules (enabled, settings) as read at the start of this request's transaction. */
  modules: Readonly<Record<string, { enabled: boolean; settings: unknown }>>;
  /**
   * Enqueues a job in this transaction (the outbox, jobs/outbox.ts), stamped with this tenant (and, in a module's
   * procedure, the module): it runs only if the request commits, and waits in PostgreSQL while Redis is down. The
   * payload is checked now (job guard, schema): a bad one fails the request. Returns the job's id.
   */
  enqueue: Enqueue;
  /** Runs after the transaction committed, for work outside the database that is not a job (use enqueue for jobs). */
  afterCommit: (fn: () => Promise<void>) => void;
  /**
   * For a procedure that calls an outside service (an HTTP API): `return ctx.outside(async () => …)` as the handler's
   * last step. The checks and the database part run in the transaction as usual; fn runs after it committed, with no
   * transaction or connection held (ctx.tx must not be used in it), and what fn returns (or throws) is the answer.
   */
  outside: <T>(fn: () => Promise<T>) => T;
}
export type TenantCtx = TenantCtxExtra;
