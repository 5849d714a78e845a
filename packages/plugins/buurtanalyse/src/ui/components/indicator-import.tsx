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

/** An Excel file (.xlsx is a zip: it starts with "PK"; the old .xls starts with D0 CF 11 E0), whatever its name. */
async function isExcel(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return (head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0);
}

/** The file's bytes as base64 (without the data: prefix). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ""));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

/**
 * Import of indicators per statistical sector from a CSV or Excel file (sector, indicator, year, value, optional weight): the
 * file is read in the browser and sent as text (an Excel file as its bytes); the answer says what was imported and which rows were refused, why.
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
    const excel = await isExcel(file);
    const max = excel ? L.importXlsxBytes : L.importChars * 2;
    if (file.size > max) return problems.show({ csv: t("import.tooBig", { max: Math.round(max / 1_000_000) }) });
    setBusy(true);
    setResult(null);
    try {
      const r = await api.indicators.import.mutate({
        analysisId,
        ...(excel ? { xlsx: await base64Of(file) } : { csv: await file.text() }),
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
      <TextField
        name="csv"
        type="file"
        accept=".csv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        label={t("import.file")}
        error={problems.err("csv")}
      />
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
