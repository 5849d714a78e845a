import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { availableGuides, renderGuide } from "@/help/guides";
import { getTenant } from "@/lib/tenant";

type Props = { params: Promise<{ slug: string; guide: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, guide } = await params;
  return { title: renderGuide(guide, slug)?.title ?? (await getTranslations("help"))("title") };
}

/** One user guide (docs/guide/<name>.md), rendered on the server; only the platform's and enabled modules' guides. */
export default async function GuidePage({ params }: Props) {
  const { slug, guide } = await params;
  const home = await getTenant(slug);
  if (!availableGuides(home.enabledModules).includes(guide)) notFound();
  const rendered = renderGuide(guide, slug);
  if (!rendered) notFound();
  const t = await getTranslations("help");
  return (
    <>
      <p className="mb-2">
        <Link href={`/t/${slug}/help`}>← {t("back")}</Link>
      </p>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own guides from the repository (docs/guide), never user input */}
      <article lang="en" className="guide max-w-prose" dangerouslySetInnerHTML={{ __html: rendered.html }} />
    </>
  );
}
