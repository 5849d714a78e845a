import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LIST_KEYS, type ListKey } from "../../lists";
import type { BuurtanalyseRouter } from "../../server/router";
import { ListEditor } from "../components/list-editor";
import { dayTime } from "../labels";

type Props = PluginPageProps<BuurtanalyseRouter>;

/**
 * The starter lists, each standard or the tenant's own version (managers); `?list=<key>` opens one to change (one
 * route: the lists are not records, and each would otherwise need a title of its own).
 */
export async function ListsPage(props: Props) {
  const chosen = props.searchParams.list;
  if (chosen && (LIST_KEYS as readonly string[]).includes(chosen)) return ListPage({ ...props, list: chosen as ListKey });
  const t = await getTranslations("buurtanalyse");
  const locale = await getLocale();
  const lists = await props.api.lists.overview();
  return (
    <>
      <PageHeader title={t("pageTitles.lists")} description={t("lists.intro")} />
      <ul className="grid grid-cols-1 *:min-w-0 gap-3">
        {lists.map((l) => (
          <li key={l.key} className="rounded-xl border border-slate-300 bg-white p-4">
            <p className="flex flex-wrap items-center gap-2">
              <Link href={`/t/${props.slug}/buurtanalyse/lists?list=${l.key}`} className="font-semibold break-words underline">
                {t(`lists.names.${l.key}`)}
              </Link>
              <Badge tone={l.own ? "good" : "neutral"}>{l.own ? t("lists.own") : t("lists.standard")}</Badge>
            </p>
            <p className="mt-1 text-sm text-slate-700">
              {[
                t("lists.count", { count: l.count }),
                l.own && l.updatedAt ? t("lists.changedBy", { who: l.updatedBy ?? "–", when: dayTime(l.updatedAt, locale) }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** One starter list to change. */
async function ListPage(props: Props & { list: ListKey }) {
  const t = await getTranslations("buurtanalyse");
  const key = props.list;
  const l = await props.api.lists.get({ list: key });
  return (
    <>
      <PageHeader
        title={t(`lists.names.${key}`)}
        description={
          <Link href={`/t/${props.slug}/buurtanalyse/lists`} className="underline">
            {t("lists.back")}
          </Link>
        }
      />
      <ListEditor key={l.own ? "own" : "standard"} {...l} />
    </>
  );
}
