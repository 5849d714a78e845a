"use client";
import { Button, Checkbox, CheckboxGroup, ErrorSummary, useFormErrors } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "@zorgzaam/ui/toast";
import { SIGNALS, WEIGHTS } from "../../domain";
import { useBurenhulp } from "../client";

/** Triage (BH-4): small help or heavy, with the starter signals ticked; a person decides, the words only suggest. */
export function TriageForm({
  id,
  weight,
  signals,
  suggested,
  urgent,
}: {
  id: string;
  weight: string;
  signals: string[];
  suggested: string[];
  urgent: boolean;
}) {
  const t = useTranslations("burenhulp");
  const api = useBurenhulp();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    try {
      await api.requests.update.mutate({
        id,
        weight: String(form.get("weight")) as (typeof WEIGHTS)[number],
        signals: form.getAll("signals").map(String) as (typeof SIGNALS)[number][],
        urgent: form.get("urgent") === "on",
      });
      problems.clear();
      toast.success(t("triage.saved"));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <ErrorSummary errors={problems.state} />
      <CheckboxGroup legend={t("triage.title")} hint={t("triage.hint")} name="weight" error={problems.state.fields.weight}>
        {WEIGHTS.map((w) => (
          <label key={w} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-1 py-1 hover:bg-slate-50">
            <input type="radio" name="weight" value={w} defaultChecked={weight === w} className="size-5 shrink-0 accent-teal-800" />
            <span className="text-slate-900">{t(`weight.${w}`)}</span>
          </label>
        ))}
      </CheckboxGroup>
      <CheckboxGroup legend={t("triage.signals")} hint={t("triage.signalsHint")} name="signals" error={problems.state.fields.signals}>
        {SIGNALS.map((s) => (
          <Checkbox key={s} name="signals" value={s} label={t(`signal.${s}`)} defaultChecked={signals.includes(s)} />
        ))}
      </CheckboxGroup>
      <Checkbox name="urgent" label={t("triage.urgent")} hint={t("triage.urgentHint")} defaultChecked={urgent} />
      {suggested.length ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-slate-900">
          {t("triage.suggested", { list: suggested.map((s) => t(`signal.${s}`)).join(", ") })}
        </p>
      ) : null}
      <Button type="submit" disabled={busy}>
        {busy ? t("triage.saving") : t("triage.save")}
      </Button>
    </form>
  );
}
