/**
 * "Update means change what I sent": the one pattern for update procedures, in core and in every module.
 *
 *   update: tenantProcedure("core.people.manage")
 *     .meta(updateMeta({ model: "Person" }))
 *     .input(updateInput(fields, { id }))
 *     .mutation(...)
 *
 * `updateInput` makes every field of the create schema optional WITHOUT its default: a key that is not sent stays
 * out of the parsed input (zod's `.partial()` keeps `.default()`s, so a partial update would empty every field with a
 * default). Transforms and refinements of a field run only when its key was sent. Handlers then write only the keys
 * present in the input (`undefined` means "not sent"). `updateMeta` marks the procedure, so the tests generated from
 * the app router find every update procedure (test/update-inputs.int.test.ts) and refuse an update without the mark.
 */
import { z } from "zod";
import type { Meta } from "./init";

/** What an update procedure changes: one row of one model. */
export interface UpdateMark {
  /** The Prisma model (as in the schema, e.g. "Person", "PartnersActor") of the row the procedure changes. */
  model: string;
  /**
   * How the input names the row: the input key and the column it matches ({ input: "id", column: "id" } when left
   * out), or "tenant" when the row is the caller's tenant itself.
   */
  row?: { input: string; column: string } | "tenant";
  /**
   * What the handler also changes when a field is sent, by field: columns of the row, or tables whose rows point at
   * the row (a list it rewrites). E.g. a sent point moves the actor into other neighbourhoods
   * ({ lat: ["locationSource", "neighbourhoodIds"] }), a sent set of labels writes three columns
   * ({ labels: ["labelNl", "labelFr", "labelEn"] }), sent neighbourhoods rewrite a membership's
   * ({ neighbourhoodIds: ["MembershipNeighbourhood"] }). Every other column and related row stays as it was.
   */
  derived?: Record<string, readonly string[]>;
}

/** The meta of an update procedure. tRPC merges meta shallowly, so the procedure keeps its `permission`. */
export function updateMeta(mark: UpdateMark): Meta {
  // Only `update` is given here; the permission comes from tenantProcedure / the module's procedure().
  return { update: mark } as Meta;
}

/** A field's schema without the defaults around it (a default inside a pipe's input, an optional or a nullable too). */
function withoutDefault(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
  switch (def.type) {
    case "default":
    case "prefault":
      return withoutDefault(def.innerType as z.ZodType);
    case "optional":
    case "nullable": {
      const inner = withoutDefault(def.innerType as z.ZodType);
      return inner === def.innerType ? schema : schema.clone({ ...schema._zod.def, innerType: inner } as typeof schema._zod.def);
    }
    case "pipe": {
      const inner = withoutDefault(def.in as z.ZodType);
      return inner === def.in ? schema : schema.clone({ ...schema._zod.def, in: inner } as typeof schema._zod.def);
    }
    default:
      return schema;
  }
}

type NoDefault<T> = T extends z.ZodDefault<infer I> ? I : T extends z.ZodPrefault<infer I> ? I : T;
type UpdateShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<NoDefault<S[K]>> };

/**
 * The input of an update: `keys` (required: the row's id, a version, ...) and every field of `fields`, optional and
 * without its default. Object-level refinements belong on the result (they see only what was sent).
 */
export function updateInput<S extends z.ZodRawShape, K extends z.ZodRawShape>(
  fields: z.ZodObject<S> | S,
  keys: K,
): z.ZodObject<UpdateShape<S> & K> {
  if (fields instanceof z.ZodObject && (fields._zod.def.checks?.length ?? 0) > 0) {
    throw new Error("updateInput: the fields have object-level refinements; put them on the update input instead");
  }
  const shape = (fields instanceof z.ZodObject ? fields.shape : fields) as S;
  const out: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(shape)) {
    if (key in keys) throw new Error(`updateInput: "${key}" is both a field and a key`);
    out[key] = withoutDefault(schema as z.ZodType).optional();
  }
  return z.object({ ...out, ...keys }) as unknown as z.ZodObject<UpdateShape<S> & K>;
}

/** The update mark of a procedure's meta, if it has one (for the generated tests). */
export function updateMarkOf(meta: unknown): UpdateMark | undefined {
  const mark = (meta as { update?: unknown } | undefined)?.update;
  return mark && typeof mark === "object" && typeof (mark as UpdateMark).model === "string" ? (mark as UpdateMark) : undefined;
}
