/**
 * The procedures of a router, listed from its flat procedure record (so a new router or module is covered without
 * being named), with what generated tests need: the permission a procedure requires, its input parsers and the keys
 * that carry row ids.
 */
import type { AnyRouter } from "@trpc/server";
import { installedPlatform } from "../platform/installed";

export type ProcedureType = "query" | "mutation" | "subscription";

export interface RouterProcedure {
  /** Dotted path inside the router (a module's router is mounted under the module id in the platform's). */
  path: string;
  type: ProcedureType;
  /** meta.permission: "public" | "authed" | "operator" | a permission key; undefined when the procedure has no meta. */
  permission: string | undefined;
  /** The input parsers (zod schemas) in the order they were added. */
  inputs: unknown[];
  /** meta.capability: the public capability a public procedure (permission "public-tenant") needs. */
  capability?: string;
}
/** The name test/fixtures.ts used. */
export type ProcedureInfo = RouterProcedure;

interface ProcedureDefLike {
  _def: { type?: string; meta?: { permission?: unknown; capability?: unknown }; inputs?: unknown[] };
}

/** Every procedure of a router, sorted by path. */
export function listProcedures(router: AnyRouter): RouterProcedure[] {
  const record = router._def.procedures as unknown as Record<string, ProcedureDefLike>;
  return Object.entries(record)
    .map(([path, proc]): RouterProcedure => {
      const def = proc._def;
      if (def.type !== "query" && def.type !== "mutation" && def.type !== "subscription") {
        throw new Error(`procedure ${path} has no known type`);
      }
      const permission = def.meta?.permission;
      const capability = def.meta?.capability;
      return {
        path,
        type: def.type,
        permission: typeof permission === "string" ? permission : undefined,
        inputs: def.inputs ?? [],
        ...(typeof capability === "string" ? { capability } : {}),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** What a member with these roles (no tenant overrides) must get from a procedure of an enabled module (installed platform). */
export function expectedGate(permission: string | undefined, roles: readonly string[]): "passed" | "FORBIDDEN" {
  return permission && installedPlatform().effectivePermissions(roles, []).has(permission) ? "passed" : "FORBIDDEN";
}

/** Input keys that carry a row id: id, fooId, fooIds. */
export const ID_KEY = /^(id|.+Id|.+Ids)$/;

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
