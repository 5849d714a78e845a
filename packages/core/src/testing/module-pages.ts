/**
 * A module's staff pages, loaded from its page files for tests (ADR 0038): every src/pages/<path>/page.tsx of the
 * module's folder (the same listing the web app's route generator reads), keyed by path, with what the file exports as
 * `page`. A file without that export is kept (undefined), so that the contract suite names it rather than skipping it.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { PluginPage } from "../plugins/contract";
import { modulePageFiles } from "../plugins/page-files.mjs";

export async function loadModulePages(moduleDir: string): Promise<Record<string, PluginPage>> {
  const entries = await Promise.all(
    modulePageFiles(moduleDir).map(async ({ key, file }) => {
      const mod = (await import(pathToFileURL(path.join(moduleDir, file)).href)) as { page?: PluginPage };
      return [key, mod.page as PluginPage] as const;
    }),
  );
  return Object.fromEntries(entries);
}
