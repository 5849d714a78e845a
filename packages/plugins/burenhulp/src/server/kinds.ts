import type { Tx } from "@zorgzaam/core/plugin";
import { STARTER_KINDS } from "../domain";

/** The tenant's copy of the starter kinds (the Burenbox's 12, then the optional extras, off): added when missing. */
export async function ensureStarterKinds(tx: Tx, tenantId: string): Promise<void> {
  const have = await tx.burenhulpKind.count({ where: { tenantId } });
  if (have > 0) return;
  await tx.burenhulpKind.createMany({
    data: STARTER_KINDS.map((k, i) => ({ tenantId, key: k.key, function: k.function, active: k.active, position: i })),
    skipDuplicates: true,
  });
}
