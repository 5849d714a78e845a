import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, Button, buttonClass, EmptyState, PageHeader, SelectField } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { REQUEST_FLAGS, REQUEST_STATUSES, WEIGHTS } from "../../domain";
import type { BurenhulpRouter } from "../../server/router";
import { kindLabel, personName } from "../labels";

const pick = <T extends string>(list: readonly T[], v: string | undefined): T | undefined =>
  v && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** The start page: requests per neighbourhood, step and weight (a GET form, so it works without JavaScript). */
export async function RequestsPage(props: PluginPageProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const locale = await getLocale();
  const format = await getFormatter();
  const sp = props.searchParams;
  const { neighbourhoods } = await props.api.requests.filters();
  const neighbourhoodId = neighbourhoods.some((n) => n.id === sp.neighbourhoodId) ? sp.neighbourhoodId : undefined;
  const status = pick(REQUEST_STATUSES, sp.status);
  const weight = pick(WEIGHTS, sp.weight);
  const flag = pick(REQUEST_FLAGS, sp.flag);
  const { items } = await props.api.requests.list({ neighbourhoodId, status, weight, flag });
  const base = `/t/${props.slug}/burenhulp`;
  return (
    <>
      <PageHeader title={t("pageTitles.requests")} description={t("start.intro")} />
      <p className="mb-4 max-w-prose text-slate-800">{t("start.principles")}</p>
      {props.permissions.includes("burenhulp.requests.manage") ? (
        <p className="mb-4 flex flex-wrap gap-2">
          <Link href={`${base}/new?side=ask`} className={buttonClass("primary")}>
            {t("intake.sideAsk")}
          </Link>
          <Link href={`${base}/new?side=offer`} className={buttonClass("secondary")}>
            {t("intake.sideOffer")}
          </Link>
        </p>
      ) : null}
      <search className="mb-6 block">
        <form
          action={base}
          className="grid gap-3 rounded-xl border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_1fr_auto] sm:items-end"
        >
          <SelectField id="bh-neighbourhood" name="neighbourhoodId" label={t("start.neighbourhood")} defaultValue={neighbourhoodId ?? ""}>
            <option value="">{t("start.all")}</option>
            {neighbourhoods.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </SelectField>
          <SelectField id="bh-status" name="status" label={t("start.status")} defaultValue={status ?? ""}>
            <option value="">{t("start.all")}</option>
            {REQUEST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </SelectField>
          <SelectField id="bh-weight" name="weight" label={t("start.weight")} defaultValue={weight ?? ""}>
            <option value="">{t("start.all")}</option>
            {WEIGHTS.map((w) => (
              <option key={w} value={w}>
                {t(`weight.${w}`)}
              </option>
            ))}
          </SelectField>
          <SelectField id="bh-flag" name="flag" label={t("start.flag")} defaultValue={flag ?? ""}>
            <option value="">{t("start.all")}</option>
            {REQUEST_FLAGS.map((f) => (
              <option key={f} value={f}>
                {t(`start.flags.${f}`)}
              </option>
            ))}
          </SelectField>
          <Button type="submit">{t("start.filter")}</Button>
        </form>
      </search>
      <p role="status" className="mb-3 text-slate-800">
        {t("start.count", { count: items.length })} · <Link href={`${base}/helpers`}>{t("start.helpersLink")}</Link>
      </p>
      {items.length === 0 ? (
        <EmptyState title={t("start.emptyTitle")}>{t("start.empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
          {items.map((r) => (
            <li key={r.id} className="grid gap-1 px-4 py-3">
              <p className="font-semibold">
                <Link href={`${base}/requests/${r.id}`}>
                  {kindLabel(r.kind, t, locale)}
                  {r.person ? ` · ${personName(r.person)}` : ""}
                </Link>
              </p>
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <Badge tone={r.status === "open" || r.status === "intake" ? "warn" : "neutral"}>{t(`status.${r.status}`)}</Badge>
                <Badge tone={r.weight === "heavy" ? "bad" : r.weight === "small" ? "good" : "neutral"}>{t(`weight.${r.weight}`)}</Badge>
                {r.urgent ? <Badge tone="bad">{t("request.urgent")}</Badge> : null}
                <span>{[r.street, r.neighbourhood?.name].filter(Boolean).join(", ")}</span>
                <span>· {format.dateTime(r.createdAt, { day: "numeric", month: "short" })}</span>
                <span>· {t("start.matches", { count: r._count.matches })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
