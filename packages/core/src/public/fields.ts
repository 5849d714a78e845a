/**
 * Public fields: what a public read may see of a model (issue 11: "reads expose only fields marked public").
 *
 * A model's public fields are declared once (core's below, a module's in `server.publicFields`). In a public query
 * (publicTenantProcedure, type query) the database client is guarded (sensitive/guard.ts): every row that comes back,
 * nested rows too, keeps only its model's public fields, and reading a model with no declaration fails (a programming
 * error, never an answer). So a handler cannot hand a resident a field nobody marked public, whatever it selects. A
 * generated test (test/public-fields.int.test.ts) runs every public query on seeded data and checks it.
 */
export interface PublicFieldRule {
  /** Prisma model name, e.g. "Neighbourhood". */
  model: string;
  /** The fields a public page may show (or a public read needs to work with, when harmless: a purpose's key). */
  fields: readonly string[];
}

/** Core's public fields. */
export const CORE_PUBLIC_FIELDS: readonly PublicFieldRule[] = [
  // The project's public face: its names and texts per language, its languages, the purpose a resident agrees to, and
  // whether it has a logo (the logo itself is served at /<slug>/logo: files/logo.ts).
  {
    model: "Tenant",
    fields: [
      "id",
      "slug",
      "name",
      "publicName",
      "publicIntro",
      "privacyNotice",
      "contactPurpose",
      "defaultLocale",
      "enabledLocales",
      "logoFileId",
    ],
  },
  // A neighbourhood by its name (not its shape, not its notes).
  { model: "Neighbourhood", fields: ["id", "name"] },
  // The tenant's own consent purposes: the words a resident agrees to, and whether the purpose is still in use.
  { model: "ConsentPurpose", fields: ["key", "label", "archivedAt"] },
  // Which modules are on (their public pages are listed on the start page anyway).
  { model: "TenantModule", fields: ["moduleId", "enabled"] },
];

/** model -> its public fields, merged over all rules. */
export function publicFieldMap(rules: readonly PublicFieldRule[]): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of rules) out.set(r.model, new Set([...(out.get(r.model) ?? []), ...r.fields]));
  return out;
}
