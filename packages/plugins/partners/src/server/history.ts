import type { Tx } from "@zorgzaam/core/plugin";
import type { RelationshipStatus } from "../domain";

export type ChangeKind = "created" | "updated" | "status" | "archived" | "restored" | "imported" | "erased" | "relationship";

/** Fields whose changes are kept in the history (the relationship and what defines the actor on the map). */
export const TRACKED_FIELDS = [
  "name",
  "kind",
  "sectorKeys",
  "formal",
  "careLine",
  "aimedAt",
  "vindplaats",
  "address",
  "lat",
  "lng",
  "neighbourhoodIds",
  "organisationId",
  "visibility",
  "missing",
  "status",
  "offersUs",
  "offersThem",
  "tags",
] as const;

/** { field: [before, after] } for the tracked fields that differ. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const f of TRACKED_FIELDS) {
    if (!(f in after)) continue;
    if (JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null)) out[f] = [before[f] ?? null, after[f] ?? null];
  }
  return out;
}

/** Names of the other fields that changed (their values are not copied into the history). */
export function untrackedChanges(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const tracked = new Set<string>(TRACKED_FIELDS);
  return Object.keys(after).filter(
    (f) => !tracked.has(f) && f !== "locationSource" && JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null),
  );
}

/**
 * Appends one history row. `statusAfter` is the actor's status once the change is made, so "the status on date D" is
 * the statusAfter of the last row at or before D (see network changes).
 */
export async function recordChange(
  tx: Tx,
  row: {
    tenantId: string;
    actorId: string;
    kind: ChangeKind;
    statusAfter: RelationshipStatus | string;
    /** Whose own relationship changed (kind "relationship"); left out: the actor or its lead relationship. */
    organisationId?: string | null;
    fields?: Record<string, [unknown, unknown]>;
    byUserId: string | null;
    at?: Date;
  },
): Promise<void> {
  await tx.partnersActorChange.create({
    data: {
      tenantId: row.tenantId,
      actorId: row.actorId,
      kind: row.kind,
      statusAfter: row.statusAfter,
      organisationId: row.organisationId ?? null,
      fields: (row.fields ?? {}) as object,
      byUserId: row.byUserId,
      ...(row.at ? { at: row.at } : {}),
    },
  });
}
