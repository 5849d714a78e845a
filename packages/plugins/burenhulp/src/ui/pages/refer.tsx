import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, Card, PageHeader } from "@zorgzaam/ui";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { BurenhulpRouter } from "../../server/router";
import { ReferForm } from "../components/refer-form";
import { kindLabel } from "../labels";

/** A partner's page (BH-3): refer a resident to the contact point, and follow only the status of what she sent. */
export async function ReferPage(props: PluginPageProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const locale = await getLocale();
  const format = await getFormatter();
  const form = await props.api.partner.form();
  const mine = await props.api.partner.mine();
  return (
    <>
      <PageHeader title={t("pageTitles.refer")} description={t("refer.intro")} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card title={t("refer.formTitle")}>
          <ReferForm
            kinds={form.kinds.map((k) => ({ id: k.id, label: kindLabel(k, t, locale) }))}
            neighbourhoods={form.neighbourhoods}
            purpose={form.purpose}
            locale={locale}
          />
        </Card>
        <section aria-labelledby="bh-mine">
          <h2 id="bh-mine" className="mb-2 text-xl font-semibold">
            {t("refer.mine")}
          </h2>
          <p className="mb-2 text-sm text-slate-700">{t("refer.mineHint")}</p>
          {mine.length === 0 ? (
            <p>{t("refer.none")}</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
              {mine.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                  <span>
                    <span className="font-mono">{r.reference ?? "—"}</span> ·{" "}
                    {format.dateTime(r.sentAt, { day: "numeric", month: "short", year: "numeric" })}
                  </span>
                  <Badge tone={r.status === "done" || r.status === "forwarded" ? "good" : "neutral"}>
                    {t(`partnerStatus.${r.status}`)}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
