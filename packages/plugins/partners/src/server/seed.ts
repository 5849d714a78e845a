import type { SeedContext } from "@zorgzaam/core/plugin";
import { seedEvaluation } from "./evaluation/seed";
import { seedActors } from "./seed-actors";
import { seedTransfer } from "./transfer/seed";

/**
 * Demo data of every area of the module, so a demo tenant shows a living map and network (and the isolation tests find
 * rows in every table). Runs again safely: each area seeds only when it has nothing yet.
 */
export async function seed(ctx: SeedContext): Promise<void> {
  const actors = await seedActors(ctx);
  await seedEvaluation(ctx, actors);
  await seedTransfer(ctx);
}
