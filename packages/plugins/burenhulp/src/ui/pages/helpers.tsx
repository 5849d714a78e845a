import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, buttonClass, DataTable, EmptyState, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { BurenhulpRouter } from "../../server/router";
import { personName } from "../labels";

/** Helpers' load against their own limit (BH-7): alphabetical, never a ranking. */
export async function HelpersPage(props: PluginPageProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const rows = await props.api.helpers.load();
  return (
    <>
      <PageHeader title={t("pageTitles.helpers")} description={t("helpers.intro")} />
      {rows.length === 0 ? (
        <EmptyState title={t("pageTitles.helpers")}>{t("helpers.empty")}</EmptyState>
      ) : (
        <DataTable caption={t("pageTitles.helpers")}>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("helpers.name")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("helpers.thisMonth")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("helpers.open")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("helpers.limit")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.personId} className="border-t border-slate-200">
                <td className="px-3 py-2">{personName(h.name)}</td>
                <td className="px-3 py-2">
                  {h.thisMonth} {h.atLimit ? <Badge tone="warn">{t("helpers.atLimit")}</Badge> : null}
                  {h.paused ? <Badge tone="warn">{t("helpers.paused")}</Badge> : null}
                  {h.checkIn ? <span className="block text-sm text-slate-800">{t("helpers.checkIn")}</span> : null}
                </td>
                <td className="px-3 py-2">{h.open}</td>
                <td className="px-3 py-2">{h.max}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <p className="mt-4">
        <Link href={`/t/${props.slug}/burenhulp`} className={buttonClass("ghost")}>
          {t("request.back")}
        </Link>
      </p>
    </>
  );
}
