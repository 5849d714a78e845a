import type { SeedContext } from "@zorgzaam/core";

/** Demo evaluation rounds (placeholder until the evaluation area lands). `actors` are the seeded actors. */
export async function seedEvaluation(_ctx: SeedContext, _actors: readonly { id: string; name: string; status: string }[]): Promise<void> {}
