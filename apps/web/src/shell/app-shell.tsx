import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { ModuleIcon } from "@zorgzaam/ui/icons";
import type { ModuleIconName } from "@zorgzaam/ui/icon-names";
import { Disclosure } from "./disclosure";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks } from "./nav-links";
import { SignOutGuard } from "@zorgzaam/ui/outbox/sign-out-guard";
import { signOutAction, signOutEverywhereAction } from "./actions";

interface Props {
  tenant?: { slug: string; name: string };
  tenants: { slug: string; name: string }[];
  nav: { href: string; label: string; icon?: ModuleIconName }[];
  user: { email: string; isOperator: boolean };
  path: string;
  children: ReactNode;
}

/** The frame of every signed-in page: tenant switcher, navigation, language, account. Phone first. */
export async function AppShell({ tenant, tenants, nav, user, path, children }: Props) {
  const t = await getTranslations("nav");
  const others = tenants.filter((x) => x.slug !== tenant?.slug);
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        {(await getTranslations("common"))("skipToContent")}
      </a>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-2 px-3 py-2 sm:px-6">
          <Link href={tenant ? `/t/${tenant.slug}` : "/"} className="mr-2 text-lg font-bold text-teal-900 no-underline">
            Zorgzaam
          </Link>
          {tenant ? <span className="font-semibold text-slate-800">{tenant.name}</span> : null}
          {others.length > 0 ? (
            <Disclosure
              className="relative"
              summaryClassName="min-h-11 cursor-pointer list-none rounded-md px-2 py-2 text-sm text-teal-900 hover:bg-slate-100"
              summary={t("switchTenant")}
            >
              <ul className="absolute z-20 mt-1 w-64 max-w-[calc(100vw-1.5rem)] rounded-lg border border-slate-300 bg-white p-1 shadow-lg">
                {others.map((o) => (
                  <li key={o.slug}>
                    <Link href={`/t/${o.slug}`} className="block rounded px-3 py-2 no-underline hover:bg-slate-100">
                      {o.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </Disclosure>
          ) : null}
          <div className="ml-auto flex items-center gap-2">
            <LanguageSwitcher back={path} />
            <Disclosure
              className="relative"
              summaryClassName="min-h-11 cursor-pointer list-none rounded-md px-2 py-2 text-sm hover:bg-slate-100"
              summary={
                <>
                  <span className="sr-only">{t("userMenu")}: </span>
                  <span className="inline-block max-w-40 truncate align-middle">{user.email}</span>
                </>
              }
            >
              <div className="absolute right-0 z-20 mt-1 w-60 max-w-[calc(100vw-1.5rem)] rounded-lg border border-slate-300 bg-white p-1 shadow-lg">
                {tenant ? (
                  <Link href={`/t/${tenant.slug}/profile`} className="block rounded px-3 py-2 no-underline hover:bg-slate-100">
                    {t("profile")}
                  </Link>
                ) : null}
                {tenant ? (
                  <Link href={`/t/${tenant.slug}/help`} className="block rounded px-3 py-2 no-underline hover:bg-slate-100">
                    {t("help")}
                  </Link>
                ) : null}
                {user.isOperator ? (
                  <Link href="/operator" className="block rounded px-3 py-2 no-underline hover:bg-slate-100">
                    {t("operator")}
                  </Link>
                ) : null}
                {/* With answers waiting on the phone (the offline outbox), signing out asks first. */}
                <SignOutGuard action={signOutAction}>
                  <button type="submit" className="block w-full rounded px-3 py-2 text-left hover:bg-slate-100">
                    {t("signOut")}
                  </button>
                </SignOutGuard>
                <SignOutGuard action={signOutEverywhereAction}>
                  <button type="submit" className="block w-full rounded px-3 py-2 text-left hover:bg-slate-100">
                    {t("signOutEverywhere")}
                  </button>
                </SignOutGuard>
              </div>
            </Disclosure>
          </div>
        </div>
        {nav.length > 0 ? (
          <div className="mx-auto max-w-6xl px-3 sm:px-6">
            <NavLinks
              items={nav.map((n) => ({ ...n, icon: n.icon ? <ModuleIcon name={n.icon} className="size-4" /> : undefined }))}
              label={t("mainNavigation")}
              menuLabel={t("menu")}
            />
          </div>
        ) : null}
      </header>
      <main id="main" className="mx-auto max-w-6xl px-3 py-6 sm:px-6">
        {children}
      </main>
    </div>
  );
}
