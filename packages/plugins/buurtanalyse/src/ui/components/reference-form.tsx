"use client";
import { Button, ErrorSummary, SelectField, TextField, useFormErrors } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { AREA_KINDS, type AreaKind } from "../../domain";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { parseNumber } from "../../indicators";
import { textOf, useBuurtanalyse } from "../client";

/** A value found for a hypothesis: the indicator, for which area (our buurt or a reference), the year and the source. */
export function ReferenceForm({ hypothesisId }: { hypothesisId: string }) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    const value = parseNumber(String(form.get("value") ?? ""));
    if (value === null) return problems.show({ value: t("references.valueNumber") });
    const yearText = textOf(form, "year");
    setBusy(true);
    try {
      await api.hypotheses.addReference.mutate({
        hypothesisId,
        indicator: String(form.get("indicator") ?? ""),
        areaKind: String(form.get("areaKind")) as AreaKind,
        areaLabel: textOf(form, "areaLabel"),
        year: yearText ? Number(yearText) : null,
        value,
        source: textOf(form, "source"),
      });
      el.reset();
      problems.clear();
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-3 rounded-lg bg-slate-50 p-3">
      <ErrorSummary errors={problems.state} />
      <div className="grid grid-cols-1 *:min-w-0 gap-3 sm:grid-cols-3">
        <TextField name="indicator" label={t("references.indicator")} limit={L.label} error={problems.err("indicator")} />
        <SelectField name="areaKind" label={t("references.area")} defaultValue="gemeente" error={problems.err("areaKind")}>
          {AREA_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`areaKinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField name="areaLabel" label={t("references.areaLabel")} limit={L.label} error={problems.err("areaLabel")} />
        <TextField name="value" inputMode="decimal" label={t("references.value")} error={problems.err("value")} />
        <TextField name="year" inputMode="numeric" label={t("references.year")} error={problems.err("year")} />
        <TextField name="source" label={t("references.source")} limit={L.shortText} error={problems.err("source")} />
      </div>
      <p>
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("references.add")}
        </Button>
      </p>
    </form>
  );
}
