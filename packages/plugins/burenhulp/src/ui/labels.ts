/** A kind's name in the reader's language: the tenant's own words, else the starter kind's words from the catalog. */
export function kindLabel(
  kind: { key: string; label: unknown } | null | undefined,
  t: { (key: string): string; has(key: string): boolean },
  locale: string,
): string {
  if (!kind) return "";
  const own = (kind.label ?? {}) as Record<string, string | undefined>;
  const word = own[locale] || own.nl || own.fr || own.en;
  if (word) return word;
  return t.has(`kinds.${kind.key}`) ? t(`kinds.${kind.key}`) : kind.key;
}

export const personName = (p: { firstName: string; lastName: string } | null | undefined) =>
  p ? `${p.firstName} ${p.lastName}`.trim() : "";
