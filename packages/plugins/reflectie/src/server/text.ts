import { type Locale, LOCALES } from "@zorgzaam/core/i18n/locales";

export { asLocale } from "@zorgzaam/core/i18n/locales";

/** A text in the wanted language, else the first language that has one (nl, fr, en). */
export function pickText(texts: Record<Locale, string>, locale: Locale): string {
  if (texts[locale]?.trim()) return texts[locale];
  for (const l of LOCALES) if (texts[l]?.trim()) return texts[l];
  return "";
}

export function themeTitles(t: { titleNl: string; titleFr: string; titleEn: string }): Record<Locale, string> {
  return { nl: t.titleNl, fr: t.titleFr, en: t.titleEn };
}

export function questionTexts(q: { textNl: string; textFr: string; textEn: string }): Record<Locale, string> {
  return { nl: q.textNl, fr: q.textFr, en: q.textEn };
}

/**
 * A question as it was asked in a session, in the reader's language: the texts it had then (every language), else the
 * text in the language it was asked in (items asked before every language was kept).
 */
export function askedText(
  item: { questionText: string; questionNl: string; questionFr: string; questionEn: string },
  locale: Locale,
): string {
  return pickText({ nl: item.questionNl, fr: item.questionFr, en: item.questionEn }, locale) || item.questionText;
}

/** The asked question in every language (see `askedText`), for a page that picks the reader's. */
export function askedTexts(item: {
  questionText: string;
  questionNl: string;
  questionFr: string;
  questionEn: string;
}): Record<Locale, string> {
  return { nl: askedText(item, "nl"), fr: askedText(item, "fr"), en: askedText(item, "en") };
}
