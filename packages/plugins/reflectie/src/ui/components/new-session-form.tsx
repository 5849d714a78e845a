"use client";
import { Alert, Button, Checkbox, CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField, useFormErrors } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "@zorgzaam/ui/toast";
import { useReflectie } from "../client";
import { REFLECTIE_LIMITS } from "../../limits";

function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function NewSessionForm({
  slug,
  themes,
  members,
  neighbourhoods,
  rhythms,
  initialRhythmId,
}: {
  slug: string;
  themes: { id: string; title: string }[];
  members: { userId: string; name: string; roles: string[] }[];
  neighbourhoods: { id: string; name: string }[];
  rhythms: { id: string; name: string; participantIds: string[]; nextSessionAt: string }[];
  initialRhythmId: string;
}) {
  const t = useTranslations("reflectie");
  const tr = useTranslations("roles");
  const api = useReflectie();
  const router = useRouter();
  const [rhythmId, setRhythmId] = useState(initialRhythmId);
  const rhythm = rhythms.find((r) => r.id === rhythmId);
  const [invited, setInvited] = useState<Set<string>>(() => new Set(rhythm?.participantIds ?? []));
  const form = useFormErrors();
  const errors = form.state.fields;
  const [pending, setPending] = useState(false);
  const defaultDate = rhythm ? new Date(rhythm.nextSessionAt) : new Date(Date.now() + 7 * 86_400_000);
  defaultDate.setSeconds(0, 0);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (k: string) => String(data.get(k) ?? "").trim();
    const when = text("date");
    const input = {
      title: text("title"),
      date: when ? new Date(when) : new Date(Number.NaN),
      neighbourhoodId: text("neighbourhoodId") || null,
      themeIds: data.getAll("themeIds").map(String),
      participantUserIds: [...invited],
      guestNames: text("guests")
        .split(/\n|,/)
        .map((g) => g.trim())
        .filter(Boolean),
      rhythmId: rhythmId || null,
    };
    const problems: Record<string, string> = {};
    if (!input.title) problems.title = t("newSession.titleRequired");
    if (Number.isNaN(input.date.getTime())) problems.date = t("newSession.dateRequired");
    if (input.themeIds.length === 0) problems.themeIds = t("newSession.themesRequired");
    if (Object.keys(problems).length) {
      form.show(problems);
      return;
    }
    form.clear();
    setPending(true);
    try {
      const s = await api.sessions.create.mutate(input);
      toast.success(t("newSession.created", { title: input.title }));
      router.push(`/t/${slug}/reflectie/sessions/${s.id}`);
    } catch (err) {
      form.fail(err);
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
      <ErrorSummary errors={form.state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="session-title"
          name="title"
          label={t("newSession.name")}
          required
          limit={REFLECTIE_LIMITS.sessionTitle}
          error={errors.title}
          autoComplete="off"
        />
        <TextField
          id="session-date"
          name="date"
          type="datetime-local"
          label={t("newSession.date")}
          required
          defaultValue={localInput(defaultDate)}
          error={errors.date}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {neighbourhoods.length ? (
          <SelectField id="session-neighbourhood" name="neighbourhoodId" label={t("newSession.neighbourhood")} defaultValue="">
            <option value="">{t("newSession.noNeighbourhood")}</option>
            {neighbourhoods.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        {rhythms.length ? (
          <SelectField
            id="session-rhythm"
            name="rhythmId"
            label={t("newSession.rhythm")}
            hint={t("newSession.rhythmHint")}
            value={rhythmId}
            onChange={(e) => {
              const next = rhythms.find((r) => r.id === e.target.value);
              setRhythmId(e.target.value);
              if (next) setInvited(new Set(next.participantIds));
            }}
          >
            <option value="">{t("newSession.noRhythm")}</option>
            {rhythms.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <CheckboxGroup legend={t("newSession.themes")} hint={t("newSession.themesHint")} error={errors.themeIds} columns>
        {themes.map((th) => (
          <Checkbox key={th.id} name="themeIds" value={th.id} label={th.title} />
        ))}
      </CheckboxGroup>
      <CheckboxGroup
        legend={t("newSession.participants")}
        hint={t("newSession.participantsHint")}
        error={errors.participantUserIds}
        columns
      >
        {members.map((m) => (
          <Checkbox
            key={m.userId}
            name="participants"
            value={m.userId}
            label={m.name}
            hint={m.roles.map((r) => (tr.has(r) ? tr(r) : r)).join(", ")}
            checked={invited.has(m.userId)}
            onChange={(e) => {
              const next = new Set(invited);
              if (e.target.checked) next.add(m.userId);
              else next.delete(m.userId);
              setInvited(next);
            }}
          />
        ))}
      </CheckboxGroup>
      <TextArea
        id="session-guests"
        name="guests"
        label={t("newSession.guests")}
        hint={t("newSession.guestsHint")}
        error={errors.guestNames}
        rows={3}
      />
      <Alert tone="info">{t("newSession.visibility")}</Alert>
      <Button type="submit" disabled={pending}>
        {pending ? t("common.saving") : t("newSession.create")}
      </Button>
    </form>
  );
}
