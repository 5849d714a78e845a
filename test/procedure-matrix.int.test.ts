/**
 * Isolation at the application layer, generated from the app router itself (new procedures are covered without
 * touching this file):
 *  1. every procedure x actor cell matches the permission registry;
 *  2. every tenant procedure that takes an id answers NOT_FOUND to a member of another tenant using this tenant's ids,
 *     and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedPlatform } from "../packages/core/src/platform/installed";
import { coreRouters } from "../packages/core/src/routers/index";
import { ROLES, type Role } from "../packages/core/src/permissions/roles";
import {
  type CallOutcome,
  callerFor,
  closeAll,
  createMember,
  createOperator,
  createTenant,
  enableAllModules,
  inputKeys,
  listProcedures,
  type MemberFixture,
  ownerDb,
  type ProcedureInfo,
  sessionFor,
  snapshotTenant,
  TENANT_NOT_FOUND_MESSAGE,
  type TenantFixture,
  tryCall,
  type UserFixture,
} from "./fixtures";
import { issueFormToken } from "../packages/core/src/public/form-guard";

const PLATFORM = ["public", "authed", "operator"] as const;
/** Public procedures of the tenant in the URL (publicTenantProcedure): no session, gated by a public capability. */
const PUBLIC_TENANT = "public-tenant";

let A: TenantFixture;
let B: TenantFixture;
let operator: UserFixture;
let procedures: ProcedureInfo[];

beforeAll(async () => {
  [A, B, operator] = await Promise.all([createTenant({ tag: "matrix-a" }), createTenant({ tag: "matrix-b" }), createOperator()]);
  // Every registered module on in both tenants, so the matrix and the cross-tenant cases reach module procedures too.
  await Promise.all([enableAllModules(A.id), enableAllModules(B.id)]);
  procedures = listProcedures();
});

afterAll(async () => {
  await closeAll();
});

function isTenantProcedure(p: ProcedureInfo): boolean {
  return p.permission !== undefined && !(PLATFORM as readonly string[]).includes(p.permission);
}

// ---------------------------------------------------------------------------------------------------------------
// 1. The role x procedure matrix

type Gate = "passed" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND(tenant)";

interface Actor {
  name: string;
  user: UserFixture | null;
  /** The tenant role when the actor is a member of tenant A. */
  role?: Role;
}

/** Codes a procedure may answer once its gate let the caller through (the junk input then fails, or a row is missing). */
const AFTER_GATE = new Set(["BAD_REQUEST", "NOT_FOUND", "CONFLICT", "PRECONDITION_FAILED", "UNPROCESSABLE_CONTENT"]);

function classify(o: CallOutcome): Gate | `unexpected ${string}` {
  if (o.ok) return "passed";
  if (o.code === "UNAUTHORIZED" || o.code === "FORBIDDEN") return o.code;
  if (o.code === "NOT_FOUND" && o.message === TENANT_NOT_FOUND_MESSAGE) return "NOT_FOUND(tenant)";
  if (AFTER_GATE.has(o.code)) return "passed";
  return `unexpected ${o.code}: ${o.message}`;
}

function expectedGate(permission: string | undefined, actor: Actor): Gate | "no permission in meta" {
  if (permission === undefined) return "no permission in meta";
  // Tenant A has every public capability on (enableAllModules): anyone gets through, signed in or not.
  if (permission === "public" || permission === PUBLIC_TENANT) return "passed";
  if (!actor.user) return "UNAUTHORIZED";
  if (permission === "authed") return "passed";
  if (permission === "operator") return actor.user.isOperator ? "passed" : "FORBIDDEN";
  if (!actor.role) return "NOT_FOUND(tenant)"; // not a member of tenant A: operator, member of B
  return installedPlatform().effectivePermissions([actor.role], []).has(permission) ? "passed" : "FORBIDDEN";
}

describe("every procedure is gated", () => {
  it("declares meta.permission: public, authed, operator or a registered permission key", () => {
    expect(procedures.length).toBeGreaterThan(30);
    const capabilities = new Set(installedPlatform().publicCapabilities.map((c) => c.key));
    const problems = procedures
      .filter(
        (p) =>
          !(
            p.permission &&
            ((PLATFORM as readonly string[]).includes(p.permission) ||
              installedPlatform().permission(p.permission) ||
              (p.permission === PUBLIC_TENANT && p.capability && capabilities.has(p.capability)))
          ),
      )
      .map((p) => `${p.path}: meta.permission = ${JSON.stringify(p.permission)}, capability = ${JSON.stringify(p.capability)}`);
    expect(problems).toEqual([]);
    expect(procedures.filter((p) => p.permission === PUBLIC_TENANT).length).toBeGreaterThan(2);
    // Most of the API is tenant-scoped; a router that forgot tenantProcedure would lower this sharply.
    expect(procedures.filter(isTenantProcedure).length).toBeGreaterThan(25);
  });

  it("matches the permission registry in every procedure x actor cell", async () => {
    const actors: Actor[] = [
      ...ROLES.map((role): Actor => ({ name: `A.${role}`, user: A.users[role], role })),
      { name: "B.admin (into A)", user: B.users.admin },
      { name: "operator", user: operator },
      { name: "signed out", user: null },
    ];
    expect(actors).toHaveLength(8);

    const disagreements: string[] = [];
    const seen = new Map<string, number>();
    let cells = 0;
    for (const p of procedures) {
      for (const actor of actors) {
        const caller = callerFor(actor.user ? sessionFor(actor.user) : null, A.slug);
        // Input undefined first; when that is refused as bad input, {} too, which gets past "expected an object" and
        // may reach the handler (the cell keeps the first answer unless {} shows something else).
        const first = await tryCall(caller, p.path, undefined);
        let got = classify(first);
        if (!first.ok && first.code === "BAD_REQUEST") {
          const second = classify(await tryCall(caller, p.path, {}));
          if (second !== "passed") got = second;
        }
        const want = expectedGate(p.permission, actor);
        cells++;
        seen.set(got, (seen.get(got) ?? 0) + 1);
        if (got !== want) disagreements.push(`${p.path} [${p.permission}] as ${actor.name}: expected ${want}, got ${got}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(cells).toBe(procedures.length * actors.length);
    // Every kind of answer occurs, so no class of cells can pass by accident.
    for (const gate of ["passed", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND(tenant)"] as const)
      expect(seen.get(gate) ?? 0, gate).toBeGreaterThan(0);
    // Grows with every procedure of every module: 30 s was reached on a loaded machine.
  }, 120_000);

  it("lets a role through exactly when the tenant's override grants it (overrides are read per tenant)", async () => {
    // Volunteers may not view members by default; tenant B grants it. A's volunteer stays refused.
    await ownerDb().rolePermission.create({ data: { tenantId: B.id, role: "volunteer", permission: "core.members.view", granted: true } });
    try {
      const inB = await tryCall(callerFor(sessionFor(B.users.volunteer), B.slug), "members.list", undefined);
      const inA = await tryCall(callerFor(sessionFor(A.users.volunteer), A.slug), "members.list", undefined);
      expect(inB.ok).toBe(true);
      expect(inA.ok ? "ok" : inA.code).toBe("FORBIDDEN");
    } finally {
      await ownerDb().rolePermission.deleteMany({ where: { tenantId: B.id, permission: "core.members.view" } });
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Cross-tenant ids

/** The ids of one tenant that a case may use. */
function idsOf(t: TenantFixture) {
  return {
    neighbourhood: t.neighbourhoods[0].id,
    otherNeighbourhood: t.neighbourhoods[1].id,
    organisation: t.organisations[0].id,
    otherOrganisation: t.organisations[1].id,
    person: t.people[0].id,
    otherPerson: t.people[1].id,
    consent: t.consents[0]!.id,
    volunteerMembership: t.users.volunteer.membershipId,
    partnerMembership: t.users.partner.membershipId,
    invitation: t.invitation.id,
    adminUser: t.users.admin.id,
    file: t.file.id,
    contactMessage: t.contactMessage.id,
    regieMembership: t.users.regie.membershipId,
    boundaryVersion: t.boundaryVersion.id,
    /** A public form's hidden field for this tenant, opened a minute ago. */
    formToken: issueFormToken(t.slug, Date.now() - 60_000),
  };
}
type Ids = ReturnType<typeof idsOf>;

interface CrossCase {
  path: string;
  /** The id-like input keys this case sends a foreign id in. */
  covers: string[];
  /** foreign: ids of the tenant under attack; own: ids of the caller's tenant (for the keys that must be valid). */
  input: (foreign: Ids, own: Ids) => unknown;
  /** NOT_FOUND for a lookup or change; "empty" for a list filter (a foreign id filters everything out). */
  expect: "NOT_FOUND" | "empty";
  /** Why there is no "own id" control (the id is not a row of a tenant), when there is none. */
  noControl?: string;
  /** The refusal the control expects after the id was found (e.g. a confirmation that does not match). */
  controlCode?: string;
}

const email = () => `cross-${Math.random().toString(36).slice(2)}@test.zorgzaam.localhost`;
const PAST = new Date(Date.now() - 3_600_000);

/** A 1x1 PNG: a valid upload. */
const PNG_1PX = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

const crossCases: CrossCase[] = [
  { path: "contact.get", covers: ["id"], input: (f) => ({ id: f.contactMessage }), expect: "NOT_FOUND" },
  { path: "contact.update", covers: ["id"], input: (f) => ({ id: f.contactMessage, status: "done" }), expect: "NOT_FOUND" },
  {
    path: "contact.update",
    covers: ["ownerMembershipId"],
    input: (f, o) => ({ id: o.contactMessage, ownerMembershipId: f.regieMembership }),
    expect: "NOT_FOUND",
  },
  { path: "contact.reply", covers: ["id"], input: (f) => ({ id: f.contactMessage, body: "Antwoord" }), expect: "NOT_FOUND" },
  { path: "contact.setMembers", covers: ["membershipIds"], input: (f) => ({ membershipIds: [f.regieMembership] }), expect: "NOT_FOUND" },
  {
    path: "publicSite.sendContact",
    covers: ["neighbourhoodId"],
    input: (f, o) => ({
      name: "Buur",
      email: email(),
      message: "Hallo",
      consent: true,
      neighbourhoodId: f.neighbourhood,
      formToken: o.formToken,
    }),
    expect: "NOT_FOUND",
  },
  { path: "files.forPerson", covers: ["personId"], input: (f) => ({ personId: f.person }), expect: "NOT_FOUND" },
  {
    path: "files.uploadForPerson",
    covers: ["personId"],
    input: (f) => ({ personId: f.person, name: "foto.png", data: PNG_1PX }),
    expect: "NOT_FOUND",
  },
  { path: "files.remove", covers: ["id"], input: (f) => ({ id: f.file }), expect: "NOT_FOUND" },
  { path: "files.decide", covers: ["id"], input: (f) => ({ id: f.file, accept: true }), expect: "NOT_FOUND" },
  { path: "neighbourhoods.get", covers: ["id"], input: (f) => ({ id: f.neighbourhood }), expect: "NOT_FOUND" },
  { path: "neighbourhoods.update", covers: ["id"], input: (f) => ({ id: f.neighbourhood, name: "Overgenomen" }), expect: "NOT_FOUND" },
  { path: "neighbourhoods.delete", covers: ["id"], input: (f) => ({ id: f.otherNeighbourhood }), expect: "NOT_FOUND" },
  { path: "neighbourhoods.boundaryHistory", covers: ["id"], input: (f) => ({ id: f.otherNeighbourhood }), expect: "NOT_FOUND" },
  {
    path: "neighbourhoods.restoreBoundary",
    covers: ["id"],
    input: (f, o) => ({ id: f.otherNeighbourhood, versionId: o.boundaryVersion }),
    expect: "NOT_FOUND",
  },
  {
    path: "neighbourhoods.restoreBoundary",
    covers: ["versionId"],
    input: (f, o) => ({ id: o.otherNeighbourhood, versionId: f.boundaryVersion }),
    expect: "NOT_FOUND",
  },
  { path: "organisations.update", covers: ["id"], input: (f) => ({ id: f.organisation, name: "Overgenomen" }), expect: "NOT_FOUND" },
  { path: "organisations.delete", covers: ["id"], input: (f) => ({ id: f.otherOrganisation }), expect: "NOT_FOUND" },
  { path: "members.update", covers: ["id"], input: (f) => ({ id: f.volunteerMembership, roles: ["admin"] }), expect: "NOT_FOUND" },
  {
    path: "members.update",
    covers: ["organisationId"],
    input: (f, o) => ({ id: o.volunteerMembership, roles: ["volunteer"], organisationId: f.organisation }),
    expect: "NOT_FOUND",
  },
  {
    path: "members.update",
    covers: ["neighbourhoodIds"],
    input: (f, o) => ({ id: o.volunteerMembership, roles: ["volunteer"], neighbourhoodIds: [f.neighbourhood] }),
    expect: "NOT_FOUND",
  },
  { path: "members.remove", covers: ["id"], input: (f) => ({ id: f.partnerMembership }), expect: "NOT_FOUND" },
  { path: "invitations.revoke", covers: ["id"], input: (f) => ({ id: f.invitation }), expect: "NOT_FOUND" },
  {
    path: "invitations.create",
    covers: ["organisationId"],
    input: (f) => ({ email: email(), roles: ["volunteer"], organisationId: f.organisation }),
    expect: "NOT_FOUND",
  },
  {
    path: "invitations.create",
    covers: ["neighbourhoodIds"],
    input: (f) => ({ email: email(), roles: ["field_worker"], neighbourhoodIds: [f.neighbourhood] }),
    expect: "NOT_FOUND",
  },
  { path: "people.get", covers: ["id"], input: (f) => ({ id: f.person }), expect: "NOT_FOUND" },
  { path: "people.merge", covers: ["id"], input: (f, o) => ({ id: f.person, mergeId: o.otherPerson }), expect: "NOT_FOUND" },
  { path: "people.merge", covers: ["mergeId"], input: (f, o) => ({ id: o.person, mergeId: f.otherPerson }), expect: "NOT_FOUND" },
  { path: "people.update", covers: ["id"], input: (f) => ({ id: f.person, firstName: "Overgenomen" }), expect: "NOT_FOUND" },
  {
    path: "people.update",
    covers: ["neighbourhoodId"],
    input: (f, o) => ({ id: o.person, neighbourhoodId: f.neighbourhood }),
    expect: "NOT_FOUND",
  },
  {
    path: "people.update",
    covers: ["organisationId"],
    input: (f, o) => ({ id: o.person, organisationId: f.organisation }),
    expect: "NOT_FOUND",
  },
  {
    path: "people.create",
    covers: ["neighbourhoodId"],
    input: (f) => ({ firstName: "Nieuw", neighbourhoodId: f.neighbourhood }),
    expect: "NOT_FOUND",
  },
  {
    path: "people.create",
    covers: ["organisationId"],
    input: (f) => ({ firstName: "Nieuw", organisationId: f.organisation }),
    expect: "NOT_FOUND",
  },
  {
    path: "people.addConsent",
    covers: ["personId"],
    input: (f) => ({ personId: f.person, purpose: "other", note: "Nieuwsbrief", method: "written", givenAt: PAST }),
    expect: "NOT_FOUND",
  },
  { path: "people.withdrawConsent", covers: ["id"], input: (f) => ({ id: f.consent }), expect: "NOT_FOUND" },
  { path: "people.list", covers: ["neighbourhoodId"], input: (f) => ({ neighbourhoodId: f.neighbourhood }), expect: "empty" },
  { path: "audit.list", covers: ["actorUserId"], input: (f) => ({ actorUserId: f.adminUser }), expect: "empty" },
  // Modules are installed platform-wide: an id that is not installed is simply not found.
  {
    path: "modules.enable",
    noControl: "module ids are platform-wide",
    covers: ["id"],
    input: () => ({ id: "niet-geinstalleerd" }),
    expect: "NOT_FOUND",
  },
  {
    path: "modules.disable",
    noControl: "module ids are platform-wide",
    covers: ["id"],
    input: () => ({ id: "niet-geinstalleerd" }),
    expect: "NOT_FOUND",
  },
  {
    path: "modules.updateSettings",
    noControl: "module ids are platform-wide",
    covers: ["id"],
    input: () => ({ id: "niet-geinstalleerd", settings: {} }),
    expect: "NOT_FOUND",
  },
  { path: "personalData.requestExport", covers: ["personId"], input: (f) => ({ personId: f.person }), expect: "NOT_FOUND" },
  {
    path: "personalData.requestErase",
    covers: ["personId"],
    input: (f) => ({ personId: f.person, confirmName: "x" }),
    expect: "NOT_FOUND",
    // With an own id the person is found and the confirmation is checked next.
    controlCode: "BAD_REQUEST",
  },
  // Job ids of A's tenant (the job check itself is in packages/core/src/personal-data/personal-data.int.test.ts).
  {
    path: "personalData.status",
    noControl: "job ids live in Redis; see personal-data.int.test.ts",
    covers: ["jobId"],
    input: (f) => ({ jobId: `core.personal_data.export|x|${f.person}` }),
    expect: "NOT_FOUND",
  },
  {
    path: "personalData.result",
    noControl: "job ids live in Redis; see personal-data.int.test.ts",
    covers: ["jobId"],
    input: (f) => ({ jobId: `core.personal_data.export|x|${f.person}` }),
    expect: "NOT_FOUND",
  },
];

/** Core's procedures; module procedures get the same cross-tenant check, generically, in test/plugins/contract.int.test.ts. */
const CORE_ROUTERS = new Set(Object.keys(coreRouters));
const isCoreProcedure = (p: { path: string }) => CORE_ROUTERS.has(p.path.split(".")[0] ?? "");

const ID_KEY = /^(id|.+Id|.+Ids)$/;

/** "path key" for every tenant procedure whose input has an id-like key, derived from the input parsers. */
function idInputs(): Set<string> {
  const out = new Set<string>();
  for (const p of procedures.filter(isTenantProcedure).filter(isCoreProcedure)) {
    for (const input of p.inputs) for (const k of inputKeys(input)) if (ID_KEY.test(k)) out.add(`${p.path} ${k}`);
  }
  return out;
}

function summary(o: CallOutcome): string {
  return o.ok ? "ok" : `${o.code}: ${o.message}`;
}

function isEmptyList(value: unknown): boolean {
  const v = value as { items?: unknown[]; total?: number };
  return Array.isArray(v.items) && v.items.length === 0 && v.total === 0;
}

describe("a member of tenant B using tenant A's ids", () => {
  let attacker: MemberFixture;

  beforeAll(async () => {
    // admin + regie together hold every permission, including core.people.sensitive.
    attacker = await createMember(B, { roles: ["admin", "regie"], tag: "b-attacker" });
  });

  it("holds every permission (so no answer below is a permission refusal)", () => {
    const all = installedPlatform()
      .permissions.map((p) => p.key)
      .filter((k) => k.startsWith("core."))
      .sort();
    expect([...installedPlatform().effectivePermissions(attacker.roles, [])].filter((k) => k.startsWith("core.")).sort()).toEqual(all);
  });

  it("covers every tenant procedure input that takes an id", () => {
    const derived = idInputs();
    const covered = new Set(crossCases.flatMap((c) => c.covers.map((k) => `${c.path} ${k}`)));
    expect([...derived].filter((k) => !covered.has(k)).sort(), "id inputs without a cross-tenant case").toEqual([]);
    expect([...covered].filter((k) => !derived.has(k)).sort(), "cases for inputs that no longer exist").toEqual([]);
    expect(derived.size).toBeGreaterThanOrEqual(20);
  });

  it("gets NOT_FOUND (or an empty list for filters), and neither tenant changes", async () => {
    const beforeA = await snapshotTenant(A.id);
    const beforeB = await snapshotTenant(B.id);
    const caller = callerFor(sessionFor(attacker), B.slug);
    const problems: string[] = [];
    for (const c of crossCases) {
      const o = await tryCall(caller, c.path, c.input(idsOf(A), idsOf(B)));
      const label = `${c.path} (${c.covers.join(", ")})`;
      if (c.expect === "NOT_FOUND") {
        if (o.ok || o.code !== "NOT_FOUND") problems.push(`${label}: expected NOT_FOUND, got ${summary(o)}`);
        else if (o.message === TENANT_NOT_FOUND_MESSAGE) problems.push(`${label}: refused at the tenant gate, the case tests nothing`);
      } else if (!o.ok || !isEmptyList(o.value)) {
        problems.push(`${label}: expected an empty list, got ${o.ok ? JSON.stringify(o.value).slice(0, 200) : summary(o)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await snapshotTenant(A.id)).toEqual(beforeA);
    expect(await snapshotTenant(B.id)).toEqual(beforeB);
    expect(beforeA.Person?.length).toBe(3);
  });

  it("control: the same inputs with the caller's own ids are not refused (each case can fail)", async () => {
    const problems: string[] = [];
    const controlled = crossCases.filter((c) => !c.noControl);
    expect(crossCases.length - controlled.length).toBeLessThanOrEqual(5);
    for (const c of controlled) {
      // A fresh tenant per case, so that one case's change (a delete) cannot affect the next.
      const own = await createTenant({ tag: "matrix-own" });
      await enableAllModules(own.id);
      const member = await createMember(own, { roles: ["admin", "regie"], tag: "own-admin" });
      const o = await tryCall(callerFor(sessionFor(member), own.slug), c.path, c.input(idsOf(own), idsOf(own)));
      const label = `${c.path} (${c.covers.join(", ")})`;
      if (!o.ok) {
        if (o.code !== c.controlCode) problems.push(`${label}: with own ids got ${summary(o)}`);
      } else if (c.expect === "empty" && isEmptyList(o.value)) problems.push(`${label}: with own ids the list is empty too`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
