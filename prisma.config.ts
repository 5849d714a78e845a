import { defineConfig } from "prisma/config";

// Prisma is used for its client only. Migrations are plain SQL in prisma/migrations applied by dbmate
// (scripts/db-migrate.ts); see docs/decisions/0002-sql-migrations-with-dbmate.md.
export default defineConfig({
  schema: "prisma/schema",
});
