import type { SeedContext } from "@zorgzaam/core";

export async function seed(_ctx: SeedContext): Promise<void> {}
