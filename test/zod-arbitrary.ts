/**
 * Valid random values for a zod (4) schema, as fast-check arbitraries: the generated tests send them to procedures.
 * Best effort, like packages/core/src/testing/sample-input.ts: every value is checked against the schema, and a value
 * that does not parse becomes a known-valid one (the schema's sample, or one of a few handy strings such as a language
 * code or a colour), or NONE when there is no valid value at all (the caller then leaves the field out).
 */
import fc from "fast-check";
import { sampleInput } from "../packages/core/src/testing/sample-input";

export const NONE = Symbol("no valid value");

interface ZodLike {
  safeParse(v: unknown): { success: boolean };
  _zod: { def: Def; optin?: string };
}

interface CheckDef {
  check?: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
}

interface Def {
  type: string;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, ZodLike>;
  element?: ZodLike;
  innerType?: ZodLike;
  in?: ZodLike;
  options?: ZodLike[];
  entries?: Record<string, string | number>;
  values?: unknown[];
}

/** Strings that pass common formats (language codes, days, colours, addresses, urls, e-mail, times). */
const HANDY = [
  "nl",
  "fr",
  "en",
  "ar",
  "2026-05-01",
  "2027-01-31",
  "#1f77b4",
  "#2ca02c",
  "https://example.org/",
  "info@example.org",
  "12:00",
];

function checks(def: Def): CheckDef[] {
  return (def.checks ?? []).map((c) => c._zod.def);
}

function lengthBounds(def: Def, cap: number): { min: number; max: number } {
  const cs = checks(def);
  const min = Math.max(0, ...cs.filter((c) => c.check === "min_length" || c.check === "length_equals").map((c) => c.minimum ?? 0));
  const max = Math.min(min + cap, ...cs.filter((c) => c.check === "max_length").map((c) => c.maximum ?? Number.MAX_SAFE_INTEGER));
  return { min, max: Math.max(min, max) };
}

function raw(schema: ZodLike, depth: number): fc.Arbitrary<unknown> | undefined {
  if (depth > 8) return undefined;
  const def = schema._zod.def;
  switch (def.type) {
    case "string": {
      const { min, max } = lengthBounds(def, 40);
      return fc.oneof(fc.string({ minLength: min, maxLength: max }), fc.constantFrom(...HANDY));
    }
    case "number": {
      let lo = -1_000_000;
      let hi = 1_000_000;
      for (const c of checks(def)) {
        if (c.check === "greater_than" && typeof c.value === "number") lo = Math.max(lo, c.inclusive ? c.value : c.value + 1);
        if (c.check === "less_than" && typeof c.value === "number") hi = Math.min(hi, c.inclusive ? c.value : c.value - 1);
      }
      const int = checks(def).some((c) => c.check === "number_format" && /int/.test(c.format ?? "")) || def.format?.includes("int");
      return int
        ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
        : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
    }
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true });
    case "enum":
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case "literal":
      return def.values?.length ? fc.constantFrom(...def.values) : undefined;
    case "null":
      return fc.constant(null);
    case "nullable": {
      const inner = def.innerType ? raw(def.innerType, depth + 1) : undefined;
      return inner ? fc.option(inner, { nil: null, freq: 4 }) : fc.constant(null);
    }
    case "optional":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return def.innerType ? raw(def.innerType, depth + 1) : undefined;
    case "pipe":
      return def.in ? raw(def.in, depth + 1) : undefined;
    case "union": {
      const opts = (def.options ?? []).map((o) => raw(o, depth + 1)).filter((a): a is fc.Arbitrary<unknown> => !!a);
      return opts.length ? fc.oneof(...opts) : undefined;
    }
    case "array": {
      const el = def.element ? valid(def.element, depth + 1) : undefined;
      if (!el) return undefined;
      const { min, max } = lengthBounds(def, 3);
      return fc.array(el, { minLength: min, maxLength: max }).map((xs) => xs.filter((x) => x !== NONE));
    }
    case "object": {
      const parts: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const [k, v] of Object.entries(def.shape ?? {})) {
        const a = valid(v, depth + 1);
        if (!a) continue;
        parts[k] = a;
        if (v._zod.optin !== "optional") required.push(k);
      }
      return fc.record(parts, { requiredKeys: required }).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== NONE)));
    }
    case "record":
      return fc.constant({});
    default:
      return undefined;
  }
}

/** One valid value: the schema's sample, or a handy string that parses. */
export function fallbackOf(schema: ZodLike): { value: unknown } | undefined {
  const s = sampleInput(schema);
  if (s) return s;
  const handy = HANDY.find((h) => schema.safeParse(h).success);
  return handy === undefined ? undefined : { value: handy };
}

/** Values that parse with the schema (or NONE when neither the random value nor any fallback does). */
export function valid(schema: ZodLike, depth = 0): fc.Arbitrary<unknown> | undefined {
  const fallback = fallbackOf(schema);
  const arb = raw(schema, depth);
  if (!arb) return fallback ? fc.constant(fallback.value) : undefined;
  return arb.map((v) => (schema.safeParse(v).success ? v : fallback ? fallback.value : NONE));
}
