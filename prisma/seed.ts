import { createPrisma, env } from "../packages/core/src/index";
import { seedDemo } from "../packages/core/src/seed/demo";
import { loadDotEnv } from "../scripts/load-env";

/** Idempotent demo data for every tenant-independent part (core). Plugin seeds join here through the registry. */
loadDotEnv();
const db = createPrisma(env().DATABASE_OWNER_URL, 2);
try {
  const { accounts, password } = await seedDemo(db);
  console.log("Demo data ready.");
  if (process.argv.includes("--print")) {
    console.log(`\nDemo logins (password for all: ${password}):`);
    for (const a of accounts) console.log(`  ${a.email.padEnd(34)} ${a.tenant.padEnd(16)} ${a.roles.join(", ")}`);
  }
} finally {
  await db.$disconnect();
}
