import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { pickLocale } from "@zorgzaam/core/i18n/index";
import { webPlatform } from "@/server/platform";
import { LOCALE_COOKIE, type Locale } from "./locales";

/**
 * The interface language: the person's choice (cookie, set by the language switcher), else the browser's
 * preference among nl, fr, en, else Dutch.
 */
export default getRequestConfig(async () => {
  // One rule for the interface and the server's messages (core's pickLocale, also used for the tRPC context).
  const locale: Locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  const core = (await import(`../../messages/${locale}.json`)).default;
  // Each module's catalog lives under its id: t("reflectie.sessions.title") or getTranslations("reflectie").
  const modules = webPlatform().catalogs[locale];
  return {
    locale,
    messages: { ...core, ...modules },
    timeZone: "Europe/Brussels",
  };
});
