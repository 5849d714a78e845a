import type { Tx } from "../db/client";
import type { PluginManifest } from "./contract";

/**
 * A module's settings as stored for a tenant, read through its schema: every field the tenant has not set (or that no
 * longer parses after a module update) takes its default. One reading for procedures, public procedures, jobs and the
 * Modules page.
 */
export function settingsOf<M extends Pick<PluginManifest, "settings">>(manifest: M, stored: unknown): ReturnType<M["settings"]["parse"]> {
  const parsed = manifest.settings.safeParse(stored ?? {});
  return (parsed.success ? parsed.data : manifest.settings.parse({})) as ReturnType<M["settings"]["parse"]>;
}

/** The tenant's settings of a module inside a transaction under the tenant's context (a job's withTenantDb). */
export async function readModuleSettings<M extends Pick<PluginManifest, "id" | "settings">>(
  tx: Tx,
  tenantId: string,
  manifest: M,
): Promise<ReturnType<M["settings"]["parse"]>> {
  const row = await tx.tenantModule.findUnique({
    where: { tenantId_moduleId: { tenantId, moduleId: manifest.id } },
    select: { settings: true },
  });
  return settingsOf(manifest, row?.settings);
}
