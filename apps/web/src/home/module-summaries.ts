import "server-only";
import { type HomeFocus, type HomeSummary, logger } from "@zorgzaam/core";
import { manifests } from "@zorgzaam/platform/manifests";
import { homeOf } from "@zorgzaam/platform/home";
import { moduleCallers } from "@/trpc/server";

export interface ModuleSummary {
  id: string;
  summary: HomeSummary | null;
}

/**
 * The home summaries of the modules enabled in the workspace whose summary permission the member has (each read
 * through the module's own procedures). A module that fails is logged and shown as "could not be loaded" (summary
 * null); the rest of the page still works.
 */
export async function moduleSummaries(args: {
  slug: string;
  enabledModules: readonly string[];
  permissions: readonly string[];
  focus: HomeFocus;
  neighbourhoodIds: readonly string[];
  neighbourhoodId?: string;
}): Promise<ModuleSummary[]> {
  const callers = await moduleCallers(args.slug);
  const enabled = manifests.filter((m) => args.enabledModules.includes(m.id));
  const plugins = (await Promise.all(enabled.map(async (manifest) => ({ manifest, ui: await homeOf(manifest.id) })))).filter(
    (p) => p.ui?.home && args.permissions.includes(p.ui.home.permission),
  );
  return Promise.all(
    plugins.map(async (p): Promise<ModuleSummary> => {
      try {
        const summary = await p.ui?.home?.summary({
          slug: args.slug,
          permissions: args.permissions,
          ...callers(p.manifest.id),
          focus: args.focus,
          neighbourhoodIds: args.neighbourhoodIds,
          neighbourhoodId: args.neighbourhoodId,
        });
        return { id: p.manifest.id, summary: summary ?? null };
      } catch (err) {
        logger.error({ err, module: p.manifest.id }, "home summary failed");
        return { id: p.manifest.id, summary: null };
      }
    }),
  );
}
