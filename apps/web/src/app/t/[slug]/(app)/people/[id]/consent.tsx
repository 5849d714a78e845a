"use client";
import { Button, ConfirmButton, SelectField, TextField, ErrorSummary, useFormErrors, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";
import { LIMITS } from "@zorgzaam/core/limits";

const METHODS = ["verbal", "written", "online"] as const;

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** A date picked in the form: today means "now"; an earlier day means noon of that day (local time). */
function givenAtOf(day: string): Date {
  if (!day || day === today()) return new Date();
  return new Date(`${day}T12:00:00`);
}

export function ConsentForm({ personId, purposes }: { personId: string; purposes: { key: string; label: string }[] }) {
  const t = useTranslations("consent");
  const client = usePlatformClient<AppRouter>();
  const { done } = useFeedback();
  const add = useCall(client.people.addConsent.mutate);
  const problems = useFormErrors();
  const errors = problems.state.fields;
  const [formKey, setFormKey] = useState(0);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const method = String(form.get("method")) as (typeof METHODS)[number];
    problems.clear();
    add.run(
      {
        personId,
        purpose: String(form.get("purpose") ?? ""),
        note: String(form.get("note") ?? ""),
        method,
        givenAt: givenAtOf(String(form.get("givenAt") ?? "")),
      },
      {
        onSuccess: () => {
          setFormKey((k) => k + 1);
          done(t("recorded"));
        },
        onError: (err) => {
          problems.fail(err);
        },
      },
    );
  }

  return (
    <form key={formKey} onSubmit={submit} noValidate className="space-y-4">
      <ErrorSummary errors={problems.state} />
      <SelectField id="consent-purpose" name="purpose" label={t("purpose")} hint={t("purposeHint")} required error={errors.purpose}>
        {purposes.map((p) => (
          <option key={p.key} value={p.key}>
            {p.label}
          </option>
        ))}
      </SelectField>
      <TextField id="consent-note" name="note" label={t("note")} hint={t("noteHint")} limit={LIMITS.consentNote} error={errors.note} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="consent-method" name="method" label={t("method")} defaultValue="verbal" error={errors.method}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`methods.${m}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="consent-given"
          name="givenAt"
          type="date"
          label={t("givenAt")}
          defaultValue={today()}
          max={today()}
          required
          error={errors.givenAt}
        />
      </div>
      <Button type="submit" disabled={add.pending}>
        {add.pending ? t("recording") : t("record")}
      </Button>
    </form>
  );
}

export function WithdrawConsent({ id, purpose }: { id: string; purpose: string }) {
  const t = useTranslations("consent");
  const tc = useTranslations("common");
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const withdraw = useCall(client.people.withdrawConsent.mutate);
  return (
    <ConfirmButton
      variant="secondary"
      aria-label={t("withdrawOf", { purpose })}
      title={t("withdrawTitle")}
      body={t("withdrawBody", { purpose })}
      confirmLabel={t("withdrawConfirm")}
      cancelLabel={tc("cancel")}
      disabled={withdraw.pending}
      onConfirm={() => withdraw.run({ id }, { onSuccess: () => done(t("withdrawn")), onError: failed })}
    >
      {t("withdraw")}
    </ConfirmButton>
  );
}
