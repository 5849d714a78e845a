import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, Card, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { P } from "../../manifest";
import type { BurenhulpRouter } from "../../server/router";
import { PrintableDownload, PrintableForm } from "../components/printable-form";

/**
 * Printables (BH-9) for regie and field workers: the Burenbox card, a window poster, referral cards for partners; made
 * as a PDF by a job (progress bar, then the download), and the last ones made to download again.
 */
export async function PrintablesPage(props: PluginPageProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const locale = await getLocale();
  const format = await getFormatter();
  const recent = (await props.api.documents.printable.recent()).map((d) => ({
    ...d,
    kind: String(d.params.kind ?? "card"),
    blank: d.params.blank === true,
  }));
  const lang = locale === "fr" || locale === "en" ? locale : "nl";
  return (
    <>
      <PageHeader title={t("pageTitles.printables")} description={t("printables.intro")} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card title={t("printables.formTitle")}>
          <p className="mb-3 text-sm text-slate-700">
            {t("printables.kindsFrom")}
            {props.permissions.includes(P.kinds) ? (
              <>
                {" "}
                <Link href={`/t/${props.slug}/burenhulp/kinds`}>{t("pageTitles.kinds")}</Link>
              </>
            ) : null}
          </p>
          <PrintableForm locale={lang} />
        </Card>
        <section aria-labelledby="bh-printables-recent">
          <h2 id="bh-printables-recent" className="mb-2 text-xl font-semibold">
            {t("printables.recent")}
          </h2>
          {recent.length === 0 ? (
            <p>{t("printables.none")}</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
              {recent.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                  <span className="min-w-0">
                    <span className="block font-medium">
                      {t(`printables.kind.${p.kind as "card"}`)}
                      {p.blank ? ` (${t("printables.blankShort")})` : ""}
                    </span>
                    <span className="block text-sm text-slate-700">
                      {t(`printables.languages.${p.locale as "nl"}`)} ·{" "}
                      {format.dateTime(p.createdAt, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })}
                    </span>
                  </span>
                  {p.state === "completed" ? (
                    <PrintableDownload printableId={p.id} label={t("printables.download")} />
                  ) : (
                    <Badge tone={p.state === "failed" ? "bad" : "neutral"}>
                      {t(`printables.state.${p.state === "failed" ? "failed" : "pending"}`)}
                    </Badge>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
