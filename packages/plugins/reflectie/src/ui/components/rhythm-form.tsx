"use client";
import { Button, Checkbox, CheckboxGroup, ConfirmButton, ErrorSummary, TextField, useFormErrors } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { toast } from "@zorgzaam/ui/toast";
import { errorMessage, useReflectie } from "../client";
import { REFLECTIE_LIMITS } from "../../limits";

function localInput(iso: string | null): string {
  const d = iso ? new Date(iso) : new Date(Date.now() + 14 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Creates a rhythm, or edits one (inside a disclosure, so the list stays short). */
export function RhythmForm({
  members,
  rhythm,
}: {
  members: { userId: string; name: string }[];
  rhythm: { id: string; name: string; intervalWeeks: number; nextSessionAt: string; participantIds: string[]; active: boolean } | null;
}) {
  const t = useTranslations("reflectie");
  const api = useReflectie();
  const router = useRouter();
  const id = useId();
  const problems = useFormErrors();
  const errors = problems.state.fields;
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    const weeks = Number(form.get("intervalWeeks"));
    const input = {
      name: String(form.get("name") ?? "").trim(),
      intervalWeeks: Number.isFinite(weeks) && weeks > 0 ? weeks : undefined,
      nextSessionAt: new Date(String(form.get("nextSessionAt") ?? "")),
      participantIds: form.getAll("participantIds").map(String),
      active: form.get("active") === "on",
    };
    setBusy(true);
    try {
      if (rhythm) await api.rhythms.update.mutate({ id: rhythm.id, ...input });
      else await api.rhythms.create.mutate(input);
      toast.success(t("rhythm.saved", { name: input.name }));
      problems.clear();
      if (!rhythm) el.reset();
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  const fields = (
    <form onSubmit={submit} noValidate className="mt-3 space-y-4">
      <ErrorSummary errors={problems.state} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id={`${id}-name`}
          name="name"
          label={t("rhythm.name")}
          defaultValue={rhythm?.name ?? ""}
          required
          limit={REFLECTIE_LIMITS.rhythmName}
          error={errors.name}
        />
        <TextField
          id={`${id}-weeks`}
          name="intervalWeeks"
          type="number"
          min={1}
          max={52}
          label={t("rhythm.weeks")}
          hint={rhythm ? undefined : t("rhythm.weeksHint")}
          defaultValue={rhythm?.intervalWeeks ?? ""}
          error={errors.intervalWeeks}
        />
        <TextField
          id={`${id}-next`}
          name="nextSessionAt"
          type="datetime-local"
          label={t("rhythm.nextLabel")}
          defaultValue={localInput(rhythm?.nextSessionAt ?? null)}
          required
          error={errors.nextSessionAt}
        />
      </div>
      {members.length ? (
        <CheckboxGroup legend={t("rhythm.participants")} hint={t("rhythm.participantsHint")} error={errors.participantIds} columns>
          {members.map((m) => (
            <Checkbox
              key={m.userId}
              name="participantIds"
              value={m.userId}
              label={m.name}
              defaultChecked={rhythm?.participantIds.includes(m.userId) ?? false}
            />
          ))}
        </CheckboxGroup>
      ) : null}
      <Checkbox name="active" label={t("rhythm.activeLabel")} defaultChecked={rhythm?.active ?? true} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? t("common.saving") : rhythm ? t("common.save") : t("rhythm.create")}
        </Button>
        {rhythm ? (
          <ConfirmButton
            title={t("rhythm.deleteTitle", { name: rhythm.name })}
            body={t("rhythm.deleteBody")}
            confirmLabel={t("library.delete")}
            cancelLabel={t("common.cancel")}
            onConfirm={async () => {
              try {
                await api.rhythms.delete.mutate({ id: rhythm.id });
                router.refresh();
              } catch (err) {
                toast.error(errorMessage(err));
              }
            }}
          >
            {t("library.delete")}
          </ConfirmButton>
        ) : null}
      </div>
    </form>
  );
  if (!rhythm) return fields;
  return (
    <details className="mt-3">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold text-teal-900">{t("rhythm.edit", { name: rhythm.name })}</summary>
      {fields}
    </details>
  );
}
