import { migrateDatabase } from "../packages/core/src/db/migrate";
import { env } from "../packages/core/src/env";
import { loadDotEnv } from "./load-env";

loadDotEnv();
try {
  const e = env();
  await migrateDatabase({ ownerUrl: e.DATABASE_OWNER_URL, appUrl: e.DATABASE_URL, log: (l) => console.log(`  ${l}`) });
  console.log("Database migrated.");
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
