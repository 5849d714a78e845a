import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, buttonClass, Card, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { BuurtanalyseRouter } from "../../server/router";
import { day, dayTime, statusTone } from "../labels";

/** One analysis: its progress per section (any order: none gates another), its neighbourhoods, team and report. */
export async function AnalysisPage(props: PluginPageProps<BuurtanalyseRouter>) {
  const t = await getTranslations("buurtanalyse");
  const locale = await getLocale();
  const a = await props.api.analyses.get({ id: props.params.id ?? "" });
  const base = `/t/${props.slug}/buurtanalyse/analyses/${a.id}`;
  const done = a.sections.filter((s) => s.status === "klaar").length;
  return (
    <>
      <PageHeader
        title={a.title}
        description={[
          a.areas.map((x) => x.name).join(", "),
          [day(a.periodStart, locale), day(a.periodEnd, locale)].filter(Boolean).join(" – "),
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <>
            <Link href={`${base}/map`} className={buttonClass("secondary")}>
              {t("map.open")}
            </Link>
            <Link href={`${base}/compare`} className={buttonClass("secondary")}>
              {t("compare.open")}
            </Link>
            <Link href={`${base}/report`} className={buttonClass("secondary")}>
              {t("report.open")}
            </Link>
          </>
        }
      />
      {a.previous ? (
        <p className="mb-4 text-sm">
          {t("analysis.previous")}{" "}
          <Link className="underline" href={`/t/${props.slug}/buurtanalyse/analyses/${a.previous.id}`}>
            {a.previous.title}
          </Link>
        </p>
      ) : null}
      <div className="grid grid-cols-1 *:min-w-0 gap-4 lg:grid-cols-[2fr_1fr]">
        <Card title={t("analysis.progress", { done, total: a.sections.length })}>
          <p className="mb-3 text-sm text-slate-700">{t("analysis.anyOrder")}</p>
          <ol className="grid grid-cols-1 *:min-w-0 gap-2">
            {a.sections.map((s) => (
              <li key={s.key} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 p-3">
                <Link href={`${base}/sections/${s.key}`} className="min-h-11 py-2.5 font-semibold underline">
                  {t(`sections.${s.key}`)}
                </Link>
                <span className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                  <Badge tone={statusTone(s.status)}>{t(`status.${s.status}`)}</Badge>
                  {s.updatedAt ? (
                    <span>{t("analysis.lastChange", { who: s.updatedBy ?? "–", when: dayTime(s.updatedAt, locale) })}</span>
                  ) : null}
                </span>
              </li>
            ))}
          </ol>
        </Card>
        <div className="grid grid-cols-1 *:min-w-0 content-start gap-4">
          <Card title={t("analysis.team")}>
            {a.team.length ? (
              <ul className="list-disc pl-5">
                {a.team.map((m) => (
                  <li key={m.userId}>{m.name}</li>
                ))}
              </ul>
            ) : (
              <p>{t("analysis.noTeam")}</p>
            )}
          </Card>
          <Card title={t("analysis.areas")}>
            <ul className="grid grid-cols-1 *:min-w-0 gap-2">
              {a.areas.map((x) => (
                <li key={x.neighbourhoodId}>
                  <span className="font-semibold">{x.name}</span>
                  <span className="block text-sm break-words text-slate-700">
                    {x.sectorCodes.length ? t("analysis.sectors", { list: x.sectorCodes.join(", ") }) : t("analysis.noSectors")}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}
