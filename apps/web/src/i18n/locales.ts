export { asLocale, DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, type Locale } from "@zorgzaam/core/i18n/locales";
