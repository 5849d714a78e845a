import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Area = "network" | "changes" | "gaps";

/** The three views of the network side by side: the graph, its changes, the gaps. */
export async function AreaNav({ slug, current }: { slug: string; current: Area }) {
  const t = await getTranslations("partners");
  const base = `/t/${slug}/partners`;
  const items: { area: Area; href: string; label: string }[] = [
    { area: "network", href: `${base}/network`, label: t("network.nav.graph") },
    { area: "changes", href: `${base}/network/changes`, label: t("network.nav.changes") },
    { area: "gaps", href: `${base}/gaps`, label: t("network.nav.gaps") },
  ];
  return (
    <nav aria-label={t("network.nav.label")} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {items.map((i) => (
          <li key={i.area}>
            <Link
              href={i.href}
              aria-current={i.area === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-lg border px-4 no-underline ${
                i.area === current
                  ? "border-teal-800 bg-teal-800 text-white"
                  : "border-slate-400 bg-white text-slate-900 hover:bg-slate-100"
              }`}
            >
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
