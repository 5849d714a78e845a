"use client";
import { Button, SelectField, TextField } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { RELATIONSHIP_STATUSES } from "../../domain";
import { errorMessage, usePartners } from "../client";
import { PARTNERS_LIMITS } from "../../limits";

type Status = (typeof RELATIONSHIP_STATUSES)[number];

/** Change the relationship quickly (kept in the history, with an optional note on why). */
export function StatusChanger({ actorId, version, status }: { actorId: string; version: number; status: Status }) {
  const t = useTranslations("partners");
  const api = usePartners();
  const router = useRouter();
  const [value, setValue] = useState<Status>(status);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.actors.setStatus.mutate({ id: actorId, version, status: value, note: note || undefined });
      setNote("");
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="mt-4 grid gap-3 border-t border-slate-200 pt-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <SelectField label={t("actors.status.new")} value={value} onChange={(e) => setValue(e.target.value as Status)}>
        {RELATIONSHIP_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t("actors.status.note")} value={note} onChange={(e) => setNote(e.target.value)} limit={PARTNERS_LIMITS.note} />
      <Button type="submit" disabled={busy || value === status}>
        {t("actors.status.save")}
      </Button>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800 sm:col-span-3">
          {error}
        </p>
      ) : null}
    </form>
  );
}
