"use client";
import { Button, ConfirmButton, ErrorSummary, SelectField, TextArea, TextField, useFormErrors } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { toast } from "@zorgzaam/ui/toast";
import { BURENHULP_LIMITS as L } from "../../limits";
import { useBurenhulp } from "../client";

type Choice = { id: string; name: string };

/** One entry of the log of spontaneous help (BH-10): when, where, what kind, how many times, and a story if you like. */
export function StoryForm({
  neighbourhoods,
  kinds,
  canNotes,
  today,
}: {
  neighbourhoods: Choice[];
  kinds: Choice[];
  canNotes: boolean;
  today: string;
}) {
  const t = useTranslations("burenhulp.log");
  const api = useBurenhulp();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    const text = (k: string) => String(form.get(k) ?? "").trim();
    setBusy(true);
    try {
      await api.stories.create.mutate({
        // An empty or broken date stays invalid, so the server names the field (never a silent 1970).
        happenedOn: new Date(`${text("happenedOn") || "invalid"}T00:00:00Z`),
        neighbourhoodId: text("neighbourhoodId") || null,
        kindId: text("kindId") || null,
        times: text("times") === "" ? 1 : Number(text("times")),
        ...(canNotes ? { story: text("story") || null } : {}),
      });
      problems.clear();
      el.reset();
      toast.success(t("saved"));
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
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="happenedOn" type="date" label={t("happenedOn")} defaultValue={today} error={problems.err("happenedOn")} />
        <TextField
          name="times"
          type="number"
          inputMode="numeric"
          min={1}
          label={t("times")}
          hint={t("timesHint")}
          defaultValue={1}
          error={problems.err("times")}
        />
        <SelectField name="neighbourhoodId" label={t("neighbourhood")} defaultValue="" error={problems.err("neighbourhoodId")}>
          <option value="">{t("noNeighbourhood")}</option>
          {neighbourhoods.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </SelectField>
        <SelectField name="kindId" label={t("kind")} defaultValue="" error={problems.err("kindId")}>
          <option value="">{t("noKind")}</option>
          {kinds.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </SelectField>
      </div>
      {canNotes ? <TextArea name="story" label={t("story")} hint={t("storyHint")} limit={L.story} error={problems.err("story")} /> : null}
      <Button type="submit" disabled={busy}>
        {busy ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

/** Removes a mistaken entry, after one question. */
export function RemoveStoryButton({ id, label }: { id: string; label: string }) {
  const t = useTranslations("burenhulp.log");
  const api = useBurenhulp();
  const router = useRouter();
  return (
    <ConfirmButton
      variant="ghost"
      aria-label={t("removeLabel", { entry: label })}
      title={t("removeTitle")}
      body={label}
      confirmLabel={t("removeConfirm")}
      cancelLabel={t("cancel")}
      onConfirm={async () => {
        try {
          await api.stories.remove.mutate({ id });
          toast.success(t("removed"));
          router.refresh();
        } catch {
          toast.error(t("removeFailed"));
        }
      }}
    >
      {t("remove")}
    </ConfirmButton>
  );
}

/** The way of working per neighbourhood (BH-10): matching or facilitation only. */
export function AreaModesForm({ neighbourhoods }: { neighbourhoods: (Choice & { mode: "matching" | "facilitation" })[] }) {
  const t = useTranslations("burenhulp.log");
  const api = useBurenhulp();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    try {
      for (const n of neighbourhoods) {
        const mode = String(form.get(`mode-${n.id}`) ?? n.mode) as "matching" | "facilitation";
        if (mode !== n.mode) await api.areas.set.mutate({ neighbourhoodId: n.id, mode });
      }
      problems.clear();
      toast.success(t("modesSaved"));
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
      <div className="grid gap-4 sm:grid-cols-2">
        {neighbourhoods.map((n) => (
          <SelectField key={n.id} name={`mode-${n.id}`} label={n.name} defaultValue={n.mode}>
            <option value="matching">{t("modeMatching")}</option>
            <option value="facilitation">{t("modeFacilitation")}</option>
          </SelectField>
        ))}
      </div>
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? t("saving") : t("modesSave")}
      </Button>
    </form>
  );
}
