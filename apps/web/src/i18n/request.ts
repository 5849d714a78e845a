import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { pluginList } from "@zorgzaam/platform";
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
  const core = (await import(`../../messages/${locale}.json`)).default;
  // Each module's catalog lives under its id: t("reflectie.sessions.title") or getTranslations("reflectie").
  const modules = Object.fromEntries(pluginList.map((p) => [p.manifest.id, p.messages[locale]]));
  return {
    locale,
    messages: { ...core, ...modules },
    timeZone: "Europe/Brussels",
  };
});
