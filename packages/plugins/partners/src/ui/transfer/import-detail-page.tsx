import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Alert, buttonClass, Card, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PartnersRouter } from "../../server/router";
import { ImportWizard } from "./import-wizard";
import { ImportProgress, ProgressBar } from "./progress";
import { RejectedDownload } from "./rejected-download";

/** One import: match the columns, preview, start, follow the progress, and the result with links to the map. */
export async function ImportDetailPage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners.transfer");
  const api = props.api;
  const id = props.params.id ?? "";
  const imp = await api.transfer.get({ id });
  const base = `/t/${props.slug}/partners`;
  const previewed = imp.status === "previewed";
  const [errors, duplicates] = previewed
    ? await Promise.all([api.transfer.issues({ id, list: "errors" }), api.transfer.issues({ id, list: "duplicates" })])
    : [null, null];
  const detected = [
    t("detail.detected", { format: t(`format.${imp.format}`), rows: imp.totalRows }),
    imp.encoding ? t("detail.encoding", { encoding: imp.encoding }) : null,
    imp.delimiter ? t("detail.delimiter", { delimiter: imp.delimiter === "\t" ? t("detail.tab") : imp.delimiter }) : null,
    imp.sheetName ? t("detail.sheet", { sheet: imp.sheetName }) : null,
    imp.format === "hsds" ? t("detail.files", { files: imp.headers.join(", ") }) : null,
  ].filter(Boolean);

  const open = imp.status === "uploaded" || imp.status === "previewed";
  return (
    <>
      <PageHeader
        title={imp.fileName}
        description={detected.join(" · ")}
        actions={
          <Link href={`${base}/import`} className={buttonClass("secondary")}>
            {t("detail.back")}
          </Link>
        }
      />
      {open && imp.fileKept ? (
        <ImportWizard
          slug={props.slug}
          id={imp.id}
          format={imp.format}
          headers={imp.headers}
          sample={imp.sample}
          fields={imp.fields}
          requiredFields={imp.requiredFields}
          mapping={imp.mapping}
          unknownValues={imp.unknownValues}
          sectors={imp.sectors}
          hasOrganisation={imp.hasOrganisation}
          message={imp.message}
          summary={
            previewed
              ? {
                  totalRows: imp.totalRows,
                  valid: imp.validRows,
                  toImport: imp.toImport,
                  errorCount: imp.errorCount,
                  invalidRows: imp.invalidRows,
                  duplicateCount: imp.duplicateCount,
                }
              : null
          }
          errors={errors?.list === "errors" ? errors : null}
          duplicates={duplicates?.list === "duplicates" ? duplicates : null}
        />
      ) : null}
      {open && !imp.fileKept ? (
        <Alert tone="info">
          {t("detail.fileGone")}{" "}
          <Link href={`${base}/import`} className="underline">
            {t("detail.uploadAgain")}
          </Link>
        </Alert>
      ) : null}
      {imp.status === "queued" || imp.status === "running" ? (
        <Card title={t("start.title")}>
          <ImportProgress id={imp.id} initial={{ status: imp.status, progress: imp.progress }} />
        </Card>
      ) : null}
      {imp.status === "done" ? (
        <div className="space-y-6">
          <Card title={t("progress.label")}>
            <ProgressBar value={100} label={t("progress.label")} text={t("progress.done")} />
          </Card>
          <Card title={t("result.title")}>
            <p className="mb-4 text-slate-900" role="status">
              {t("result.summary", { created: imp.created, updated: imp.updated, skipped: imp.skipped })}
              {imp.invalidRows ? ` ${t("result.rejected", { count: imp.invalidRows })}` : null}
            </p>
            {imp.rejected ? (
              <div className="mb-4">
                <RejectedDownload id={imp.id} count={imp.rejected} />
              </div>
            ) : null}
            {imp.actors.length ? (
              <>
                <h3 className="mb-2 font-semibold text-slate-900">{t("result.actors")}</h3>
                <ul className="mb-4 list-disc space-y-1 pl-5">
                  {imp.actors.map((a) => (
                    <li key={a.id}>
                      <Link href={`${base}/actors/${a.id}`} className="text-teal-900 underline">
                        {a.name}
                      </Link>
                      {a.hasPoint ? null : <span className="text-sm text-slate-700"> ({t("result.noPoint")})</span>}
                    </li>
                  ))}
                  {imp.moreActors ? <li>{t("result.more", { count: imp.moreActors })}</li> : null}
                </ul>
                {imp.actors.some((a) => !a.hasPoint) ? <p className="mb-4 text-sm text-slate-800">{t("result.noPointHint")}</p> : null}
              </>
            ) : null}
            <div className="flex flex-wrap gap-2">
              <Link href={base} className={buttonClass("primary")}>
                {t("result.map")}
              </Link>
              <Link href={`${base}/list`} className={buttonClass("secondary")}>
                {t("result.list")}
              </Link>
            </div>
          </Card>
        </div>
      ) : null}
      {imp.status === "failed" ? (
        <Alert tone="error" title={t("result.failed")}>
          {imp.message}{" "}
          <Link href={`${base}/import`} className="underline">
            {t("detail.uploadAgain")}
          </Link>
        </Alert>
      ) : null}
    </>
  );
}
