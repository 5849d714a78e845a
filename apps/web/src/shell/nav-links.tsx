"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { Disclosure } from "./disclosure";

/**
 * Main navigation: a row of links on wide screens, a menu on phones that closes after navigating. Marks the current
 * page. Icons arrive drawn (the shell renders them on the server), so the icon set is not in the browser's code.
 */
export function NavLinks({
  items,
  label,
  menuLabel,
}: {
  items: { href: string; label: string; icon?: ReactNode }[];
  label: string;
  menuLabel: string;
}) {
  const path = usePathname();
  const current = (href: string) => {
    const exact = items.find((i) => i.href === path);
    if (exact) return exact.href === href;
    const prefix = items.filter((i) => path.startsWith(`${i.href}/`)).sort((a, b) => b.href.length - a.href.length)[0];
    return prefix?.href === href;
  };
  const links = items.map((i) => (
    <li key={i.href}>
      <Link
        href={i.href}
        aria-current={current(i.href) ? "page" : undefined}
        className="flex min-h-11 items-center gap-1.5 rounded-md px-3 py-2.5 text-slate-800 no-underline hover:bg-slate-100 aria-[current=page]:bg-teal-50 aria-[current=page]:font-semibold aria-[current=page]:text-teal-900"
      >
        {i.icon ?? null}
        {i.label}
      </Link>
    </li>
  ));
  return (
    <nav aria-label={label}>
      <ul className="hidden flex-wrap gap-1 pb-1 sm:flex">{links}</ul>
      <Disclosure
        className="pb-2 sm:hidden"
        summaryClassName="min-h-11 cursor-pointer rounded-md px-3 py-2.5 font-semibold"
        summary={menuLabel}
      >
        <ul className="mt-1">{links}</ul>
      </Disclosure>
    </nav>
  );
}
