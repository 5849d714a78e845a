/** A sector as the pages get it (labels in the three languages). */
export interface SectorOption {
  key: string;
  nl: string;
  fr: string;
  en: string;
  color: string;
  archived: boolean;
}

/** The sector's label in the page's language, falling back to the other languages, then the key. */
export function sectorLabel(s: Pick<SectorOption, "key" | "nl" | "fr" | "en">, locale: string): string {
  const order = locale === "fr" ? [s.fr, s.nl, s.en] : locale === "en" ? [s.en, s.nl, s.fr] : [s.nl, s.fr, s.en];
  return order.find((x) => x) ?? s.key;
}
