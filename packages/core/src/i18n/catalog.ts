/**
 * Message catalogs as data: nested objects of ICU texts, read by dotted key ("nav.sessions"). The one walker of a
 * catalog's keys and the one lookup of a key, for the server's catalogs, the web app's, each module's and the tests that
 * check them. Pure, safe anywhere.
 */
export type MessageCatalog = { [key: string]: string | MessageCatalog };

/** Every text of a nested catalog by its dotted key, in the catalog's order; `prefix` names the catalog's own key. */
export function flattenCatalog(catalog: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, at: string) => {
    if (typeof node === "string") out.set(at, node);
    else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, at ? `${at}.${k}` : k);
  };
  walk(catalog, prefix);
  return out;
}

/** The dotted keys of a nested catalog ("nav.sessions"), in the catalog's order. */
export function catalogKeys(catalog: unknown, prefix = ""): string[] {
  return [...flattenCatalog(catalog, prefix).keys()];
}

/** The text at a dotted key; undefined when the key is missing or names a group. */
export function catalogText(catalog: unknown, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : undefined;
}
