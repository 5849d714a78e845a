import { PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { asLocale } from "@/i18n/locales";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { PrintButton } from "./print-button";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

type Row = Record<string, unknown>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("personalData"))("viewTitle") };
}

/** A readable, printable view of one export (the browser's print to PDF gives the PDF). */
export default async function PersonalDataExportPage({ params }: { params: Promise<{ slug: string; id: string; jobId: string }> }) {
  const { slug, id, jobId: rawJobId } = await params;
  await requirePermission(slug, "core.people.export");
  if (!UUID.test(id)) notFound();
  const jobId = decodeURIComponent(rawJobId);
  const data = await orPage(async () => (await api(slug)).personalData.result({ jobId }));
  if (data.personId !== id) notFound();
  const t = await getTranslations("personalData");
  const format = await getFormatter();
  const locale = await getLocale();
  const lang = asLocale(locale);

  const show = (v: unknown): ReactNode => {
    if (v === null || v === undefined || v === "") return <span className="text-slate-600">—</span>;
    if (typeof v === "string" && ISO.test(v)) return format.dateTime(new Date(v), { dateStyle: "medium", timeStyle: "short" });
    if (Array.isArray(v) && v.every((x) => typeof x !== "object")) return v.join(", ");
    if (typeof v === "object") return <code className="break-all text-sm">{JSON.stringify(v)}</code>;
    return String(v);
  };

  const record = (row: Row | null) =>
    row ? (
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[minmax(10rem,auto)_1fr]">
        {Object.entries(row).map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-semibold">{k}</dt>
            <dd className="break-words">{show(v)}</dd>
          </div>
        ))}
      </dl>
    ) : (
      <p>{t("noRows")}</p>
    );

  const table = (rows: Row[], caption: string) => {
    if (rows.length === 0) return <p>{t("noRows")}</p>;
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    return (
      <div className="overflow-x-auto print:overflow-visible">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" className="border-b border-slate-400 px-2 py-1 align-bottom">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows of an export have no other stable key
              <tr key={i} className="border-b border-slate-200 break-inside-avoid">
                {columns.map((c) => (
                  <td key={c} className="px-2 py-1 align-top">
                    {show(r[c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  };

  const section = (key: string, title: string, children: ReactNode) => (
    <section aria-labelledby={`export-${key}`} className="mt-6 break-inside-avoid-page">
      <h2 id={`export-${key}`} className="mb-2 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );

  const modules = Object.entries(data.modules);
  return (
    <article className="print:text-black">
      <p className="mb-2 print:hidden">
        <Link href={`/t/${slug}/people/${id}`}>← {t("back")}</Link>
      </p>
      <PageHeader
        title={t("viewTitle")}
        description={t("generatedAt", { date: format.dateTime(new Date(data.generatedAt), { dateStyle: "long", timeStyle: "short" }) })}
      />
      <PrintButton label={t("print")} />
      {section("person", t("person"), record(data.person))}
      {section("consents", t("consents"), table(data.consents, t("consents")))}
      {section("audit", t("auditTrail"), table(data.auditEvents, t("auditTrail")))}
      {section(
        "modules",
        t("modules"),
        modules.length === 0 ? (
          <p>{t("noModules")}</p>
        ) : (
          modules.map(([moduleId, m]) => (
            <section key={moduleId} aria-labelledby={`export-module-${moduleId}`} className="mt-4">
              <h3 id={`export-module-${moduleId}`} className="mb-2 text-lg font-semibold">
                {m.name[lang] ?? moduleId}
              </h3>
              {Object.entries(m.data).map(([model, rows]) => (
                <div key={model} className="mt-3">
                  <h4 className="mb-1 font-semibold">{model}</h4>
                  {table(rows as Row[], `${m.name[lang] ?? moduleId}: ${model}`)}
                </div>
              ))}
            </section>
          ))
        ),
      )}
    </article>
  );
}
