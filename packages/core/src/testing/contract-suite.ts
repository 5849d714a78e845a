/**
 * The plugin contract, as checks: each function takes one PluginDefinition and returns its problems in plain words
 * (empty = the module keeps that part of the contract). The tests run them for every registered module
 * (test/plugins/contract-suite.int.test.ts) and prove them on a deliberately broken fixture; the runtime half of the
 * contract (module disabled => NOT_FOUND, role matrix, cross-tenant ids, jobs paused) is test/plugins/contract.int.test.ts,
 * which uses the kit's procedure listing (./procedures.ts).
 *
 * Server/test-only: reads the Prisma schema files and loads @prisma/internals (lazily) for the personal-data check.
 */
import { PUBLIC_TENANT } from "../public/procedure";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isModuleIconName, MODULE_ICON_NAMES } from "@zorgzaam/ui/icon-names";
import { catalogKeys } from "../i18n/catalog";
import { LOCALES } from "../i18n/locales";
import type { PluginDefinition } from "../plugins/contract";
import { PAGE_FILE, PAGES_DIR, pageKeyProblems } from "../plugins/page-files.mjs";
import { manifestProblems, permissionKeys } from "../plugins/manifest";
import { missingKeyProblems } from "./catalogs";
import { listProcedures } from "./procedures";

// ---------------------------------------------------------------------------------------------------------------
// Manifest

/**
 * manifestProblems (id, names, icon, permission keys prefixed with the module id and well-formed, navigation,
 * settings), and an icon from the set @zorgzaam/ui draws.
 */
export function manifestContractProblems(plugin: PluginDefinition): string[] {
  const icon = plugin.manifest.icon as string;
  return [
    ...manifestProblems(plugin.manifest),
    ...(isModuleIconName(icon) ? [] : [`icon "${icon}" is not one of ${MODULE_ICON_NAMES.join(", ")}`]),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Messages

/** Every message key in nl, fr and en, and every navigation label present. */
export function messageProblems(plugin: PluginDefinition): string[] {
  const out = missingKeyProblems(plugin.messages);
  // A label missing in only some locales is reported above; here the one missing everywhere.
  const all = new Set(LOCALES.flatMap((l) => catalogKeys(plugin.messages?.[l])));
  for (const n of plugin.manifest.navigation) {
    if (!all.has(n.labelKey)) out.push(`navigation "${n.path}": label "${n.labelKey}" is missing in every locale`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Procedures

/**
 * Every procedure gated by one of the module's own permissions (which pluginProcedures(manifest).procedure(permission)
 * guarantees; a procedure built with core's publicProcedure/authedProcedure/operatorProcedure or tenantProcedure with a
 * core permission is a problem), or a public procedure gated by one of the module's own public capabilities
 * (pluginProcedures(manifest).publicProcedure(capability)).
 */
export function procedureProblems(plugin: PluginDefinition): string[] {
  const own = new Set<string>(permissionKeys(plugin.manifest));
  const caps = new Set<string>((plugin.manifest.publicCapabilities ?? []).map((c) => c.key));
  const out: string[] = [];
  const procedures = listProcedures(plugin.server.router);
  for (const p of procedures) {
    if (p.permission === PUBLIC_TENANT) {
      if (!p.capability || !caps.has(p.capability))
        out.push(
          `public procedure "${p.path}" is not gated by a public capability of the module (meta.capability = ${JSON.stringify(p.capability)})`,
        );
      continue;
    }
    if (!p.permission || !own.has(p.permission))
      out.push(`procedure "${p.path}" is not gated by a permission of the module (meta.permission = ${JSON.stringify(p.permission)})`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Jobs and UI

function isZodSchema(s: unknown): boolean {
  return !!s && typeof s === "object" && "_zod" in s && typeof (s as { safeParse?: unknown }).safeParse === "function";
}

/** Job names "<id>.<name>" (scope = the module id), each with a zod payload. */
export function jobProblems(plugin: PluginDefinition): string[] {
  const id = plugin.manifest.id;
  const out: string[] = [];
  const names = new Set<string>();
  for (const j of plugin.server.jobs) {
    if (!j.name.startsWith(`${id}.`) || j.scope !== id) out.push(`job "${j.name}" must be named "${id}.<name>"`);
    if (!isZodSchema(j.payload)) out.push(`job "${j.name}" has no zod payload schema`);
    if (names.has(j.name)) out.push(`job "${j.name}" is declared twice`);
    names.add(j.name);
  }
  return out;
}

/** The page file of a page key, as the module's folder has it. */
const pageFile = (key: string) => [PAGES_DIR, ...(key ? [key] : []), PAGE_FILE].join("/");

/**
 * Every page file exports its declaration (`page`: component, permission, titleKey) and its path can be a route; every
 * page, card and the home summary need a permission the module declares; every page has a title in its catalogs.
 */
export function uiProblems(plugin: PluginDefinition): string[] {
  const own = new Set<string>(permissionKeys(plugin.manifest));
  // A title missing in only some locales is reported by messageProblems; here the one missing everywhere.
  const texts = new Set(LOCALES.flatMap((l) => catalogKeys(plugin.messages?.[l])));
  const out: string[] = [];
  for (const [key, page] of Object.entries(plugin.pages)) {
    const p = page as Partial<typeof page> | undefined;
    if (typeof p?.component !== "function" || typeof p.permission !== "string" || typeof p.titleKey !== "string") {
      out.push(`page "${key}": ${pageFile(key)} exports no \`page\` declaration (component, permission, titleKey)`);
      continue;
    }
    if (!own.has(p.permission)) out.push(`page "${key}" needs ${p.permission}, which the module does not declare`);
    if (!texts.has(p.titleKey)) out.push(`page "${key}": title "${p.titleKey}" is missing in every locale`);
  }
  out.push(...pageKeyProblems(Object.keys(plugin.pages)));
  for (const [i, card] of (plugin.ui.cards ?? []).entries()) {
    if (!own.has(card.permission)) out.push(`card ${i} needs ${card.permission}, which the module does not declare`);
  }
  const home = plugin.ui.home;
  if (home && !own.has(home.permission)) out.push(`home needs ${home.permission}, which the module does not declare`);
  const caps = new Set<string>((plugin.manifest.publicCapabilities ?? []).map((c) => c.key));
  for (const [key, page] of Object.entries(plugin.ui.publicPages ?? {})) {
    if (!caps.has(page.capability)) out.push(`public page "${key}" needs ${page.capability}, which the module does not declare`);
    if (!texts.has(page.titleKey)) out.push(`public page "${key}": title "${page.titleKey}" is missing in every locale`);
  }
  return out;
}

/** Every synchronous check: manifest, messages, procedures, jobs, UI. */
export function staticContractProblems(plugin: PluginDefinition): string[] {
  return [
    ...manifestContractProblems(plugin),
    ...messageProblems(plugin),
    ...procedureProblems(plugin),
    ...jobProblems(plugin),
    ...uiProblems(plugin),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Personal data

/** prisma/schema at the repository root. */
export const DEFAULT_SCHEMA_DIR = fileURLToPath(new URL("../../../../prisma/schema/", import.meta.url));

const PERSON_SCALAR = /^(personId|personIds|.+PersonId|.+PersonIds)$/;

interface DmmfModel {
  name: string;
  fields: readonly { name: string; kind: string; type: string }[];
}

type Internals = Pick<typeof import("@prisma/internals"), "getDMMF">;

const dmmfCache = new Map<string, Promise<readonly DmmfModel[]>>();

/** Every model of the whole schema (all *.prisma files of the folder), parsed by Prisma's own parser. */
function schemaModels(schemaDir: string): Promise<readonly DmmfModel[]> {
  let cached = dmmfCache.get(schemaDir);
  if (!cached) {
    cached = (async () => {
      // @prisma/internals is CommonJS and heavy: load it only when this check runs.
      const mod = (await import("@prisma/internals")) as unknown as { default?: Internals } & Internals;
      const internals: Internals = mod.default ?? mod;
      const files = readdirSync(schemaDir)
        .filter((f) => f.endsWith(".prisma"))
        .sort();
      const datamodel = files.map((f) => readFileSync(path.join(schemaDir, f), "utf8")).join("\n\n");
      const doc = await internals.getDMMF({ datamodel });
      return doc.datamodel.models as unknown as readonly DmmfModel[];
    })();
    dmmfCache.set(schemaDir, cached);
  }
  return cached;
}

/**
 * The models declared in the module's schema files: prisma/schema/<id>.prisma and <id>-<area>.prisma (a module may split
 * its schema by area). [] when the module has no schema file.
 */
export function pluginModelNames(id: string, schemaDir = DEFAULT_SCHEMA_DIR): string[] {
  if (!existsSync(schemaDir)) return [];
  const files = readdirSync(schemaDir).filter((f) => f === `${id}.prisma` || (f.startsWith(`${id}-`) && f.endsWith(".prisma")));
  return files.flatMap((f) => {
    const text = readFileSync(path.join(schemaDir, f), "utf8");
    return [...text.matchAll(/^\s*model\s+([A-Za-z_][A-Za-z0-9_]*)\s*\{/gm)].map((m) => m[1] ?? "").filter(Boolean);
  });
}

/** The module's models that reference a Person: a relation to Person, or a scalar personId / *PersonId (or …Ids). */
export async function personModelsOf(id: string, schemaDir = DEFAULT_SCHEMA_DIR): Promise<string[]> {
  const own = new Set(pluginModelNames(id, schemaDir));
  if (own.size === 0) return [];
  const models = await schemaModels(schemaDir);
  return models
    .filter((m) => own.has(m.name))
    .filter((m) =>
      m.fields.some((f) => (f.kind === "object" && f.type === "Person") || (f.kind === "scalar" && PERSON_SCALAR.test(f.name))),
    )
    .map((m) => m.name)
    .sort();
}

/** personalData.models lists exactly the module's models that reference a Person (no more: only its own models). */
export async function personalDataProblems(plugin: PluginDefinition, schemaDir = DEFAULT_SCHEMA_DIR): Promise<string[]> {
  const id = plugin.manifest.id;
  const declared = new Set(plugin.server.personalData?.models ?? []);
  const out: string[] = [];
  if (!plugin.server.personalData) return [`server.personalData is missing`];
  const own = new Set(pluginModelNames(id, schemaDir));
  for (const m of await personModelsOf(id, schemaDir)) {
    if (!declared.has(m)) out.push(`personalData.models misses ${m}, which references a Person`);
  }
  for (const m of declared) {
    if (!own.has(m)) out.push(`personalData.models lists ${m}, which is not a model of prisma/schema/${id}(-*).prisma`);
  }
  return out;
}

/** The whole static contract, personal data included. */
export async function contractProblems(plugin: PluginDefinition, opts: { schemaDir?: string } = {}): Promise<string[]> {
  return [...staticContractProblems(plugin), ...(await personalDataProblems(plugin, opts.schemaDir))];
}
