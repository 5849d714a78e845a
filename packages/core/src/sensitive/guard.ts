import { AsyncLocalStorage } from "node:async_hooks";
import { appDb, type PrismaClient, requestClientOf } from "../db/client";
import { installedPlatform } from "../platform/installed";
import { appError } from "../trpc/errors";
import { auditActionOf, type SensitiveFieldRule } from "./fields";
import { type PublicFieldRule, publicFieldMap } from "../public/fields";

/** What the guard knows about the request it runs in. */
export interface GuardState {
  permissions: ReadonlySet<string> | null;
  /**
   * Set in a public read (publicTenantProcedure, query): model -> the fields a resident may see (public/fields.ts).
   * Every row read keeps only those; a model without a declaration cannot be read.
   */
  publicFields: ReadonlyMap<string, ReadonlySet<string>> | null;
  /** Reads of sensitive values with the permission, to be audit-logged before the request commits. */
  reads: Map<string, { action: string; model: string; id: string; fields: string[] }>;
}

// One per process (on globalThis), like the request connection's (db/request-connection.ts): Next bundles core into
// several server chunks, and a guarded client made by one copy must see the state a request set through another. A
// per-copy store would leave that client without state, and without state the guard hides nothing.
const stores = globalThis as unknown as { __zorgzaamSensitiveGuard?: AsyncLocalStorage<GuardState> };
stores.__zorgzaamSensitiveGuard ??= new AsyncLocalStorage<GuardState>();
const store = stores.__zorgzaamSensitiveGuard;

/** Runs fn with a fresh guard state (permissions set later, once the membership is known). */
export function withSensitiveGuard<T>(fn: (state: GuardState) => Promise<T>): Promise<T> {
  const state: GuardState = { permissions: null, publicFields: null, reads: new Map() };
  return store.run(state, () => fn(state));
}

/** Every declared rule: core's and every module's of the installed platform. */
export function sensitiveRules(): readonly SensitiveFieldRule[] {
  return installedPlatform().sensitiveFields;
}

type Relations = Map<string, Map<string, string>>;

/** What the guard does per model, worked out once (not per query: the guard runs on every query of a request). */
interface Plan {
  rules: Map<string, SensitiveFieldRule[]>;
}

let cache: { rules: readonly SensitiveFieldRule[]; plan: Plan } | undefined;
function currentPlan(): Plan {
  const all = sensitiveRules();
  if (cache?.rules === all) return cache.plan;
  const rules = new Map<string, SensitiveFieldRule[]>();
  for (const r of all) rules.set(r.model, [...(rules.get(r.model) ?? []), r]);
  const plan = { rules };
  cache = { rules: all, plan };
  return plan;
}

const relationsCache = new WeakMap<object, Relations>();
/** model -> relation field -> target model, from the client's runtime data model (for nested results). */
function relationsOf(db: PrismaClient): Relations {
  const known = relationsCache.get(db);
  if (known) return known;
  const rdm = (
    db as unknown as { _runtimeDataModel?: { models: Record<string, { fields: { name: string; kind: string; type: string }[] }> } }
  )._runtimeDataModel;
  const out: Relations = new Map();
  for (const [model, def] of Object.entries(rdm?.models ?? {})) {
    out.set(model, new Map(def.fields.filter((f) => f.kind === "object").map((f) => [f.name, f.type])));
  }
  relationsCache.set(db, out);
  return out;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

/**
 * Redacts (or, with the permission, records the read of) the sensitive fields of rows of `model`, and of rows nested
 * under them. Mutates and returns `value`.
 */
function visit(model: string, value: unknown, state: GuardState, plan: Plan, rel: Relations, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (const v of value) visit(model, v, state, plan, rel, depth + 1);
    return value;
  }
  const row = value as Record<string, unknown>;
  for (const rule of plan.rules.get(model) ?? []) {
    const present = Object.keys(rule.fields).filter((f) => f in row);
    if (present.length === 0) continue;
    if (state.permissions?.has(rule.permission)) {
      const read = present.filter((f) => !isEmpty(row[f]));
      const id = typeof row.id === "string" ? row.id : null;
      if (read.length && id) {
        const key = `${rule.model}:${id}`;
        const prev = state.reads.get(key);
        state.reads.set(key, {
          action: auditActionOf(rule),
          model: rule.model,
          id,
          fields: [...new Set([...(prev?.fields ?? []), ...read])],
        });
      }
    } else {
      for (const f of present) row[f] = rule.fields[f];
    }
  }
  const nested = rel.get(model);
  if (nested) {
    for (const [field, target] of nested) if (field in row) visit(target, row[field], state, plan, rel, depth + 1);
  }
  return value;
}

/** Redacts rows of a model by the current request's permissions (for exports stored as JSON). */
export function redactRows(model: string, rows: unknown, db: PrismaClient): unknown {
  const state = store.getStore();
  if (!state) return rows;
  const rel = relationsOf(db);
  return visit(model, rows, state, currentPlan(), rel);
}

/**
 * Whether a result of this query can hold a sensitive value: its model has rules, or its select/include reaches (at any
 * depth) a relation to a model with rules. Decided from the query's arguments, which are small, so that the rows of
 * all other queries (most of them, and the largest) are not walked.
 */
function mayCarry(model: string, args: unknown, plan: Plan, rel: Relations, depth = 0): boolean {
  if (plan.rules.has(model)) return true;
  if (depth > 8 || !args || typeof args !== "object") return false;
  const nested = rel.get(model);
  if (!nested) return false;
  const { select, include } = args as { select?: unknown; include?: unknown };
  for (const shape of [select, include]) {
    if (!shape || typeof shape !== "object") continue;
    for (const [field, v] of Object.entries(shape)) {
      const target = v ? nested.get(field) : undefined;
      // `true` selects the target's own fields, so whether the target has rules decides.
      if (target && mayCarry(target, v === true ? undefined : v, plan, rel, depth + 1)) return true;
    }
  }
  return false;
}

/**
 * From here to the end of the current guarded request, every row read keeps only the given fields of its model, and a
 * model without a declaration cannot be read: a limited read for members (plugins/procedures.ts `limitedQuery`), the
 * same mechanism as a public read. Outside a guarded request it is a programming error.
 */
export function limitReadsTo(fields: ReadonlyMap<string, ReadonlySet<string>>): void {
  const state = store.getStore();
  if (!state) throw new Error("limitReadsTo outside a guarded request");
  state.publicFields = fields;
}

let publicCache: { rules: readonly PublicFieldRule[]; map: ReadonlyMap<string, ReadonlySet<string>> } | undefined;
/** Core's and every module's public fields, by model. */
export function publicFields(): ReadonlyMap<string, ReadonlySet<string>> {
  const rules = installedPlatform().publicFields;
  if (publicCache?.rules !== rules) publicCache = { rules, map: publicFieldMap(rules) };
  return publicCache.map;
}

/**
 * For the generated test only (test/public-fields.int.test.ts): `probe` sees every row of a public read (what it
 * kept, what it took away); `strip: false` leaves the rows whole, to prove that the test notices.
 */
export const publicReadTesting: {
  strip: boolean;
  probe: ((model: string, kept: readonly string[], removed: Readonly<Record<string, unknown>>) => void) | null;
} = { strip: true, probe: null };

/** Results that are no rows (a number of rows changed). */
const COUNT_RESULTS = new Set(["count", "createMany", "updateMany", "deleteMany"]);

/**
 * Keeps only the public fields of rows of `model` (and of rows nested under them, by their own model's declaration);
 * aggregates (`_count`, `_max: { field }`) keep only public fields too. Mutates and returns `value`.
 */
function keepPublic(model: string, value: unknown, allowed: ReadonlyMap<string, ReadonlySet<string>>, rel: Relations, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (const v of value) keepPublic(model, v, allowed, rel, depth + 1);
    return value;
  }
  const fields = allowed.get(model);
  if (!fields) throw new Error(`A public read of ${model}, which has no public fields: declare them (publicFields)`);
  const row = value as Record<string, unknown>;
  const nested = rel.get(model);
  const removed: Record<string, unknown> = {};
  const strip = publicReadTesting.strip;
  for (const key of Object.keys(row)) {
    const target = nested?.get(key);
    if (target) {
      keepPublic(target, row[key], allowed, rel, depth + 1);
    } else if (key.startsWith("_")) {
      // An aggregate: { _count: { _all: 3 } }, { _max: { field: v } }: its inner fields must be public.
      const inner = row[key];
      if (inner && typeof inner === "object")
        for (const f of Object.keys(inner)) {
          if (f.startsWith("_") || fields.has(f) || nested?.has(f)) continue;
          removed[`${key}.${f}`] = (inner as Record<string, unknown>)[f];
          if (strip) delete (inner as Record<string, unknown>)[f];
        }
    } else if (!fields.has(key)) {
      removed[key] = row[key];
      if (strip) delete row[key];
    }
  }
  publicReadTesting.probe?.(model, Object.keys(row), removed);
  return value;
}

const CREATES = new Set(["create", "createMany", "createManyAndReturn"]);
const UPDATES = new Set(["update", "updateMany", "updateManyAndReturn"]);

function touched(rule: SensitiveFieldRule, data: unknown, creating: boolean): string[] {
  const rows = Array.isArray(data) ? data : [data];
  const out = new Set<string>();
  for (const r of rows) {
    if (!r || typeof r !== "object") continue;
    for (const f of Object.keys(rule.fields)) {
      const v = (r as Record<string, unknown>)[f];
      // Creating a row with nothing in the field does not touch it; an update that clears it does.
      if (v === undefined || (creating && isEmpty(v))) continue;
      out.add(f);
    }
  }
  return [...out];
}

function checkWrite(
  model: string,
  operation: string,
  args: Record<string, unknown>,
  state: GuardState,
  rules: Map<string, SensitiveFieldRule[]>,
) {
  const parts: [unknown, boolean][] = CREATES.has(operation)
    ? [[args.data, true]]
    : UPDATES.has(operation)
      ? [[args.data, false]]
      : operation === "upsert"
        ? [
            [args.create, true],
            [args.update, false],
          ]
        : [];
  for (const rule of rules.get(model) ?? []) {
    if (state.permissions?.has(rule.permission)) continue;
    for (const [data, creating] of parts) {
      const fields = touched(rule, data, creating);
      if (fields.length) {
        throw appError("sensitive.writeForbidden");
      }
    }
  }
}

/**
 * The application client with the sensitive-field guard. Outside a guarded request (jobs, seeds, operator work) it
 * behaves like the plain client.
 */
export function guardClient(base: PrismaClient): PrismaClient {
  const rel = relationsOf(base);
  return base.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const state = store.getStore();
          if (!state?.permissions) return query(args);
          const plan = currentPlan();
          checkWrite(model, operation, args as Record<string, unknown>, state, plan.rules);
          const allowed = state.publicFields;
          // Most queries cannot return a sensitive value, not even in a nested include: their results are not walked.
          if (!allowed) return mayCarry(model, args, plan, rel) ? visit(model, await query(args), state, plan, rel) : query(args);
          // A public read: every row keeps only its model's public fields.
          const result = mayCarry(model, args, plan, rel) ? visit(model, await query(args), state, plan, rel) : await query(args);
          return COUNT_RESULTS.has(operation) ? result : keepPublic(model, result, allowed, rel);
        },
      },
    },
  }) as unknown as PrismaClient;
}

const requestGuarded = new WeakMap<PrismaClient, PrismaClient>();

/** The guarded request client of db (ADR 0039): what a request's handlers get as ctx.tx. Built once per client. */
export function guardedRequestDb(db: PrismaClient = appDb()): PrismaClient {
  const request = requestClientOf(db);
  let guarded = requestGuarded.get(request);
  if (!guarded) {
    guarded = guardClient(request);
    requestGuarded.set(request, guarded);
  }
  return guarded;
}
