import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/i18n/locales";
import { setLanguage } from "./actions";

/** Works without JavaScript: each language is a small form that sets the cookie and comes back to this page. */
export async function LanguageSwitcher({ back }: { back: string }) {
  const t = await getTranslations();
  const current = await getLocale();
  return (
    <nav aria-label={t("nav.language")} className="flex gap-1">
      {LOCALES.map((l) => (
        <form key={l} action={setLanguage}>
          <input type="hidden" name="locale" value={l} />
          <input type="hidden" name="back" value={back} />
          <button
            type="submit"
            lang={l}
            aria-current={l === current ? "true" : undefined}
            className="min-h-11 min-w-11 rounded-md px-2 text-sm font-semibold uppercase text-slate-800 hover:bg-slate-100 aria-[current=true]:bg-teal-800 aria-[current=true]:text-white"
            title={t(`language.${l}`)}
          >
            <span aria-hidden="true">{l}</span>
            <span className="sr-only">{t(`language.${l}`)}</span>
          </button>
        </form>
      ))}
    </nav>
  );
}
