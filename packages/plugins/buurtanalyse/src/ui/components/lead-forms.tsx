"use client";
import { Button, ConfirmButton, ErrorSummary, SelectField, TextArea, TextField, useFormErrors } from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { LEAD_STATUSES, type LeadStatus } from "../../domain";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { errorMessage, textOf, useBuurtanalyse } from "../client";

type Choice = { id: string; name: string };

/** Round 4: a key-figure lead met in the field, by role and place (no name), with a state and, later, its key figure. */
export function LeadForm({ analysisId, notesVisible, choices }: { analysisId: string; notesVisible: boolean; choices: Choice[] }) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    setBusy(true);
    try {
      await api.leads.add.mutate({
        analysisId,
        who: String(form.get("who") ?? ""),
        place: textOf(form, "place"),
        ...(notesVisible ? { notes: textOf(form, "notes") } : {}),
        status: String(form.get("status")) as LeadStatus,
        actorId: textOf(form, "actorId"),
      });
      el.reset();
      problems.clear();
      toast.success(t("field.leads.added"));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid grid-cols-1 *:min-w-0 gap-3">
      <h3 className="font-semibold">{t("field.leads.add")}</h3>
      <ErrorSummary errors={problems.state} />
      <TextField name="who" label={t("field.leads.who")} hint={t("field.leads.whoHint")} limit={L.shortText} error={problems.err("who")} />
      <TextField name="place" label={t("field.leads.place")} limit={L.shortText} error={problems.err("place")} />
      {notesVisible ? <TextArea name="notes" label={t("field.leads.notes")} limit={L.longText} error={problems.err("notes")} /> : null}
      <SelectField name="status" label={t("field.leads.status")} defaultValue="to_contact">
        {LEAD_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`field.leads.statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      {choices.length ? (
        <SelectField name="actorId" label={t("field.leads.actor")} defaultValue="" error={problems.err("actorId")}>
          <option value="">{t("field.leads.noActor")}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <p>
        <Button type="submit" disabled={busy}>
          {t("field.leads.save")}
        </Button>
      </p>
    </form>
  );
}

/** Where a lead stands and which key figure it became; or the lead taken away. */
export function LeadChange({
  lead,
  choices,
}: {
  lead: { id: string; who: string; status: string; actorId: string | null };
  choices: Choice[];
}) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const [status, setStatus] = useState(lead.status);
  const [actorId, setActorId] = useState(lead.actorId ?? "");
  const [busy, setBusy] = useState(false);
  return (
    <div className="mt-2 grid grid-cols-1 *:min-w-0 gap-2 sm:grid-cols-2">
      <SelectField label={t("field.leads.statusOf", { who: lead.who })} value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
        {LEAD_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`field.leads.statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      {choices.length ? (
        <SelectField
          label={t("field.leads.actorOf", { who: lead.who })}
          value={actorId}
          onChange={(e) => setActorId(e.currentTarget.value)}
        >
          <option value="">{t("field.leads.noActor")}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <p className="flex flex-wrap gap-2 sm:col-span-2">
        <Button
          type="button"
          variant="secondary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await api.leads.update.mutate({
                id: lead.id,
                status: status as LeadStatus,
                ...(choices.length ? { actorId: actorId || null } : {}),
              });
              toast.success(t("field.leads.saved"));
              router.refresh();
            } catch (err) {
              toast.error(errorMessage(err));
            } finally {
              setBusy(false);
            }
          }}
        >
          {t("field.leads.change")}
        </Button>
        <ConfirmButton
          variant="ghost"
          aria-label={t("common.removeNamed", { what: lead.who })}
          title={t("common.confirmRemove", { what: lead.who })}
          confirmLabel={t("common.remove")}
          cancelLabel={t("common.cancel")}
          onConfirm={async () => {
            try {
              await api.leads.remove.mutate({ id: lead.id });
              router.refresh();
            } catch (err) {
              toast.error(errorMessage(err));
            }
          }}
        >
          {t("common.remove")}
        </ConfirmButton>
      </p>
    </div>
  );
}
