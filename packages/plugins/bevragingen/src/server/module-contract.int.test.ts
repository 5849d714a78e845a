/**
 * Bevragingen against the module contract, written with the platform's test kit alone (`@zorgzaam/core/testing`): the
 * proof that a module can test itself without core's internals or the repository's cross-cutting fixtures. The module
 * is installed on its own (no other module), on tenants made by the kit's factories:
 *  - its definition keeps the static contract, and its catalogs have every key in nl, fr and en, none empty;
 *  - switched off for a tenant, every procedure answers NOT_FOUND, even to a member holding every role;
 *  - switched on, every role x procedure cell matches the permission registry;
 *  - a member of another tenant using this tenant's row ids gets NOT_FOUND (or nothing of them), and nothing changes.
 */
import {
  catalogProblems,
  closeAll,
  contractProblems,
  createMember,
  createTenant,
  crossTenantProblems,
  disabledModuleProblems,
  installModules,
  listProcedures,
  type MemberFixture,
  roleMatrixProblems,
  ROLES,
  seedModules,
  setModuleEnabled,
  type TenantFixture,
} from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bevragingenPlugin as bevragingen } from "../definition";

installModules([bevragingen]);
const procedures = listProcedures(bevragingen.server.router).length;

let A: TenantFixture; // module on, seeded: the victim
let B: TenantFixture; // module on: the attacker's tenant
let Off: TenantFixture; // module off
let everyRoleOff: MemberFixture;
let attacker: MemberFixture;

beforeAll(async () => {
  [A, B, Off] = await Promise.all([
    createTenant({ tag: "bv-kit-a" }),
    createTenant({ tag: "bv-kit-b" }),
    createTenant({ tag: "bv-kit-off" }),
  ]);
  await seedModules(A, [bevragingen]);
  await setModuleEnabled(B.id, bevragingen, true);
  [everyRoleOff, attacker] = await Promise.all([
    createMember(Off, { roles: [...ROLES], tag: "bv-kit-off-all" }),
    createMember(B, { roles: [...ROLES], tag: "bv-kit-attacker" }),
  ]);
});

afterAll(async () => {
  await closeAll();
});

describe("bevragingen, with the test kit alone", () => {
  it("keeps the static contract, and says everything in nl, fr and en", async () => {
    expect(procedures).toBeGreaterThan(8);
    expect(await contractProblems(bevragingen)).toEqual([]);
    expect(catalogProblems(bevragingen.messages)).toEqual([]);
  });

  it("switched off, answers NOT_FOUND to every procedure, even to a member holding every role", async () => {
    const { problems, cells } = await disabledModuleProblems(bevragingen, everyRoleOff, Off);
    expect(problems).toEqual([]);
    expect(cells).toBe(procedures);
  });

  it("switched on, matches the permission registry in every role x procedure cell", async () => {
    const { problems, cells, seen } = await roleMatrixProblems(bevragingen, A);
    expect(problems).toEqual([]);
    expect(cells).toBe(procedures * ROLES.length);
    expect(seen.get("passed") ?? 0).toBeGreaterThan(0);
    expect(seen.get("FORBIDDEN") ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it("refuses another tenant's member using this tenant's ids, and neither tenant changes", async () => {
    const report = await crossTenantProblems(bevragingen, A, attacker, B);
    expect(report.problems).toEqual([]);
    expect(report.unchanged).toBe(true);
    expect(report.covered + report.notReached.length).toBe(report.cells);
    expect(report.covered).toBeGreaterThanOrEqual(3);
  }, 180_000);
});
