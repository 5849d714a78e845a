import { Card, DataTable, EmptyState, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { orPage } from "@/lib/tenant";
import { serverApi } from "@/trpc/server";
import { CreateTenantForm } from "./create-tenant-form";
import { requireOperator } from "./guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("operator"))("title") };
}

export default async function OperatorPage() {
  await requireOperator();
  const tenants = await orPage(async () => (await serverApi()).operator.tenants());
  const t = await getTranslations("operator");
  const tl = await getTranslations("language");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <section aria-labelledby="tenants-title">
          <h2 id="tenants-title" className="mb-3 text-lg font-semibold">
            {t("tenantsTitle", { count: tenants.length })}
          </h2>
          {tenants.length === 0 ? (
            <EmptyState title={t("noTenantsTitle")}>{t("noTenants")}</EmptyState>
          ) : (
            <DataTable caption={t("tenantsCaption")}>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col">{t("tenant")}</th>
                  <th scope="col">{t("language")}</th>
                  <th scope="col" className="text-right">
                    {t("members")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("people")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("neighbourhoods")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("organisations")}
                  </th>
                  <th scope="col">{t("lastActivity")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {tenants.map((x) => (
                  <tr key={x.id}>
                    <td>
                      <span className="block font-semibold">{x.name}</span>
                      <code className="text-xs text-slate-700">/t/{x.slug}</code>
                    </td>
                    <td>{tl.has(x.defaultLocale) ? tl(x.defaultLocale) : x.defaultLocale}</td>
                    <td className="text-right tabular-nums">{format.number(x.members)}</td>
                    <td className="text-right tabular-nums">{format.number(x.people)}</td>
                    <td className="text-right tabular-nums">{format.number(x.neighbourhoods)}</td>
                    <td className="text-right tabular-nums">{format.number(x.organisations)}</td>
                    <td className="whitespace-nowrap">
                      {x.lastActivity ? format.dateTime(x.lastActivity, { dateStyle: "medium", timeStyle: "short" }) : t("noActivity")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
          <p className="mt-3 text-sm text-slate-700">{t("privacy")}</p>
        </section>
        <Card title={t("createTitle")}>
          <CreateTenantForm />
        </Card>
      </div>
    </>
  );
}
