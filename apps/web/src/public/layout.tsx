import type { Locale } from "@zorgzaam/core";
import type { ReactNode } from "react";
import { languageHref } from "./language-link";
import { PUBLIC_CSS } from "./styles";
import type { PublicTexts } from "./texts";

export interface SiteInfo {
  slug: string;
  name: string;
  locale: Locale;
  locales: Locale[];
  /** Whether the project has a logo (served at /<slug>/logo); without one the name's initials stand in. */
  logo: boolean;
  /** The page's query ("?ref=…" or ""), kept by the language links. */
  query: string;
}

/** The initials of the project's name: the logo's stand-in while the project has none. */
function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return (words.length > 1 ? `${words[0]?.[0] ?? ""}${words.at(-1)?.[0] ?? ""}` : name.slice(0, 2)).toUpperCase();
}

/**
 * Every public page: the project's name and logo, the languages (plain links: they work without JavaScript; the choice
 * is kept in a cookie), the content, and the privacy notice in the footer. No script at all.
 */
export function PublicDocument(props: { site: SiteInfo; t: PublicTexts; title: string; path: string; children: ReactNode }) {
  const { site, t, title, path, children } = props;
  const base = `/${site.slug}`;
  return (
    <html lang={site.locale}>
      {/* biome-ignore lint/style/noHeadElement: a whole document rendered by render-html.ts, not a Next.js page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === site.name ? title : `${title} · ${site.name}`}</title>
        <style>{PUBLIC_CSS}</style>
      </head>
      <body>
        <a className="skip" href="#main">
          {t("skip")}
        </a>
        <header className="site">
          <div className="wrap bar">
            <a className="brand" href={base}>
              {site.logo ? (
                // biome-ignore lint/performance/noImgElement: a whole document rendered by render-html.ts, not a Next.js page
                <img className="logo-img" src={`${base}/logo`} alt={t("logo", { name: site.name })} width={44} height={44} />
              ) : (
                <span className="logo" role="img" aria-label={t("logo", { name: site.name })}>
                  {initials(site.name)}
                </span>
              )}
              <span>{site.name}</span>
            </a>
            {site.locales.length > 1 ? (
              <nav className="lang" aria-label={t("language")}>
                <ul>
                  {site.locales.map((l) => (
                    <li key={l}>
                      <a
                        href={languageHref(`${base}${path}`, site.query, l)}
                        lang={l}
                        hrefLang={l}
                        aria-current={l === site.locale ? "true" : undefined}
                        aria-label={t(`languageNames.${l}`)}
                      >
                        {l.toUpperCase()}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
          </div>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site">
          <div className="wrap">
            <p>{t("footer")}</p>
            <a href={`${base}/privacy`}>{t("privacyLink")}</a>
          </div>
        </footer>
      </body>
    </html>
  );
}
