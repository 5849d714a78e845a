import { closeQueues, createPrisma, env, installPlatform, tenantHookContext } from "../packages/core/src/index";
import { seedDemo } from "../packages/core/src/seed/demo";
import { DEMO_TENANTS } from "../packages/core/src/seed/demo-data";
import { createAppPlatform } from "../packages/platform/src/index";
import { loadDotEnv } from "../scripts/load-env";

/**
 * Idempotent demo data: core first, then every module's seed for each demo tenant. Modules listed in
 * DEMO_ENABLED are switched on for that tenant (the others keep their data but start switched off, so enabling them
 * shows a history straight away).
 */
const DEMO_ENABLED: Record<string, string[]> = {
  "brussel-noord": ["reflectie", "partners", "burenhulp", "bevragingen"],
  zonnedal: ["partners", "burenhulp", "buurtanalyse", "bevragingen"],
};

loadDotEnv();
// The seed's platform: every module of the registry (hooks enqueue through it).
const platform = installPlatform(createAppPlatform());
const db = createPrisma(env().DATABASE_OWNER_URL, 2);
try {
  const { accounts, password } = await seedDemo(db);
  for (const dt of DEMO_TENANTS) {
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug: dt.slug } });
    const members = await db.membership.findMany({ where: { tenantId: tenant.id }, include: { user: true } });
    const usersByRole: Record<string, { id: string; email: string; name: string | null }[]> = {};
    for (const m of members) {
      for (const r of m.roles) {
        usersByRole[r] ??= [];
        usersByRole[r].push({ id: m.user.id, email: m.user.email, name: m.user.name });
      }
    }
    for (const plugin of platform.plugins) {
      await plugin.server.seed?.({ db, tenant: { id: tenant.id, slug: tenant.slug, defaultLocale: tenant.defaultLocale }, usersByRole });
      if (!DEMO_ENABLED[dt.slug]?.includes(plugin.manifest.id)) continue;
      const existing = await db.tenantModule.findUnique({
        where: { tenantId_moduleId: { tenantId: tenant.id, moduleId: plugin.manifest.id } },
      });
      if (existing) continue; // an admin may have changed it since: keep their choice
      const after: (() => Promise<void>)[] = [];
      await db.$transaction(
        async (tx) => {
          await tx.tenantModule.create({ data: { tenantId: tenant.id, moduleId: plugin.manifest.id, enabled: true } });
          await plugin.server.onEnable?.(
            tenantHookContext({
              moduleId: plugin.manifest.id,
              tenantId: tenant.id,
              tx,
              actorUserId: null,
              afterCommit: (fn) => after.push(fn),
            }),
          );
          // A module's starter content can be long to write on a busy machine; Prisma's default (5 s) failed the e2e
          // preparation under load.
        },
        { timeout: 60_000, maxWait: 10_000 },
      );
      for (const fn of after) await fn();
    }
  }
  console.log("Demo data ready.");
  if (process.argv.includes("--print")) {
    console.log(`\nDemo logins (password for all: ${password}):`);
    for (const a of accounts) console.log(`  ${a.email.padEnd(34)} ${a.tenant.padEnd(16)} ${a.roles.join(", ")}`);
  }
} finally {
  await db.$disconnect();
  await closeQueues();
}
