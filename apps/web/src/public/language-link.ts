/**
 * The public site's language switch (issue 11): a plain link on every page that sets the remembered language and
 * comes back to the same page, its query included (a receipt's reference, a follow-up link's token), so switching
 * the language never loses the page.
 */

/** The page's query without the switch's own `lang`, as "?a=b" or "". */
export function queryWithoutLang(search: string | URLSearchParams): string {
  const q = new URLSearchParams(search);
  q.delete("lang");
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The link that switches the page at `path` (with its `query`, "?…" or "") to language `locale`. */
export function languageHref(path: string, query: string, locale: string): string {
  const q = new URLSearchParams(query);
  q.delete("lang");
  q.append("lang", locale);
  return `${path}?${q.toString()}`;
}
