import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Button, buttonClass, DataTable, PageHeader, TextField } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { BurenhulpRouter } from "../../server/router";

const day = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T00:00:00Z`) : null);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Figures for impact (BH-11) per neighbourhood over a period; small counts hidden; no person, no ranking. */
export async function FiguresPage(props: PluginPageProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const format = await getFormatter();
  const f = await props.api.figures.get({ from: day(props.searchParams.from), to: day(props.searchParams.to) });
  const n = (v: number | null) => (v === null ? t("figures.hidden", { min: f.min }) : format.number(v));
  const cols = ["requests", "offers", "matchesMade", "matchesDone", "people", "heavyReferred", "spontaneous"] as const;
  const rows = [{ ...f.total, name: t("figures.all") }, ...f.neighbourhoods];
  return (
    <>
      <PageHeader title={t("pageTitles.figures")} description={t("figures.intro", { min: f.min })} />
      <search className="mb-6 block">
        <form
          action={`/t/${props.slug}/burenhulp/figures`}
          className="grid gap-3 rounded-xl border border-slate-300 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
        >
          <TextField id="bh-from" name="from" type="date" label={t("figures.from")} defaultValue={iso(f.from)} />
          <TextField id="bh-to" name="to" type="date" label={t("figures.to")} defaultValue={iso(f.to)} />
          <Button type="submit">{t("start.filter")}</Button>
        </form>
      </search>
      <DataTable caption={t("pageTitles.figures")}>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("figures.neighbourhood")}
            </th>
            {cols.map((c) => (
              <th key={c} scope="col" className="px-3 py-2">
                {t(`figures.${c}`)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2">
              {t("figures.bothShare")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("figures.outcomes")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.neighbourhoodId ?? "all"} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-semibold">
                {r.name}
              </th>
              {cols.map((c) => (
                <td key={c} className="px-3 py-2">
                  {n(r[c])}
                </td>
              ))}
              <td className="px-3 py-2">{r.bothShare === null ? "—" : `${r.bothShare} %`}</td>
              <td className="px-3 py-2 text-sm">
                {r.outcomes
                  .filter((o) => o.count !== 0)
                  .map((o) => `${o.key === "open" ? t("figures.open") : t(`outcome.${o.key}`)}: ${n(o.count)}`)
                  .join(" · ") || "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="mt-4 max-w-prose text-sm text-slate-700">{t("figures.note")}</p>
      <p className="mt-4">
        <Link href={`/t/${props.slug}/burenhulp`} className={buttonClass("ghost")}>
          {t("request.back")}
        </Link>
      </p>
    </>
  );
}
