import type { SeedContext } from "@zorgzaam/core";

/** Demo rows of the import/export area (placeholder until it lands). */
export async function seedTransfer(_ctx: SeedContext): Promise<void> {}
