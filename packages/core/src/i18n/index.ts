/**
 * The server's own messages in nl, fr and en (validation and generic errors), readable without the web app, and the
 * rule that picks a request's language. Messages use ICU syntax, like the web app's catalogs.
 */
import IntlMessageFormat from "intl-messageformat";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import nl from "./messages/nl.json";

import { catalogText } from "./catalog";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locales";

export { asLocale, DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, type Locale, type Localised } from "./locales";

/** The catalogs, by locale; nl is the reference for the keys. */
export const serverMessages: Record<Locale, typeof nl> = { nl, fr, en };

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type ServerMessageKey = Leaves<typeof nl>;

/**
 * The interface language of a request: the person's choice (the locale cookie), else the browser's preference
 * among nl, fr and en (Accept-Language, in order), else Dutch.
 */
export function pickLocale(cookieValue: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  const first = (acceptLanguage ?? "")
    .split(",")
    .map((p) => p.split(";")[0]?.trim().slice(0, 2).toLowerCase())
    .find((l) => isLocale(l));
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The locale of a request from its headers (Cookie and Accept-Language). */
export function localeFromHeaders(headers: Headers): Locale {
  const cookie = headers.get("cookie") ?? "";
  const chosen = cookie
    .split(";")
    .map((c) => c.trim().split("="))
    .find(([k]) => k === LOCALE_COOKIE)?.[1];
  return pickLocale(chosen ? decodeURIComponent(chosen) : null, headers.get("accept-language"));
}

function lookup(locale: Locale, key: string): string | undefined {
  return catalogText(serverMessages[locale], key);
}

const compiled = new Map<string, IntlMessageFormat>();

/** A server message in the given language, with its parameters filled in (numbers formatted for that language). */
export function translate(locale: Locale, key: ServerMessageKey, params: Record<string, string | number> = {}): string {
  const id = `${locale}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    const source = lookup(locale, key) ?? lookup(DEFAULT_LOCALE, key) ?? key;
    format = new IntlMessageFormat(source, locale);
    compiled.set(id, format);
  }
  return String(format.format(params));
}
