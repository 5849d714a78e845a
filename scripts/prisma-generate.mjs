// Prisma's CLI tries to download a schema engine it does not use for `generate`; pointing it at any executable
// keeps `generate` offline (see shared/stack.md). Migrations are plain SQL applied by dbmate, never `prisma migrate`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
if (!existsSync("node_modules/prisma")) process.exit(0);
const r = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/true",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(r.status ?? 1);
