import { z } from "zod";
import { type ActorKind, RELATIONSHIP_STATUSES, VISIBILITIES } from "../../domain";
import { sectorKey } from "../schemas";
import { IMPORT_FIELDS } from "./fields";
import { IGNORED } from "./values";
import { zodMessage } from "../errors";

/** Kinds an import may create: key figures are people and are added one by one, with their consent. */
export const IMPORTABLE_KINDS = [
  "organisation",
  "service",
  "business",
  "school",
  "association",
  "self_organisation",
  "citizen_initiative",
  "religious",
  "place",
] as const satisfies readonly ActorKind[];

const columnIndex = z
  .number()
  .int()
  .min(0, zodMessage("partners.schema.columnFromList"))
  .max(999, zodMessage("partners.schema.columnFromList"))
  .nullable();

const valueMap = <T extends z.ZodType>(target: T) =>
  z
    .record(z.string().max(200, zodMessage("partners.schema.maxChars", { max: 200 })), target)
    .refine((r) => Object.keys(r).length <= 500, zodMessage("partners.schema.maxValues"))
    .default({});

/**
 * What the user chose in the mapping step: which column fills which field, what unknown values in the kind, sector
 * and relationship columns mean (once for every row; IGNORED leaves the value out, so the default applies), and the
 * defaults for rows that leave them empty.
 */
export const importMapping = z.object({
  columns: z.partialRecord(z.enum(IMPORT_FIELDS), columnIndex).default({}),
  values: z
    .object({
      kind: valueMap(z.enum([...IMPORTABLE_KINDS, IGNORED])),
      sectors: valueMap(z.union([z.literal(IGNORED), sectorKey])),
      status: valueMap(z.enum([...RELATIONSHIP_STATUSES, IGNORED])),
    })
    .default({ kind: {}, sectors: {}, status: {} }),
  defaults: z
    .object({
      kind: z.enum(IMPORTABLE_KINDS).default("organisation"),
      status: z.enum(RELATIONSHIP_STATUSES).default("not_contacted"),
      visibility: z.enum(VISIBILITIES).optional(),
      sectors: z.array(sectorKey).max(20, zodMessage("partners.schema.maxSectors")).default([]),
    })
    .default({ kind: "organisation", status: "not_contacted", sectors: [] }),
});
export type ImportMapping = z.infer<typeof importMapping>;

/** A stored mapping (jsonb), read back; anything unreadable counts as "nothing chosen yet". */
export function storedMapping(json: unknown): ImportMapping | null {
  if (!json || typeof json !== "object" || Object.keys(json).length === 0) return null;
  const r = importMapping.safeParse(json);
  return r.success ? r.data : null;
}
