/**
 * Test fixtures for the integration tests in this folder. Rows are written with the owner client (the database
 * owner bypasses row-level security), never through the code under test, so a fixture cannot hide a bug. Every call
 * uses random slugs, names and e-mail addresses, so test files can run in parallel in one database.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import type { AppPlatform } from "@zorgzaam/platform";
import { hashToken } from "../packages/core/src/auth/tokens";
import { closeAppDb, createPrisma, type PrismaClient } from "../packages/core/src/db/client";
import { closeQueues } from "../packages/core/src/jobs/index";
import { ROLES, type Role } from "../packages/core/src/permissions/roles";
import { installedPlatform } from "../packages/core/src/platform/installed";
import { createContext, type SessionUser } from "../packages/core/src/trpc/context";
import { coreErrors } from "../packages/core/src/trpc/errors";
import { createCallerFactory } from "../packages/core/src/trpc/init";

/**
 * The platform of this test process (core and every module), installed by test/setup-platform.ts before the test
 * file is loaded; appRouter is its whole API.
 */
export const platform = installedPlatform() as AppPlatform;
export const appRouter = platform.router;

// ---------------------------------------------------------------------------------------------------------------
// Clients

let owner: PrismaClient | undefined;

/** The owner (superuser) client: bypasses row-level security. For fixtures, snapshots and setup only. */
export function ownerDb(): PrismaClient {
  const url = process.env.DATABASE_OWNER_URL;
  if (!url) throw new Error("DATABASE_OWNER_URL is not set: run integration tests through vitest (test/setup-env.ts)");
  owner ??= createPrisma(url, 4);
  return owner;
}

/** Closes every client the fixtures or the code under test opened in this process, so vitest can exit. */
export async function closeAll(): Promise<void> {
  const o = owner;
  owner = undefined;
  await Promise.all([o?.$disconnect(), closeAppDb(), closeQueues()]);
}

// ---------------------------------------------------------------------------------------------------------------
// Names

export function uniq(prefix = "t"): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Users, tenants, members

export interface UserFixture {
  id: string;
  email: string;
  isOperator: boolean;
}

export interface MemberFixture extends UserFixture {
  membershipId: string;
  roles: string[];
  organisationId: string | null;
  neighbourhoodIds: string[];
}

export interface PersonFixture {
  id: string;
  neighbourhoodId: string | null;
  organisationId: string | null;
}

export interface TenantFixture {
  id: string;
  slug: string;
  name: string;
  /** [0] is the admin's organisation, [1] the partner's. */
  organisations: [{ id: string; name: string }, { id: string; name: string }];
  /** [0] is the field worker's neighbourhood, [1] is outside her scope. */
  neighbourhoods: [{ id: string; name: string }, { id: string; name: string }];
  /** One member per tenant role; the field worker works in neighbourhoods[0] only. */
  users: Record<Role, MemberFixture>;
  /** [0] lives in neighbourhoods[0], [1] in neighbourhoods[1], [2] has no neighbourhood. All have notes. */
  people: [PersonFixture, PersonFixture, PersonFixture];
  /** One consent per person, in the same order as people; none withdrawn. */
  consents: { id: string; personId: string }[];
  /** An open invitation. */
  invitation: { id: string; email: string };
  /** An audit event of this tenant. */
  auditEventId: bigint;
  /** A public upload waiting in quarantine, attached to people[1] (its blob does not exist). */
  file: { id: string };
}

export async function createUser(opts: { isOperator?: boolean; tag?: string; name?: string } = {}): Promise<UserFixture> {
  const email = `${uniq(opts.tag ?? "user")}@test.zorgzaam.localhost`;
  const u = await ownerDb().user.create({
    data: { email, name: opts.name ?? email.split("@")[0] ?? email, isOperator: opts.isOperator ?? false, emailVerified: new Date() },
    select: { id: true, email: true, isOperator: true },
  });
  return u;
}

/** A platform operator: User.isOperator, no membership anywhere. */
export function createOperator(): Promise<UserFixture> {
  return createUser({ isOperator: true, tag: "operator" });
}

/** A user with a membership in the tenant. */
export async function createMember(
  tenant: Pick<TenantFixture, "id">,
  opts: { roles: string[]; organisationId?: string | null; neighbourhoodIds?: string[]; isOperator?: boolean; tag?: string },
): Promise<MemberFixture> {
  const db = ownerDb();
  const user = await createUser({ isOperator: opts.isOperator, tag: opts.tag ?? opts.roles.join("+") });
  const m = await db.membership.create({
    data: { tenantId: tenant.id, userId: user.id, roles: opts.roles, organisationId: opts.organisationId ?? null },
    select: { id: true },
  });
  const neighbourhoodIds = opts.neighbourhoodIds ?? [];
  if (neighbourhoodIds.length) {
    await db.membershipNeighbourhood.createMany({
      data: neighbourhoodIds.map((neighbourhoodId) => ({ tenantId: tenant.id, membershipId: m.id, neighbourhoodId })),
    });
  }
  return { ...user, membershipId: m.id, roles: opts.roles, organisationId: opts.organisationId ?? null, neighbourhoodIds };
}

/**
 * A tenant with two organisations, two neighbourhoods, one member per role, three people with notes and consents,
 * an open invitation, a role-permission row and an audit event: at least one row in every tenant-owned table.
 */
export async function createTenant(opts: { tag?: string } = {}): Promise<TenantFixture> {
  const db = ownerDb();
  const slug = uniq(opts.tag ?? "t").toLowerCase();
  const name = `Gemeente ${slug}`;
  const tenant = await db.tenant.create({ data: { slug, name }, select: { id: true } });
  const tenantId = tenant.id;

  const orgA = await db.organisation.create({ data: { tenantId, name: `OCMW ${slug}`, kind: "ocmw" }, select: { id: true, name: true } });
  const orgB = await db.organisation.create({
    data: { tenantId, name: `Partner ${slug}`, kind: "non-profit" },
    select: { id: true, name: true },
  });
  const nbhA = await db.neighbourhood.create({
    data: { tenantId, name: `Centrum ${slug}`, sectorCodes: ["A00-"] },
    select: { id: true, name: true },
  });
  const nbhB = await db.neighbourhood.create({ data: { tenantId, name: `Rand ${slug}` }, select: { id: true, name: true } });

  const t = { id: tenantId };
  const users: Record<Role, MemberFixture> = {
    admin: await createMember(t, { roles: ["admin"], organisationId: orgA.id, tag: "admin" }),
    regie: await createMember(t, { roles: ["regie"], organisationId: orgA.id, tag: "regie" }),
    field_worker: await createMember(t, {
      roles: ["field_worker"],
      organisationId: orgA.id,
      neighbourhoodIds: [nbhA.id],
      tag: "fieldworker",
    }),
    partner: await createMember(t, { roles: ["partner"], organisationId: orgB.id, tag: "partner" }),
    volunteer: await createMember(t, { roles: ["volunteer"], tag: "volunteer" }),
  };
  // Guard against a new role silently missing from the fixture.
  for (const role of ROLES) if (!users[role]) throw new Error(`fixture has no member for role ${role}`);

  const people: PersonFixture[] = [];
  for (const [i, nbh] of [nbhA.id, nbhB.id, null].entries()) {
    const p = await db.person.create({
      data: {
        tenantId,
        firstName: `Persoon${i}`,
        lastName: slug,
        email: `person${i}-${slug}@example.org`,
        address: `Straat ${i + 1}, 1000 Brussel`,
        languages: ["nl"],
        kinds: ["resident"],
        neighbourhoodId: nbh,
        organisationId: orgA.id,
        notes: `Vertrouwelijke nota ${i}`,
        createdById: users.admin.id,
      },
      select: { id: true, neighbourhoodId: true, organisationId: true },
    });
    people.push(p);
  }
  const consents: { id: string; personId: string }[] = [];
  for (const p of people) {
    const c = await db.consent.create({
      data: {
        tenantId,
        personId: p.id,
        purpose: "contact",
        method: "verbal",
        givenAt: new Date(Date.now() - 86_400_000),
        recordedById: users.admin.id,
      },
      select: { id: true, personId: true },
    });
    consents.push(c);
  }
  // The tenant's own consent purpose and an (already expired) personal-data export, so every table has rows.
  await db.consentPurpose.create({
    data: { tenantId, key: "tenant.nieuwsbrief", label: { nl: "Nieuwsbrief", fr: "Lettre d'info", en: "Newsletter" } },
  });
  await db.personalDataExport.create({
    data: { tenantId, personId: people[2]?.id ?? "", data: {}, expiresAt: new Date(Date.now() - 60_000) },
  });
  // A public upload in quarantine, of a person outside the field worker's neighbourhoods (no blob: rows only here).
  const fileId = randomUUID();
  await db.storedFile.create({
    data: {
      id: fileId,
      tenantId,
      moduleId: "core",
      status: "quarantine",
      mimeType: "image/jpeg",
      byteSize: 3,
      sha256: "0".repeat(64),
      storageKey: `${tenantId}/${fileId}/original`,
      originalName: `foto-${slug}.jpg`,
      personId: people[1]?.id ?? null,
      uploadedById: users.admin.id,
    },
  });
  // A job waiting in the outbox, in a queue no relay reads (the relays of tests read their own QUEUE_PREFIX).
  await db.jobOutbox.create({
    data: {
      id: randomUUID(),
      tenantId,
      queue: "fixture",
      jobName: "core.fixture",
      jobId: `fixture|${tenantId}`,
      moduleId: "core",
      payload: {},
    },
  });
  const invEmail = `${uniq("invitee")}@test.zorgzaam.localhost`;
  const invitation = await db.invitation.create({
    data: {
      tenantId,
      email: invEmail,
      roles: ["volunteer"],
      organisationId: orgB.id,
      neighbourhoodIds: [nbhA.id],
      tokenHash: hashToken(randomBytes(32).toString("base64url")),
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
      invitedById: users.admin.id,
    },
    select: { id: true, email: true },
  });
  // An override equal to the registry's default (volunteers cannot read the audit log), so that the table has a row
  // of this tenant while every role keeps exactly its default permissions.
  await db.rolePermission.create({ data: { tenantId, role: "volunteer", permission: "core.audit.view", granted: false } });
  const audit = await db.auditEvent.create({
    data: { tenantId, actorUserId: users.admin.id, action: "fixture.created", targetType: "Tenant", targetId: tenantId },
    select: { id: true },
  });

  return {
    id: tenantId,
    slug,
    name,
    organisations: [orgA, orgB],
    neighbourhoods: [nbhA, nbhB],
    users,
    people: people as [PersonFixture, PersonFixture, PersonFixture],
    consents,
    invitation,
    auditEventId: audit.id,
    file: { id: fileId },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Modules

/**
 * Enables modules for a tenant (TenantModule rows, enabled, written with the owner client): by default every module
 * registered in this process, so that tests generated from the app router reach the modules' procedures.
 */
export async function enableAllModules(tenantId: string, moduleIds?: readonly string[]): Promise<string[]> {
  const ids = [...(moduleIds ?? platform.plugins.map((p) => p.manifest.id))];
  await setModulesEnabled(tenantId, ids, true);
  return ids;
}

/**
 * Gives every table of every registered module rows of this tenant: the module is enabled and its demo seed runs
 * with the fixture's members. Isolation tests then cover module tables without knowing them.
 */
export async function seedModules(t: TenantFixture): Promise<void> {
  await enableAllModules(t.id);
  const usersByRole = Object.fromEntries(ROLES.map((r) => [r, [{ id: t.users[r].id, email: t.users[r].email, name: null }]]));
  for (const plugin of platform.plugins) {
    await plugin.server.seed?.({ db: ownerDb(), tenant: { id: t.id, slug: t.slug, defaultLocale: "nl" }, usersByRole });
  }
}

/** Enables or disables modules for a tenant (owner client; creates the row when missing). */
export async function setModulesEnabled(tenantId: string, moduleIds: readonly string[], enabled: boolean): Promise<void> {
  const db = ownerDb();
  for (const moduleId of moduleIds) {
    await db.tenantModule.upsert({
      where: { tenantId_moduleId: { tenantId, moduleId } },
      create: { tenantId, moduleId, enabled },
      update: { enabled, changedAt: new Date() },
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Calling procedures

export function sessionFor(user: UserFixture): SessionUser {
  return { userId: user.id, sessionId: randomUUID(), email: user.email, isOperator: user.isOperator };
}

const createCaller = createCallerFactory(appRouter);

/** A server-side caller of the whole app router, as the given session on the given tenant's pages. */
export function callerFor(session: SessionUser | null, tenantSlug: string | null) {
  return createCaller(createContext({ session, tenantSlug }));
}

export type ProcedureType = "query" | "mutation" | "subscription";

export interface ProcedureInfo {
  path: string;
  type: ProcedureType;
  /** meta.permission: "public" | "authed" | "operator" | a permission key; undefined means the procedure has no meta. */
  permission: string | undefined;
  /** The input parsers (zod schemas) in the order they were added. */
  inputs: unknown[];
}

interface ProcedureDefLike {
  _def: { type?: ProcedureType; meta?: { permission?: unknown }; inputs?: unknown[] };
}

/** Every procedure of the app router, from its flat procedure record (so new routers are covered automatically). */
export function listProcedures(): ProcedureInfo[] {
  const record = appRouter._def.procedures as unknown as Record<string, ProcedureDefLike>;
  return Object.entries(record)
    .map(([path, proc]) => {
      const def = proc._def;
      if (def.type !== "query" && def.type !== "mutation" && def.type !== "subscription") {
        throw new Error(`procedure ${path} has no known type`);
      }
      const permission = def.meta?.permission;
      return { path, type: def.type, permission: typeof permission === "string" ? permission : undefined, inputs: def.inputs ?? [] };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The keys of an input parser (zod 4 object), unwrapping pipes, transforms, optionals and defaults; [] otherwise. */
export function inputKeys(schema: unknown): string[] {
  let s = schema as { shape?: Record<string, unknown>; _zod?: { def?: { in?: unknown; innerType?: unknown } } } | undefined;
  for (let depth = 0; s && depth < 10; depth++) {
    if (s.shape && typeof s.shape === "object") return Object.keys(s.shape);
    const def = s._zod?.def;
    s = (def?.in ?? def?.innerType) as typeof s;
  }
  return [];
}

type Caller = ReturnType<typeof callerFor>;

/** Calls a procedure by its dotted path (the caller is a proxy: each segment is a property, the last one a function). */
export async function callPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  // The caller's type is the nested router shape; a path chosen at run time cannot be typed statically.
  let node: unknown = caller;
  for (const segment of path.split(".")) node = (node as Record<string, unknown>)[segment];
  if (typeof node !== "function") throw new Error(`no procedure at ${path}`);
  return (node as (input: unknown) => Promise<unknown>)(input);
}

export type CallOutcome = { ok: true; value: unknown } | { ok: false; code: string; message: string; error: unknown };

/** Calls a procedure and reports the outcome instead of throwing. Non-tRPC errors are reported as "NOT_A_TRPC_ERROR". */
export async function tryCall(caller: Caller, path: string, input: unknown): Promise<CallOutcome> {
  try {
    return { ok: true, value: await callPath(caller, path, input) };
  } catch (e) {
    if (e instanceof TRPCError) return { ok: false, code: e.code, message: e.message, error: e };
    return { ok: false, code: "NOT_A_TRPC_ERROR", message: String(e), error: e };
  }
}

/** The message of tenantProcedure's NOT_FOUND when the tenant does not exist or the caller is not a member. */
export const TENANT_NOT_FOUND_MESSAGE = coreErrors.text("nl", "tenant.notFound");

// ---------------------------------------------------------------------------------------------------------------
// Database introspection and snapshots (owner client)

/** Every table in the public schema with a "tenantId" column, from information_schema (new tables are included). */
export async function tenantTables(): Promise<string[]> {
  const rows = await ownerDb().$queryRaw<{ table_name: string }[]>`
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND c.column_name = 'tenantId' AND t.table_type = 'BASE TABLE'
    ORDER BY c.table_name`;
  return rows.map((r) => r.table_name);
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Every row of a tenant, per table (as JSON text, sorted), plus the tenant row itself. Two snapshots are equal when
 * nothing of the tenant changed.
 */
export async function snapshotTenant(tenantId: string): Promise<Record<string, string[]>> {
  const db = ownerDb();
  const out: Record<string, string[]> = {};
  const tenantRow = await db.$queryRawUnsafe<{ j: string }[]>(
    `SELECT row_to_json(t)::text AS j FROM "Tenant" t WHERE id = $1::uuid`,
    tenantId,
  );
  out.Tenant = tenantRow.map((r) => r.j);
  for (const table of await tenantTables()) {
    const rows = await db.$queryRawUnsafe<{ j: string }[]>(
      `SELECT row_to_json(x)::text AS j FROM ${quoteIdent(table)} x WHERE "tenantId" = $1::uuid`,
      tenantId,
    );
    out[table] = rows.map((r) => r.j).sort();
  }
  return out;
}

/** The tRPC code a call fails with ("NOT_FOUND", "CONFLICT"...), or "OK" when it succeeds. */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

/** The message a call fails with ("" when it succeeds). */
export async function messageOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}
