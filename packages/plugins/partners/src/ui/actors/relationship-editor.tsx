"use client";
import { Button, SelectField, TextArea, TextField } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { RELATIONSHIP_STATUSES } from "../../domain";
import { PARTNERS_LIMITS } from "../../limits";
import { errorMessage, usePartners } from "../client";

type Status = (typeof RELATIONSHIP_STATUSES)[number];

/**
 * Changes the member's own organisation's relationship with the actor (status, what each offers, why). Kept in the
 * actor's history with the organisation named; the server decides where it is stored (ADR 0017).
 */
export function RelationshipEditor({
  actorId,
  version,
  status,
  offersUs,
  offersThem,
  legend,
  organisation,
}: {
  actorId: string;
  version: number;
  status: Status;
  offersUs: string;
  offersThem: string;
  legend: string;
  organisation: string;
}) {
  const t = useTranslations("partners");
  const api = usePartners();
  const router = useRouter();
  const [value, setValue] = useState<Status>(status);
  const [us, setUs] = useState(offersUs);
  const [them, setThem] = useState(offersThem);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const changed = value !== status || us !== offersUs || them !== offersThem;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await api.relationships.save.mutate({
        actorId,
        version,
        status: value,
        offersUs: us,
        offersThem: them,
        note: note || undefined,
      });
      setNote("");
      setSaved(true);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
      router.refresh();
    }
  }

  return (
    <form onSubmit={submit} className="mt-4 border-t border-slate-200 pt-4">
      <fieldset className="grid gap-3">
        <legend className="mb-2 font-semibold text-slate-900">{legend}</legend>
        <SelectField label={t("actors.field.status")} value={value} onChange={(e) => setValue(e.target.value as Status)}>
          {RELATIONSHIP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextArea
          label={t("actors.relationships.offersUs", { organisation })}
          value={us}
          onChange={(e) => setUs(e.target.value)}
          limit={5000}
          rows={2}
        />
        <TextArea
          label={t("actors.relationships.offersThem", { organisation })}
          value={them}
          onChange={(e) => setThem(e.target.value)}
          limit={5000}
          rows={2}
        />
        <TextField label={t("actors.status.note")} value={note} onChange={(e) => setNote(e.target.value)} limit={PARTNERS_LIMITS.note} />
        <div>
          <Button type="submit" disabled={busy || !changed}>
            {t("actors.status.save")}
          </Button>
        </div>
        {error ? (
          <p role="alert" className="text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
        {saved && !error ? (
          <p role="status" className="text-sm font-medium text-green-800">
            {t("actors.relationships.saved")}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}
