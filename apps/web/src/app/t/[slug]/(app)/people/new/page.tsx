import { Card, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { requirePermission } from "@/lib/tenant";
import { EMPTY_PERSON, PersonForm } from "../person-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("newTitle") };
}

export default async function NewPersonPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const home = await requirePermission(slug, "core.people.manage");
  const t = await getTranslations("people");
  return (
    <>
      <p className="mb-2">
        <Link href={`/t/${slug}/people`}>← {t("backToList")}</Link>
      </p>
      <PageHeader title={t("newTitle")} />
      <Card className="max-w-3xl">
        <PersonForm
          slug={slug}
          person={EMPTY_PERSON}
          neighbourhoods={home.neighbourhoods.map((n) => ({ id: n.id, name: n.name }))}
          organisations={home.organisations.map((o) => ({ id: o.id, name: o.name }))}
          canSeeNotes={home.permissions.includes("core.people.sensitive")}
          neighbourhoodRequired={home.neighbourhoodScoped}
        />
      </Card>
    </>
  );
}
