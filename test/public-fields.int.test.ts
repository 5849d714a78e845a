/**
 * Public reads expose only fields declared public (issue 11), generated from the app router and the declarations
 * (core's CORE_PUBLIC_FIELDS and every module's `server.publicFields`), so a new public query is covered without a line
 * of its own:
 *  1. every declared model and field exists (a typo would hide a field for good, or let one through);
 *  2. every public query procedure, run without a session on a tenant with every module seeded and every public switch
 *     on, hands its handler only declared fields of the rows it reads (cells: procedure x model read), and its answer
 *     holds no value of a field that was taken away;
 *  3. a member's limited queries (`limitedQuery`, the same guard) declare only existing models and fields;
 *  4. the check is not vacuous: a public query made here that returns whole rows passes it while the guard strips, and
 *     fails it (fields reach the handler, their values the answer) with the guard's stripping switched off (a
 *     test-only switch); a model nobody declared cannot be read at all.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_TENANT, publicTenantProcedure } from "../packages/core/src/public/procedure";
import { publicFields, publicReadTesting } from "../packages/core/src/sensitive/guard";
import { sampleInput } from "../packages/core/src/testing/sample-input";
import { createContext } from "../packages/core/src/trpc/context";
import { createCallerFactory, router } from "../packages/core/src/trpc/init";
import {
  appRouter,
  closeAll,
  createTenant,
  enablePublicCapabilities,
  listProcedures,
  ownerDb,
  platform,
  type ProcedureInfo,
  seedModules,
  type TenantFixture,
} from "./fixtures";

let T: TenantFixture;
let queries: ProcedureInfo[];

beforeAll(async () => {
  T = await createTenant({ tag: "public-fields" });
  await seedModules(T);
  await enablePublicCapabilities(T.id);
  queries = listProcedures().filter((p) => p.permission === PUBLIC_TENANT && p.type === "query");
});

afterEach(() => {
  publicReadTesting.strip = true;
  publicReadTesting.probe = null;
});

afterAll(async () => {
  await closeAll();
});

/** Every string value in a value (dates as ISO text), for the search of a taken-away value in an answer. */
function valueStrings(v: unknown): string[] {
  const out: string[] = [];
  const walk = (x: unknown, depth: number) => {
    if (depth > 20 || x === null || x === undefined) return;
    if (typeof x === "string") out.push(x);
    else if (x instanceof Date) out.push(x.toISOString());
    else if (typeof x === "object") for (const y of Object.values(x)) walk(y, depth + 1);
  };
  walk(v, 0);
  return out;
}

interface Run {
  /** procedure -> models whose rows its handler got. */
  cells: Map<string, Set<string>>;
  problems: string[];
}

/** Calls each procedure as a resident would, watching every row its public read got. */
async function runAll(procedures: { path: string; call: () => Promise<unknown> }[]): Promise<Run> {
  const cells = new Map<string, Set<string>>();
  const problems: string[] = [];
  const declared = publicFields();
  for (const p of procedures) {
    const models = new Set<string>();
    const removed: string[] = [];
    publicReadTesting.probe = (model, kept, away) => {
      models.add(model);
      const fields = declared.get(model);
      for (const k of kept)
        if (!k.startsWith("_") && !fields?.has(k) && !isRelation(model, k)) problems.push(`${p.path}: ${model}.${k} reached the handler`);
      for (const s of valueStrings(away)) removed.push(s);
    };
    let out: unknown;
    try {
      out = await p.call();
    } catch (e) {
      problems.push(`${p.path}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    } finally {
      publicReadTesting.probe = null;
    }
    cells.set(p.path, models);
    const answer = new Set(valueStrings(out));
    // A value of a field taken away (an id, a note, a date) must not be in the answer; short values (a digit, "nl")
    // could be there for another reason.
    for (const s of new Set(removed))
      if (s.length >= 6 && answer.has(s)) problems.push(`${p.path}: answers "${s.slice(0, 40)}", a value of a non-public field`);
  }
  return { cells, problems };
}

const relations = new Map<string, Set<string>>();
function isRelation(model: string, field: string): boolean {
  if (!relations.size) {
    const rdm = (ownerDb() as unknown as { _runtimeDataModel: { models: Record<string, { fields: { name: string; kind: string }[] }> } })
      ._runtimeDataModel;
    for (const [m, def] of Object.entries(rdm.models))
      relations.set(m, new Set(def.fields.filter((f) => f.kind === "object").map((f) => f.name)));
  }
  return relations.get(model)?.has(field) ?? false;
}

const resident = () => createCallerFactory(appRouter)(createContext({ tenantSlug: T.slug, ip: "192.0.2.44" }));

/** Ids of the tenant's rows of every model with public fields: an `id` input is tried with each until one answers. */
async function candidateIds(): Promise<string[]> {
  const out: string[] = [];
  for (const rule of platform.publicFields) {
    if (rule.model === "Tenant" || !rule.fields.includes("id")) continue;
    const delegate = (ownerDb() as unknown as Record<string, { findMany(a: unknown): Promise<{ id: string }[]> } | undefined>)[
      `${rule.model.charAt(0).toLowerCase()}${rule.model.slice(1)}`
    ];
    if (!delegate) throw new Error(`no delegate for ${rule.model}`);
    const rows = await delegate.findMany({ where: { tenantId: T.id }, select: { id: true }, take: 20 });
    out.push(...rows.map((r) => r.id));
  }
  return out;
}

function callsOf(procedures: ProcedureInfo[], ids: readonly string[]) {
  return procedures.map((p) => ({
    path: p.path,
    call: async () => {
      let fn: unknown = resident();
      for (const part of p.path.split(".")) fn = (fn as Record<string, unknown>)[part];
      const call = fn as (input: unknown) => Promise<unknown>;
      const sample = sampleInput(p.inputs[0]);
      const shape = (p.inputs[0] as { shape?: Record<string, unknown> } | undefined)?.shape;
      if (!shape || !("id" in shape)) return call(sample);
      // A read of one row: the first of the seeded rows it answers for (others are not found, or not public).
      for (const id of ids) {
        const out = await call({ ...(sample as object | undefined), id }).catch(() => undefined);
        if (out !== undefined) return out;
      }
      throw new Error("answered for none of the seeded rows");
    },
  }));
}

/** A public query that returns whole rows (what the guard is for): not in the app, only here. */
const leaky = router({
  neighbourhoods: publicTenantProcedure("core.site").query(({ ctx }) => ctx.tx.neighbourhood.findMany()),
});
const leakyCall = () => createCallerFactory(leaky)(createContext({ tenantSlug: T.slug })).neighbourhoods();

describe("public reads expose only fields declared public", () => {
  it("declares only models and fields that exist", () => {
    const rdm = (ownerDb() as unknown as { _runtimeDataModel: { models: Record<string, { fields: { name: string }[] }> } })
      ._runtimeDataModel;
    const problems: string[] = [];
    for (const rule of platform.publicFields) {
      const model = rdm.models[rule.model];
      if (!model) problems.push(`${rule.model}: no such model`);
      else for (const f of rule.fields) if (!model.fields.some((x) => x.name === f)) problems.push(`${rule.model}.${f}: no such field`);
    }
    expect(problems).toEqual([]);
    expect(platform.publicFields.length).toBeGreaterThanOrEqual(7);
  });

  it("declares only models and fields that exist in every member's limited query (limitedQuery), which are queries", () => {
    const rdm = (ownerDb() as unknown as { _runtimeDataModel: { models: Record<string, { fields: { name: string }[] }> } })
      ._runtimeDataModel;
    const record = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { type?: string; meta?: { limitedFields?: readonly { model: string; fields: readonly string[] }[] } } }
    >;
    const limited = Object.entries(record).filter(([, p]) => p._def.meta?.limitedFields);
    const problems: string[] = [];
    for (const [path, p] of limited) {
      if (p._def.type !== "query") problems.push(`${path}: a limited procedure that is not a query`);
      for (const rule of p._def.meta?.limitedFields ?? []) {
        const model = rdm.models[rule.model];
        if (!model) problems.push(`${path}: ${rule.model}: no such model`);
        else
          for (const f of rule.fields)
            if (!model.fields.some((x) => x.name === f)) problems.push(`${path}: ${rule.model}.${f}: no such field`);
      }
    }
    expect(problems).toEqual([]);
    expect(limited.map(([path]) => path)).toEqual(expect.arrayContaining(["burenhulp.peer.nearby"]));
  });

  it("hands every public query's handler only public fields, and no taken-away value reaches an answer", async () => {
    expect(queries.map((q) => q.path)).toEqual(
      expect.arrayContaining([
        "publicSite.home",
        "publicSite.privacy",
        "publicSite.contactForm",
        "burenhulp.public.form",
        "bevragingen.public.open",
        "bevragingen.public.survey",
      ]),
    );
    const run = await runAll(callsOf(queries, await candidateIds()));
    expect(run.problems).toEqual([]);
    const cells = [...run.cells.entries()].flatMap(([path, models]) => [...models].map((m) => `${path} x ${m}`));
    console.info(`public fields: ${queries.length} public queries, ${cells.length} cells (procedure x model read)`);
    // Every model a public query read is declared (else the read would have failed, as a problem above).
    expect(cells.length).toBeGreaterThanOrEqual(12);
    expect(cells).toEqual(
      expect.arrayContaining([
        "publicSite.home x Tenant",
        "publicSite.home x Neighbourhood",
        "publicSite.contactForm x ConsentPurpose",
        "burenhulp.public.form x BurenhulpKind",
        "bevragingen.public.survey x BevragingenSurvey",
        "bevragingen.public.survey x BevragingenVersion",
      ]),
    );
  });

  it("keeps only public fields of whole rows, and refuses a model nobody declared", async () => {
    const rows = (await leakyCall()) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    expect([...new Set(rows.flatMap((r) => Object.keys(r)))].sort()).toEqual(["id", "name"]);
    const undeclared = router({
      people: publicTenantProcedure("core.site").query(({ ctx }) => ctx.tx.person.findMany({ select: { id: true } })),
    });
    await expect(createCallerFactory(undeclared)(createContext({ tenantSlug: T.slug })).people()).rejects.toThrow();
  });

  it("notices when the guard does not strip (the check is not vacuous)", async () => {
    // With the guard on, the whole-rows query passes the same check.
    expect((await runAll([{ path: "leaky.neighbourhoods", call: leakyCall }])).problems).toEqual([]);
    publicReadTesting.strip = false;
    const run = await runAll([{ path: "leaky.neighbourhoods", call: leakyCall }]);
    // Off, the non-public fields reach the handler, and the answer hands out their values (the tenant's id, ...).
    expect(run.problems.filter((p) => p.includes("reached the handler")).length).toBeGreaterThan(0);
    expect(run.problems.filter((p) => p.includes("a value of a non-public field")).length).toBeGreaterThan(0);
  });
});
