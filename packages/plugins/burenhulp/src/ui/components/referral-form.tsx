"use client";
import { Button, ErrorSummary, SelectField, TextField, useFormErrors } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "@zorgzaam/ui/toast";
import { REFERRAL_OUTCOMES, REFERRAL_STATUSES } from "../../domain";
import { BURENHULP_LIMITS } from "../../limits";
import { useBurenhulp } from "../client";

/** Refers a heavy request to a service of the partner map, or to one typed in (Partners off or not on the map). */
export function ReferralForm({ requestId, services }: { requestId: string; services: { id: string; name: string }[] }) {
  const t = useTranslations("burenhulp");
  const api = useBurenhulp();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const serviceActorId = String(form.get("serviceActorId") ?? "") || null;
    const serviceName = String(form.get("serviceName") ?? "").trim() || null;
    setBusy(true);
    try {
      await api.referrals.create.mutate({ requestId, serviceActorId, serviceName });
      problems.clear();
      toast.success(t("referral.sent"));
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
      {services.length ? (
        <SelectField
          id="bh-service"
          name="serviceActorId"
          label={t("referral.service")}
          defaultValue=""
          error={problems.state.fields.serviceActorId}
        >
          <option value="">{t("referral.choose")}</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField
        id="bh-service-name"
        name="serviceName"
        label={t("referral.serviceName")}
        limit={BURENHULP_LIMITS.serviceName}
        error={problems.state.fields.serviceName}
      />
      <Button type="submit" disabled={busy}>
        {t("referral.send")}
      </Button>
    </form>
  );
}

/** The service's answer and the outcome of one referral (the closed loop). */
export function ReferralStatusForm({ id, status, outcome }: { id: string; status: string; outcome: string | null }) {
  const t = useTranslations("burenhulp");
  const api = useBurenhulp();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const o = String(form.get("outcome") ?? "");
    setBusy(true);
    try {
      await api.referrals.update.mutate({
        id,
        status: String(form.get("status")) as (typeof REFERRAL_STATUSES)[number],
        outcome: o ? (o as (typeof REFERRAL_OUTCOMES)[number]) : null,
      });
      problems.clear();
      toast.success(t("referral.saved"));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <ErrorSummary errors={problems.state} />
      <SelectField id={`bh-ref-status-${id}`} name="status" label={t("referral.status")} defaultValue={status}>
        {REFERRAL_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`referralStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`bh-ref-outcome-${id}`}
        name="outcome"
        label={t("referral.outcome")}
        defaultValue={outcome ?? ""}
        error={problems.state.fields.outcome}
      >
        <option value="">{t("referral.noOutcome")}</option>
        {REFERRAL_OUTCOMES.map((s) => (
          <option key={s} value={s}>
            {t(`outcome.${s}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={busy}>
        {t("referral.save")}
      </Button>
    </form>
  );
}
