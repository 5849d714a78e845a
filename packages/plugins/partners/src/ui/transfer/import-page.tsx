import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, Card, DataTable, EmptyState, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PartnersRouter } from "../../server/router";
import { filtersFromSearch } from "../map/url";
import { MAX_FILE_MB, MAX_UPLOAD_MB } from "../../limits";
import { ExportButtons } from "./export-buttons";
import { statusTone } from "./status";
import { UploadForm } from "./upload-form";

/**
 * Import a list (CSV, XLSX, HSDS), see earlier imports, export the network. The export takes the map's and list's
 * filters from the address (?sectors=…&kinds=…), so "this view" can be exported by linking here with the same query.
 */
export async function ImportPage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners.transfer");
  const format = await getFormatter();
  const imports = await props.api.transfer.list();
  const base = `/t/${props.slug}/partners/import`;
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("upload.title")}>
          <p className="mb-4 text-slate-800">{t("upload.intro")}</p>
          <UploadForm slug={props.slug} maxMb={MAX_FILE_MB} maxUploadMb={MAX_UPLOAD_MB} />
        </Card>
        <Card title={t("export.title")}>
          <p className="mb-4 text-slate-800">{t("export.intro")}</p>
          <ExportButtons filters={filtersFromSearch(props.searchParams)} />
        </Card>
      </div>
      <section className="mt-6" aria-labelledby="imports-title">
        <h2 id="imports-title" className="mb-3 text-lg font-semibold text-slate-900">
          {t("history.title")}
        </h2>
        {imports.length === 0 ? (
          <EmptyState title={t("history.empty")} />
        ) : (
          <DataTable caption={t("history.caption")}>
            <thead>
              <tr>
                <th scope="col">{t("history.file")}</th>
                <th scope="col">{t("history.date")}</th>
                <th scope="col">{t("history.status")}</th>
                <th scope="col">{t("history.result")}</th>
                <th scope="col">{t("history.by")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {imports.map((i) => (
                <tr key={i.id}>
                  <td>
                    <Link href={`${base}/${i.id}`} className="font-medium text-teal-900 underline">
                      {i.fileName}
                    </Link>{" "}
                    <span className="text-slate-700">({t(`format.${i.format}` as "format.csv")})</span>
                  </td>
                  <td>{format.dateTime(i.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td>
                    <Badge tone={statusTone(i.status)}>{t(`status.${i.status}` as "status.done")}</Badge>
                  </td>
                  <td>
                    {i.status === "done"
                      ? t("history.result_done", { created: i.createdCount, updated: i.updatedCount, skipped: i.skippedCount })
                      : t("history.result_rows", { rows: i.totalRows })}
                  </td>
                  <td>{i.by ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
    </>
  );
}
