import { PageHeader } from "@zorgzaam/ui";
import { manifests } from "@zorgzaam/platform/manifests";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { availableGuides } from "@/help/guides";
import { getTenant } from "@/lib/tenant";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("help"))("title") };
}

/** Help: the user guide of the platform and of every module switched on in this workspace. */
export default async function HelpPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const home = await getTenant(slug);
  const t = await getTranslations("help");
  const locale = (await getLocale()) as "nl" | "fr" | "en";
  const guides = availableGuides(home.enabledModules);
  const nameOf = (g: string) => {
    const m = manifests.find((x) => x.id === g);
    return m ? (m.name[locale] ?? m.name.nl) : t("platform");
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {guides.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-2">
          {guides.map((g) => (
            <li key={g}>
              <Link href={`/t/${slug}/help/${g}`} className="text-lg">
                {t("guideOf", { name: nameOf(g) })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {locale !== "en" ? <p className="mt-6 text-slate-700">{t("englishOnly")}</p> : null}
    </>
  );
}
