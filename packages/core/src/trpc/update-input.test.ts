import { describe, expect, it } from "vitest";
import { z } from "zod";
import { updateInput, updateMarkOf, updateMeta } from "./update-input";

const blankToNull = z
  .string()
  .trim()
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));

const fields = z.object({
  name: z.string().trim().min(1),
  lastName: z.string().default(""),
  tags: z.array(z.string()).default([]),
  kind: z.enum(["a", "b"]).nullable().default(null),
  active: z.boolean().prefault(true),
  note: blankToNull,
  code: z.string().default("x").optional(),
  upper: z
    .string()
    .default("")
    .transform((v) => v.toUpperCase()),
});
const id = z.uuid();
const ID = "6f1c2c1e-5d2a-4c1b-9a53-0a4b7c1d2e3f";

describe("updateInput", () => {
  const input = updateInput(fields, { id });

  it("fills in no default: only the id comes back when only the id is sent", () => {
    expect(input.parse({ id: ID })).toEqual({ id: ID });
    expect(Object.keys(input.parse({ id: ID }))).toEqual(["id"]);
    // .partial(), for comparison, empties every field with a default.
    expect(fields.partial().extend({ id }).parse({ id: ID })).not.toEqual({ id: ID });
  });

  it("keeps the keys required and validates and transforms what is sent", () => {
    expect(input.safeParse({}).success).toBe(false);
    expect(input.safeParse({ id: ID, name: "  " }).success).toBe(false);
    expect(input.parse({ id: ID, name: " Ann ", note: "", upper: "ab", kind: null, tags: [] })).toEqual({
      id: ID,
      name: "Ann",
      note: null,
      upper: "AB",
      kind: null,
      tags: [],
    });
    // The "" -> null transform runs only when the key was sent.
    expect("note" in input.parse({ id: ID, name: "x" })).toBe(false);
    expect(input.parse({ id: ID, note: undefined })).toEqual({ id: ID });
  });

  it("accepts a raw shape and refuses refinements it would drop, and a field that is also a key", () => {
    expect(updateInput({ a: z.string().default("") }, { id }).parse({ id: ID })).toEqual({ id: ID });
    expect(() =>
      updateInput(
        fields.refine(() => true),
        { id },
      ),
    ).toThrow(/refinements/);
    expect(() => updateInput(fields, { name: z.string() })).toThrow(/both a field and a key/);
  });

  it("marks the meta", () => {
    expect(updateMarkOf(updateMeta({ model: "Person" }))).toEqual({ model: "Person" });
    expect(updateMarkOf({ permission: "x" })).toBeUndefined();
  });
});
