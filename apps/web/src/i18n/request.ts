import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locales";

/**
 * The interface language: the person's choice (cookie, set by the language switcher), else the browser's
 * preference among nl, fr, en, else Dutch.
 */
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  let locale: Locale = DEFAULT_LOCALE;
  if (isLocale(chosen)) locale = chosen;
  else {
    const accept = (await headers()).get("accept-language") ?? "";
    const first = accept
      .split(",")
      .map((p) => p.split(";")[0]?.trim().slice(0, 2))
      .find((l) => isLocale(l));
    if (isLocale(first)) locale = first;
  }
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: "Europe/Brussels",
  };
});
