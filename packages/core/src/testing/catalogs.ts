/**
 * Checks of message catalogs in nl, fr and en (core's server catalog, the web app's, each module's), on top of the one
 * flattener in ../i18n/catalog.ts. Each returns its problems in plain words; empty means the catalogs agree.
 */
import { catalogKeys, flattenCatalog } from "../i18n/catalog";
import { LOCALES, type Locale } from "../i18n/locales";

export { catalogKeys, catalogText, flattenCatalog, type MessageCatalog } from "../i18n/catalog";
export { LOCALES, type Locale } from "../i18n/locales";

/** A locale missing, or a key one locale has and another lacks: `messages.fr is missing "nav.things"`. */
export function missingKeyProblems(catalogs: Partial<Record<Locale, unknown>> | undefined, name = "messages"): string[] {
  const keys = Object.fromEntries(LOCALES.map((l) => [l, new Set(catalogKeys(catalogs?.[l]))])) as Record<Locale, Set<string>>;
  const all = new Set(LOCALES.flatMap((l) => [...keys[l]]));
  const out: string[] = [];
  for (const l of LOCALES) {
    if (!catalogs?.[l]) out.push(`${name}.${l} is missing`);
    for (const k of [...all].sort()) if (!keys[l].has(k)) out.push(`${name}.${l} is missing "${k}"`);
  }
  return out;
}

/** Texts that are empty or only spaces: `messages.en "nav.things" is empty`. */
export function emptyTextProblems(catalogs: Partial<Record<Locale, unknown>> | undefined, name = "messages"): string[] {
  return LOCALES.flatMap((l) =>
    [...flattenCatalog(catalogs?.[l])].filter(([, text]) => !text.trim()).map(([key]) => `${name}.${l} "${key}" is empty`),
  );
}

/** Every key in every language, none empty. */
export function catalogProblems(catalogs: Partial<Record<Locale, unknown>> | undefined, name = "messages"): string[] {
  return [...missingKeyProblems(catalogs, name), ...emptyTextProblems(catalogs, name)];
}
