/**
 * The runtime half of the module contract, as functions any test can run for a module on tenants made with the kit:
 * a disabled module answers NOT_FOUND to everything, every role x procedure cell matches the permission registry, and
 * a member of another tenant using this tenant's row ids gets NOT_FOUND (or nothing of them) and changes nothing.
 * Each returns what disagrees, and the number of cells it ran, so a test can assert both and never pass vacuously.
 */
import { randomUUID } from "node:crypto";
import type { AnyRouter } from "@trpc/server";
import { ROLES } from "../permissions/roles";
import { MODULE_DISABLED } from "../plugins/procedures";
import { type CallOutcome, moduleCaller, TENANT_NOT_FOUND_MESSAGE, tryCall } from "./caller";
import { pluginModelNames } from "./contract-suite";
import { ownerDb, snapshotTenant } from "./db";
import type { TenantFixture, UserFixture } from "./factories";
import { expectedGate, ID_KEY, inputKeys, listProcedures, type RouterProcedure } from "./procedures";
import { sampleInput } from "./sample-input";
import { disablePublicCapabilities, enablePublicCapabilities } from "./modules";
import { PUBLIC_TENANT } from "../public/procedure";

/** The module under test: its id and router. */
export interface ModuleUnderTest {
  manifest: { id: string };
  server: { router: AnyRouter };
}

export { MODULE_DISABLED };

/** A one-line account of an outcome, for problem lists. */
export const outcomeSummary = (o: CallOutcome) => (o.ok ? "ok" : `${o.code}: ${o.message}`);

/** The NOT_FOUND of the gate itself (module off, or not a member), as opposed to a row that is not found. */
export const isGateNotFound = (o: CallOutcome) =>
  !o.ok && o.code === "NOT_FOUND" && (o.message === MODULE_DISABLED || o.message === TENANT_NOT_FOUND_MESSAGE);

/** Codes a procedure may answer once its gate let the caller through (the junk input fails, or a row is missing). */
const AFTER_GATE = new Set(["BAD_REQUEST", "NOT_FOUND", "CONFLICT", "PRECONDITION_FAILED", "UNPROCESSABLE_CONTENT"]);

/** "passed" when the gate let the call through, "FORBIDDEN", or what else happened. */
export function gateOutcome(o: CallOutcome): string {
  if (o.ok) return "passed";
  if (o.code === "FORBIDDEN") return "FORBIDDEN";
  if (isGateNotFound(o)) return `gate NOT_FOUND: ${o.message}`;
  if (AFTER_GATE.has(o.code)) return "passed";
  return `unexpected ${o.code}: ${o.message}`;
}

export interface CellReport {
  problems: string[];
  cells: number;
}

/** With the module disabled for the tenant, every procedure answers NOT_FOUND (module disabled), even to this member. */
export async function disabledModuleProblems(
  module: ModuleUnderTest,
  member: UserFixture,
  tenant: Pick<TenantFixture, "slug">,
): Promise<CellReport> {
  const caller = moduleCaller(module)(member, tenant);
  const problems: string[] = [];
  let cells = 0;
  for (const p of listProcedures(module.server.router)) {
    const o = await tryCall(caller, p.path, undefined);
    cells++;
    // A public procedure answers a disabled module as it answers an unknown tenant (public/procedure.ts).
    const want = p.permission === PUBLIC_TENANT ? TENANT_NOT_FOUND_MESSAGE : MODULE_DISABLED;
    if (o.ok || o.code !== "NOT_FOUND" || o.message !== want) problems.push(`${module.manifest.id}.${p.path}: ${outcomeSummary(o)}`);
  }
  return { problems, cells };
}

/**
 * With the module enabled, every procedure x role cell (the tenant's member of each role) matches the permission
 * registry: FORBIDDEN exactly when the role lacks the procedure's permission. A public procedure (permission
 * "public-tenant") lets every role through while its capability is on (switched on here for the tenant), and answers
 * the tenant's NOT_FOUND once it is switched off. `seen` counts the outcomes.
 */
export async function roleMatrixProblems(
  module: ModuleUnderTest,
  tenant: TenantFixture,
): Promise<CellReport & { seen: Map<string, number> }> {
  const call = moduleCaller(module);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  let cells = 0;
  const procedures = listProcedures(module.server.router);
  const capabilities = [...new Set(procedures.flatMap((p) => (p.capability ? [p.capability] : [])))];
  if (capabilities.length) await enablePublicCapabilities(tenant.id, capabilities);
  for (const p of procedures) {
    if (p.permission === PUBLIC_TENANT && p.capability) {
      await disablePublicCapabilities(tenant.id, [p.capability]);
      const off = await tryCall(call(tenant.users.admin, tenant), p.path, undefined);
      await enablePublicCapabilities(tenant.id, [p.capability]);
      // An extra check (not a role cell): the switch is what opens the procedure.
      if (off.ok || off.message !== TENANT_NOT_FOUND_MESSAGE)
        problems.push(
          `${module.manifest.id}.${p.path} with ${p.capability} off: expected the tenant's NOT_FOUND, got ${outcomeSummary(off)}`,
        );
    }
    for (const role of ROLES) {
      const caller = call(tenant.users[role], tenant);
      const first = await tryCall(caller, p.path, undefined);
      let got = gateOutcome(first);
      if (!first.ok && first.code === "BAD_REQUEST") {
        const second = gateOutcome(await tryCall(caller, p.path, {}));
        if (second !== "passed") got = second;
      }
      const want = p.permission === PUBLIC_TENANT ? "passed" : expectedGate(p.permission, [role]);
      cells++;
      seen.set(got, (seen.get(got) ?? 0) + 1);
      if (got !== want) problems.push(`${module.manifest.id}.${p.path} [${p.permission}] as ${role}: expected ${want}, got ${got}`);
    }
  }
  return { problems, cells, seen };
}

/** Up to three row ids of the tenant from each of the module's tables that have an id (prisma/schema/<id>*.prisma). */
export async function moduleRowIds(moduleId: string, tenantId: string): Promise<string[]> {
  const out: string[] = [];
  const db = ownerDb() as unknown as Record<string, { findMany?: (args: unknown) => Promise<{ id: unknown }[]> }>;
  for (const model of pluginModelNames(moduleId)) {
    const delegate = db[model.charAt(0).toLowerCase() + model.slice(1)];
    if (!delegate?.findMany) continue;
    try {
      const rows = await delegate.findMany({ where: { tenantId }, select: { id: true }, take: 3 });
      out.push(...rows.map((r) => r.id).filter((id): id is string => typeof id === "string"));
    } catch {
      // A table without an id column (a link table keyed by two ids) has no row id to ask about.
    }
  }
  return out;
}

export interface CrossTenantReport extends CellReport {
  /** Id inputs a generated input got past validation for (so the foreign id was really tried). */
  covered: number;
  /** Id inputs the generated input never got past validation for. */
  notReached: string[];
  /** Whether the victim's and the attacker's tenants are unchanged. */
  unchanged: boolean;
}

/**
 * A member of another tenant (the module enabled there) calls every procedure that takes a row id with the victim's
 * ids (and a random one): each answers NOT_FOUND, or from a query nothing of the victim, and neither tenant changes.
 * The module's public capabilities are switched on in the attacker's tenant first (a gate refusal would test nothing).
 * Give the victim rows first (seedModules).
 */
export async function crossTenantProblems(
  module: ModuleUnderTest,
  victim: Pick<TenantFixture, "id">,
  attacker: UserFixture,
  attackerTenant: Pick<TenantFixture, "id" | "slug">,
  opts: { foreignIds?: string[] } = {},
): Promise<CrossTenantReport> {
  // The module's public procedures are open in the attacker's tenant, so their id inputs get past the public gate.
  const capabilities = [...new Set(listProcedures(module.server.router).flatMap((p) => (p.capability ? [p.capability] : [])))];
  if (capabilities.length) await enablePublicCapabilities(attackerTenant.id, capabilities);
  const beforeVictim = await snapshotTenant(victim.id);
  const beforeAttacker = await snapshotTenant(attackerTenant.id);
  const caller = moduleCaller(module)(attacker, attackerTenant);
  const foreign = [...(opts.foreignIds ?? (await moduleRowIds(module.manifest.id, victim.id))), randomUUID()];
  const problems: string[] = [];
  const notReached: string[] = [];
  let covered = 0;
  let cells = 0;
  for (const p of listProcedures(module.server.router) as RouterProcedure[]) {
    for (const key of p.inputs.flatMap(inputKeys).filter((k) => ID_KEY.test(k))) {
      cells++;
      let reached = false;
      for (const id of foreign) {
        const value = key.endsWith("Ids") ? [id] : id;
        const input = sampleInput(p.inputs[0], { [key]: value })?.value ?? { [key]: value };
        const o = await tryCall(caller, p.path, input);
        const label = `${module.manifest.id}.${p.path} (${key} = ${id})`;
        if (!o.ok && o.code === "BAD_REQUEST") continue;
        reached = true;
        if (isGateNotFound(o)) problems.push(`${label}: refused at the gate, the case tests nothing: ${outcomeSummary(o)}`);
        else if (o.ok && p.type === "mutation") problems.push(`${label}: the mutation succeeded`);
        else if (o.ok && JSON.stringify(o.value ?? null).includes(id)) problems.push(`${label}: the answer contains the foreign row`);
        else if (!o.ok && o.code !== "NOT_FOUND") problems.push(`${label}: expected NOT_FOUND, got ${outcomeSummary(o)}`);
      }
      if (reached) covered++;
      else notReached.push(`${module.manifest.id}.${p.path} ${key}`);
    }
  }
  const unchanged =
    JSON.stringify(await snapshotTenant(victim.id)) === JSON.stringify(beforeVictim) &&
    JSON.stringify(await snapshotTenant(attackerTenant.id)) === JSON.stringify(beforeAttacker);
  return { problems, cells, covered, notReached, unchanged };
}
