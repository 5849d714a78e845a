/**
 * A small, valid value for a zod (4) schema, for the contract tests: a procedure input that gets past validation (so the
 * call reaches the handler) or a job payload that parses. Best effort: returns undefined when the generated value does
 * not parse (refinements, exotic types). `overrides` replaces top-level object keys (e.g. { id: someUuid }).
 */
import { randomUUID } from "node:crypto";

interface ZodLike {
  safeParse(v: unknown): { success: boolean };
  _zod: { def: ZodDef };
}

interface CheckDef {
  check?: string;
  minimum?: number;
  maximum?: number;
  value?: number | bigint;
  inclusive?: boolean;
  format?: string;
}

interface ZodDef {
  type: string;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, ZodLike>;
  element?: ZodLike;
  innerType?: ZodLike;
  in?: ZodLike;
  out?: ZodLike;
  options?: ZodLike[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  left?: ZodLike;
  right?: ZodLike;
  items?: ZodLike[];
  keyType?: ZodLike;
  valueType?: ZodLike;
  getter?: () => ZodLike;
}

function isZod(s: unknown): s is ZodLike {
  return !!s && typeof s === "object" && "_zod" in s && typeof (s as ZodLike).safeParse === "function";
}

function checksOf(def: ZodDef): CheckDef[] {
  return (def.checks ?? []).map((c) => c._zod.def);
}

function sampleString(def: ZodDef): string {
  const checks = checksOf(def);
  const format = def.format ?? checks.find((c) => c.check === "string_format")?.format;
  switch (format) {
    case "uuid":
    case "guid":
      return randomUUID();
    case "email":
      return `contract-${randomUUID().slice(0, 8)}@test.zorgzaam.localhost`;
    case "url":
      return "https://example.org/";
    case "datetime":
      return new Date().toISOString();
    case "date":
      return new Date().toISOString().slice(0, 10);
    case "time":
      return "12:00:00";
    default:
      break;
  }
  const min = Math.max(1, ...checks.filter((c) => c.check === "min_length" || c.check === "length_equals").map((c) => c.minimum ?? 0));
  const max = Math.min(10_000, ...checks.filter((c) => c.check === "max_length").map((c) => c.maximum ?? 10_000));
  const base = "Contracttest";
  const text = base.length >= min ? base : base.padEnd(min, "x");
  return text.slice(0, Math.max(min, Math.min(max, text.length)));
}

function sampleNumber(def: ZodDef): number {
  let n = 1;
  for (const c of checksOf(def)) {
    if (c.check === "greater_than" && typeof c.value === "number") n = Math.max(n, c.inclusive ? c.value : c.value + 1);
    if (c.check === "less_than" && typeof c.value === "number") n = Math.min(n, c.inclusive ? c.value : c.value - 1);
  }
  return n;
}

function sample(schema: ZodLike, depth: number): unknown {
  if (depth > 12) return undefined;
  const def = schema._zod.def;
  switch (def.type) {
    case "string":
      return sampleString(def);
    case "number":
      return sampleNumber(def);
    case "bigint":
      return 1n;
    case "boolean":
      return false;
    case "date":
      return new Date();
    case "null":
      return null;
    case "undefined":
    case "void":
      return undefined;
    case "any":
    case "unknown":
      return {};
    case "literal":
      return def.values?.[0];
    case "enum":
      return Object.values(def.entries ?? {})[0];
    case "optional":
      return undefined;
    case "nullable":
      return def.innerType ? sample(def.innerType, depth + 1) : null;
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return def.innerType ? sample(def.innerType, depth + 1) : undefined;
    case "pipe":
      return def.in ? sample(def.in, depth + 1) : undefined;
    case "lazy":
      return def.getter ? sample(def.getter(), depth + 1) : undefined;
    case "union": {
      for (const o of def.options ?? []) {
        const v = sample(o, depth + 1);
        if (o.safeParse(v).success) return v;
      }
      return undefined;
    }
    case "intersection": {
      const l = def.left ? sample(def.left, depth + 1) : {};
      const r = def.right ? sample(def.right, depth + 1) : {};
      return l && r && typeof l === "object" && typeof r === "object" ? { ...l, ...r } : l;
    }
    case "array": {
      const min = Math.max(0, ...checksOf(def).map((c) => (c.check === "min_length" ? (c.minimum ?? 0) : 0)));
      return Array.from({ length: min }, () => (def.element ? sample(def.element, depth + 1) : undefined));
    }
    case "tuple":
      return (def.items ?? []).map((i) => sample(i, depth + 1));
    case "record":
      return {};
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(def.shape ?? {})) {
        const value = sample(v, depth + 1);
        if (value !== undefined) out[k] = value;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** A value that parses with the schema, or undefined when none could be made. */
export function sampleInput(schema: unknown, overrides: Record<string, unknown> = {}): { value: unknown } | undefined {
  if (!isZod(schema)) return undefined;
  let value = sample(schema, 0);
  if (Object.keys(overrides).length && value && typeof value === "object" && !Array.isArray(value)) value = { ...value, ...overrides };
  return schema.safeParse(value).success ? { value } : undefined;
}
