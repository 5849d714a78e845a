import { Card, EmptyState, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { OrganisationForm } from "./organisation-form";
import { OrganisationRow } from "./organisation-row";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisations"))("title") };
}

export default async function OrganisationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const home = await requirePermission(slug, "core.organisations.view");
  const canManage = home.permissions.includes("core.organisations.manage");
  const list = await orPage(async () => (await api(slug)).organisations.list());
  const t = await getTranslations("organisations");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <section aria-labelledby="org-list-title" className="rounded-xl border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
          <h2 id="org-list-title" className="mb-3 text-lg font-semibold">
            {t("listTitle", { count: list.length })}
          </h2>
          {list.length === 0 ? (
            <EmptyState title={t("emptyTitle")}>{canManage ? t("emptyManage") : t("empty")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-200">
              {list.map((o) => (
                <li key={o.id} className="py-3">
                  <OrganisationRow
                    organisation={{ id: o.id, name: o.name, kind: o.kind, members: o._count.memberships, people: o._count.people }}
                    canManage={canManage}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
        {canManage ? (
          <Card title={t("newTitle")}>
            <OrganisationForm />
          </Card>
        ) : null}
      </div>
    </>
  );
}
