import type { Tx } from "@zorgzaam/core/plugin";
import type { PrismaClient } from "@zorgzaam/core/plugin";
import { DEFAULT_SECTORS } from "../domain";

/** Gives the tenant its own copy of the default sectors (once; later edits are the tenant's). */
export async function ensureDefaultSectors(tx: Tx | PrismaClient, tenantId: string): Promise<void> {
  // The tenant filter is explicit: the seed runs with the owner client, which row-level security does not limit.
  if ((await tx.partnersSector.count({ where: { tenantId } })) > 0) return;
  await tx.partnersSector.createMany({
    data: DEFAULT_SECTORS.map((s, i) => ({
      tenantId,
      key: s.key,
      labelNl: s.nl,
      labelFr: s.fr,
      labelEn: s.en,
      color: s.color,
      sortOrder: i,
    })),
    skipDuplicates: true,
  });
}

/** The keys of the tenant's sectors that can still be chosen. */
export async function activeSectorKeys(tx: Tx): Promise<Set<string>> {
  const rows = await tx.partnersSector.findMany({ where: { archived: false }, select: { key: true } });
  return new Set(rows.map((r) => r.key));
}
