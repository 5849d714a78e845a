import { asLocale, type Locale, LOCALES } from "@zorgzaam/core/i18n/locales";

export { asLocale, type Locale, LOCALES };

/** Text in the page's language, else the first language that has one. */
export function localText(texts: Record<Locale, string>, locale: string): string {
  const l = asLocale(locale);
  if (texts[l]?.trim()) return texts[l];
  for (const x of LOCALES) if (texts[x]?.trim()) return texts[x];
  return "";
}

/** A calendar day "YYYY-MM-DD" as a Date at noon UTC, so formatting in Brussels keeps the same day. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
