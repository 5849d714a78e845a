"use client";
import { DataTable } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { Pager, pageCount } from "./pager";
import type { ImportFormat, Page, RowIssue } from "./wizard-types";

/** The problems the preview found, a page at a time; any problem blocks the start. */
export function RowErrors(props: { format: ImportFormat; errorCount: number; errors: Page<RowIssue>; onPage: (page: number) => void }) {
  const t = useTranslations("partners.transfer");
  const { errors } = props;
  return (
    <section aria-labelledby="errors-title" className="space-y-3">
      <h3 id="errors-title" className="font-semibold text-slate-900">
        {t("preview.errorsTitle", { count: props.errorCount })}
      </h3>
      {props.errorCount === 0 ? (
        <p className="text-slate-800">{t("preview.noErrors")}</p>
      ) : (
        <>
          <p className="text-slate-800">{t("preview.errorsIntro")}</p>
          <DataTable caption={t("preview.errorsCaption")}>
            <thead>
              <tr>
                <th scope="col">{t("preview.row")}</th>
                {props.format === "hsds" ? <th scope="col">{t("preview.file")}</th> : null}
                <th scope="col">{t("preview.columnHeader")}</th>
                <th scope="col">{t("preview.problem")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {errors.items.map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several problems in one column
                <tr key={`${e.file ?? ""}-${e.row}-${e.column ?? ""}-${i}`}>
                  <td>{e.row}</td>
                  {props.format === "hsds" ? <td>{e.file ?? ""}</td> : null}
                  <td>{e.column ?? "–"}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <Pager page={errors.page} pages={pageCount(errors)} onPage={props.onPage} />
        </>
      )}
    </section>
  );
}
