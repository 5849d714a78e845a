"use client";
import { Card } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { DuplicatesList } from "./duplicates-list";
import { RowErrors } from "./row-errors";
import type { Action, Decision, DuplicateIssue, ImportFormat, Page, RowIssue, Summary } from "./wizard-types";

/** Step 2: what the preview found (counts, problems, duplicates to decide about); empty until a preview ran. */
export function PreviewStep(props: {
  slug: string;
  format: ImportFormat;
  summary: Summary | null;
  errors: Page<RowIssue> | null;
  dups: Page<DuplicateIssue> | null;
  /** The confirmation after a choice about duplicates (a live region). */
  saved: string | null;
  onPage: (list: "errors" | "duplicates", page: number) => void;
  onDecide: (rows: Decision[], all?: Action) => void;
}) {
  const t = useTranslations("partners.transfer");
  const { summary, errors, dups } = props;
  return (
    <Card>
      <h2 id="preview-title" tabIndex={-1} className="mb-3 text-lg font-semibold text-slate-900">
        {t("preview.title")}
      </h2>
      {summary ? (
        <div className="mb-4 space-y-1 text-slate-900" role="status">
          <p>
            {t("preview.counts", {
              rows: summary.totalRows,
              valid: summary.valid,
              invalid: summary.invalidRows,
              duplicates: summary.duplicateCount,
            })}
          </p>
          <p>{t("preview.willImport", { toImport: summary.toImport, invalid: summary.invalidRows })}</p>
        </div>
      ) : (
        <p className="mb-4 text-slate-700">{t("preview.notYet")}</p>
      )}

      {summary && errors ? (
        <RowErrors format={props.format} errorCount={summary.errorCount} errors={errors} onPage={(p) => props.onPage("errors", p)} />
      ) : null}

      {summary && dups ? (
        <DuplicatesList slug={props.slug} dups={dups} onDecide={props.onDecide} onPage={(p) => props.onPage("duplicates", p)} />
      ) : null}
      <p role="status" aria-live="polite" className="mt-2 text-sm text-slate-700">
        {props.saved}
      </p>
    </Card>
  );
}
