import type { Locale } from "@zorgzaam/core/plugins/contract";

export const LOCALE_LIST = ["nl", "fr", "en"] as const satisfies readonly Locale[];

export function asLocale(value: string | null | undefined, fallback: Locale = "nl"): Locale {
  return (LOCALE_LIST as readonly string[]).includes(value ?? "") ? (value as Locale) : fallback;
}

/** A text in the wanted language, else the first language that has one (nl, fr, en). */
export function pickText(texts: Record<Locale, string>, locale: Locale): string {
  if (texts[locale]?.trim()) return texts[locale];
  for (const l of LOCALE_LIST) if (texts[l]?.trim()) return texts[l];
  return "";
}

export function themeTitles(t: { titleNl: string; titleFr: string; titleEn: string }): Record<Locale, string> {
  return { nl: t.titleNl, fr: t.titleFr, en: t.titleEn };
}

export function questionTexts(q: { textNl: string; textFr: string; textEn: string }): Record<Locale, string> {
  return { nl: q.textNl, fr: q.textFr, en: q.textEn };
}
