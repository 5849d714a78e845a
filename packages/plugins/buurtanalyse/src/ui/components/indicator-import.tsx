"use client";
import { Alert, Button, ErrorSummary, SelectField, TextField, useFormErrors } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { AGGREGATION_METHODS, type AggregationMethod } from "../../domain";
import type { RowError } from "../../indicators";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { textOf, useBuurtanalyse } from "../client";

interface Result {
  imported: number;
  indicators: string[];
  errors: RowError[];
  errorCount: number;
}

/**
 * Import of indicators per statistical sector from a CSV file (sector, indicator, year, value, optional weight): the
 * file is read in the browser and sent as text; the answer says what was imported and which rows were refused, why.
 */
export function IndicatorImport({ analysisId, hypotheses }: { analysisId: string; hypotheses: { id: string; text: string }[] }) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get("csv");
    if (!(file instanceof File) || file.size === 0) return problems.show({ csv: t("import.chooseFile") });
    if (file.size > L.importChars * 2)
      return problems.show({ csv: t("import.tooBig", { max: Math.round((L.importChars * 2) / 1_000_000) }) });
    setBusy(true);
    setResult(null);
    try {
      const r = await api.indicators.import.mutate({
        analysisId,
        csv: await file.text(),
        method: String(form.get("method")) as AggregationMethod,
        source: textOf(form, "source"),
        hypothesisId: textOf(form, "hypothesisId"),
      });
      setResult(r);
      problems.clear();
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-3">
      <ErrorSummary errors={problems.state} />
      <p className="text-sm text-slate-700">{t("import.hint")}</p>
      <TextField name="csv" type="file" accept=".csv,text/csv,text/plain" label={t("import.file")} error={problems.err("csv")} />
      <div className="grid grid-cols-1 *:min-w-0 gap-3 sm:grid-cols-2">
        <SelectField name="method" label={t("import.method")} defaultValue="sum">
          {AGGREGATION_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`import.methods.${m}`)}
            </option>
          ))}
        </SelectField>
        <TextField name="source" label={t("import.source")} limit={L.shortText} error={problems.err("source")} />
      </div>
      {hypotheses.length ? (
        <SelectField name="hypothesisId" label={t("import.hypothesis")} defaultValue="">
          <option value="">{t("import.noHypothesis")}</option>
          {hypotheses.map((h) => (
            <option key={h.id} value={h.id}>
              {h.text}
            </option>
          ))}
        </SelectField>
      ) : null}
      <p>
        <Button type="submit" disabled={busy}>
          {busy ? t("import.working") : t("import.go")}
        </Button>
      </p>
      {result ? (
        <div className="grid grid-cols-1 *:min-w-0 gap-2">
          <Alert tone={result.errorCount ? "info" : "success"}>
            {t("import.done", { rows: result.imported, indicators: result.indicators.length, errors: result.errorCount })}
          </Alert>
          {result.errors.length ? (
            <ul className="list-disc pl-6 text-sm">
              {result.errors.map((e) => (
                <li key={`${e.row}-${e.code}`}>{t(`import.rowErrors.${e.code}`, { row: e.row, value: e.value ?? "" })}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
