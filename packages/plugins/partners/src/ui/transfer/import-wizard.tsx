"use client";
import { Alert, Card } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorMessage, usePartners } from "../client";
import { MappingStep } from "./mapping-step";
import { PreviewStep } from "./preview-step";
import { ImportProgress } from "./progress";
import { StartStep } from "./start-step";
import {
  type Action,
  type Decision,
  type DuplicateIssue,
  type ImportView,
  keyOf,
  type Mapping,
  type Page,
  type RowIssue,
  type Summary,
} from "./wizard-types";

export interface WizardProps
  extends Pick<
    ImportView,
    | "id"
    | "format"
    | "headers"
    | "sample"
    | "fields"
    | "requiredFields"
    | "mapping"
    | "unknownValues"
    | "sectors"
    | "hasOrganisation"
    | "message"
  > {
  slug: string;
  summary: Summary | null;
  errors: Page<RowIssue> | null;
  duplicates: Page<DuplicateIssue> | null;
}

/** The steps of an import: match the columns, look at the preview (problems, duplicates), start, watch the progress. */
export function ImportWizard(props: WizardProps) {
  const t = useTranslations("partners.transfer");
  const api = usePartners();
  const [mapping, setMapping] = useState<Mapping>(props.mapping);
  const [unknown, setUnknown] = useState(props.unknownValues);
  const [summary, setSummary] = useState<Summary | null>(props.summary);
  const [errors, setErrors] = useState<Page<RowIssue> | null>(props.errors);
  const [dups, setDups] = useState<Page<DuplicateIssue> | null>(props.duplicates);
  const [busy, setBusy] = useState<"preview" | "start" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [started, setStarted] = useState(false);

  function changeMapping(update: (m: Mapping) => Mapping) {
    setMapping(update);
    setSummary(null);
  }

  async function preview() {
    setBusy("preview");
    setProblem(null);
    try {
      const r = await api.transfer.preview.mutate({ id: props.id, mapping });
      setSummary({
        totalRows: r.totalRows,
        valid: r.valid,
        toImport: r.toImport,
        errorCount: r.errorCount,
        invalidRows: r.invalidRows,
        duplicateCount: r.duplicateCount,
      });
      setErrors(r.errors);
      setDups(r.duplicates);
      setUnknown(r.unknownValues);
      document.getElementById("preview-title")?.focus();
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  async function loadPage(list: "errors" | "duplicates", page: number) {
    try {
      const r = await api.transfer.issues.query({ id: props.id, list, page });
      if (r.list === "errors") setErrors(r);
      else setDups(r);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }

  async function decide(rows: Decision[], all?: Action) {
    setProblem(null);
    setSaved(null);
    try {
      const r = await api.transfer.decide.mutate({ id: props.id, rows, ...(all ? { all } : {}) });
      if (dups) {
        if (all) await loadPage("duplicates", dups.page);
        else {
          const chosen = new Map(rows.map((x) => [keyOf(x), x.action]));
          setDups({ ...dups, items: dups.items.map((d) => ({ ...d, action: chosen.get(keyOf(d)) ?? d.action })) });
        }
      }
      if (summary) setSummary({ ...summary, toImport: summary.valid - r.skip });
      setSaved(t("preview.saved"));
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }

  async function start(skipInvalid: boolean) {
    setBusy("start");
    setProblem(null);
    try {
      await api.transfer.start.mutate({ id: props.id, skipInvalid });
      setStarted(true);
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  if (started) {
    return (
      <Card title={t("start.title")}>
        <ImportProgress id={props.id} initial={{ status: "queued", progress: 0 }} />
      </Card>
    );
  }

  return (
    <div className="space-y-6">
      {props.message ? <Alert tone="error">{props.message}</Alert> : null}
      <MappingStep
        format={props.format}
        headers={props.headers}
        sample={props.sample}
        fields={props.fields}
        requiredFields={props.requiredFields}
        proposed={props.mapping}
        mapping={mapping}
        onChange={changeMapping}
        unknown={unknown}
        sectors={props.sectors}
        hasOrganisation={props.hasOrganisation}
        busy={busy}
        onPreview={() => void preview()}
      />
      <PreviewStep
        slug={props.slug}
        format={props.format}
        summary={summary}
        errors={errors}
        dups={dups}
        saved={saved}
        onPage={(list, p) => void loadPage(list, p)}
        onDecide={(rows, all) => void decide(rows, all)}
      />
      <StartStep id={props.id} summary={summary} busy={busy} onStart={(skip) => void start(skip)} />

      {problem ? (
        <div className="sticky bottom-4">
          <Alert tone="error">{problem}</Alert>
        </div>
      ) : null}
    </div>
  );
}
