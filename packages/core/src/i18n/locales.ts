/**
 * The interface languages, in one place: Dutch first, then French and English. Pure data, safe for client components
 * (`@zorgzaam/core/i18n/locales`); everything else that lists the languages reads this list.
 */
export const LOCALES = ["nl", "fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type Localised = Record<Locale, string>;
export const DEFAULT_LOCALE: Locale = "nl";
/** The cookie the language switcher sets (next-intl's name). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(v: string | undefined | null): v is Locale {
  return !!v && (LOCALES as readonly string[]).includes(v);
}

/** The language itself when it is one of ours, else the fallback (Dutch). */
export function asLocale(v: string | undefined | null, fallback: Locale = DEFAULT_LOCALE): Locale {
  return isLocale(v) ? v : fallback;
}
