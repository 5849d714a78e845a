import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReflectieRouter } from "../../server/router";
import { PdfExport } from "../components/pdf-export";
import { asLocale, dayToDate, UUID } from "../format";

/** The session report, readable on screen (and printable), with the PDF export. */
export async function ReportPage(props: PluginPageProps<ReflectieRouter>) {
  const id = props.params.id ?? "";
  if (!UUID.test(id)) notFound();
  const locale = asLocale(await getLocale());
  const report = await props.api.reports.get({ sessionId: id, locale });
  const t = await getTranslations("reflectie");
  const format = await getFormatter();
  const s = report.session;
  const base = `/t/${props.slug}/reflectie`;
  return (
    <>
      <p className="text-sm text-slate-700">
        <Link href={`${base}/sessions/${s.id}`}>{t("report.back")}</Link>
      </p>
      <PageHeader
        title={t("report.title", { title: s.title })}
        description={[
          format.dateTime(s.date, { weekday: "long", day: "numeric", month: "long", year: "numeric" }),
          s.neighbourhoodName,
          report.tenantName,
        ]
          .filter(Boolean)
          .join(" · ")}
      />
      <div className="mb-6">
        <PdfExport sessionId={s.id} locale={locale} />
      </div>
      {s.status !== "closed" ? <p className="mb-4 text-slate-800">{t("report.notClosed")}</p> : null}
      <article className="space-y-6 rounded-xl border border-slate-300 bg-white p-4 sm:p-6">
        <section aria-labelledby="report-who">
          <h2 id="report-who" className="text-lg font-semibold text-teal-900">
            {t("report.participants")}
          </h2>
          <p>{report.participants.map((p) => (p.guest ? t("room.guestName", { name: p.name }) : p.name)).join(", ") || t("report.none")}</p>
          <h2 className="mt-3 text-lg font-semibold text-teal-900">{t("report.themes")}</h2>
          <p>{report.themes.join(", ") || t("report.none")}</p>
        </section>
        <section aria-labelledby="report-questions">
          <h2 id="report-questions" className="text-lg font-semibold text-teal-900">
            {t("report.questions")}
          </h2>
          {report.items.length === 0 ? (
            <p className="text-slate-700">{t("report.noQuestions")}</p>
          ) : (
            <ol className="mt-2 space-y-4">
              {report.items.map((item, i) => (
                <li key={item.position}>
                  <h3 className="font-semibold">
                    {i + 1}. {item.questionText}
                  </h3>
                  {item.themeTitle ? <p className="text-sm text-slate-700">{item.themeTitle}</p> : null}
                  <dl className="mt-1 space-y-2">
                    <div>
                      <dt className="text-sm font-semibold text-slate-700">{t("room.answer")}</dt>
                      <dd className="whitespace-pre-wrap">{item.answer || t("room.empty")}</dd>
                    </div>
                    <div>
                      <dt className="text-sm font-semibold text-slate-700">{t("room.insights")}</dt>
                      <dd className="whitespace-pre-wrap">{item.insights || t("room.empty")}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="report-actions">
          <h2 id="report-actions" className="text-lg font-semibold text-teal-900">
            {t("report.actions")}
          </h2>
          {report.actions.length === 0 ? (
            <p className="text-slate-700">{t("actions.none")}</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {report.actions.map((a, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the report is read-only and keeps its order
                <li key={i} className={a.overdue ? "border-l-4 border-l-red-700 pl-3" : "pl-4"}>
                  <p className="font-semibold">{a.text}</p>
                  <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                    <span>{a.ownerName ? t("actions.owner", { name: a.ownerName }) : t("actions.noOwner")}</span>
                    {a.dueDate ? (
                      <span>
                        {t("actions.due", {
                          date: format.dateTime(dayToDate(a.dueDate), { day: "numeric", month: "long", year: "numeric" }),
                        })}
                      </span>
                    ) : null}
                    <Badge tone={a.status === "done" ? "good" : a.overdue ? "bad" : "neutral"}>{t(`status.${a.status}`)}</Badge>
                    {a.overdue ? <Badge tone="bad">{t("actions.overdue")}</Badge> : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="report-successes">
          <h2 id="report-successes" className="text-lg font-semibold text-teal-900">
            {t("room.closingTitle")}
          </h2>
          <p className="whitespace-pre-wrap">{s.successes || t("report.noSuccesses")}</p>
        </section>
      </article>
    </>
  );
}
