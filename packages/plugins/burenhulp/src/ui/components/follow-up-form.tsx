"use client";
import { Button, Checkbox, CheckboxGroup, ErrorSummary, useFormErrors } from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { errorMessage, useBurenhulp } from "../client";

const WENT = ["good", "ok", "bad"] as const;

/** Asks both sides now how it went (mail with a one-tap link to whoever has an address). */
export function SendFollowUpButton({ matchId }: { matchId: string }) {
  const t = useTranslations("burenhulp.followUp");
  const api = useBurenhulp();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const r = await api.followUps.send.mutate({ matchId });
          toast.success(t("sent", { count: r.mailed }));
          router.refresh();
        } catch (err) {
          toast.error(errorMessage(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      {t("send")}
    </Button>
  );
}

/** The worker enters what one side said: did it happen, how did it go, anything heavier noticed. */
export function FollowUpForm({ matchId, side, name }: { matchId: string; side: "asker" | "helper"; name: string }) {
  const t = useTranslations("burenhulp.followUp");
  const api = useBurenhulp();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);
  const prefix = `fu-${matchId}-${side}`;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const went = String(form.get("went") ?? "");
    problems.clear();
    setBusy(true);
    try {
      await api.followUps.answer.mutate({
        matchId,
        side,
        happened: form.get("happened") === "yes",
        went: (WENT as readonly string[]).includes(went) ? (went as (typeof WENT)[number]) : null,
        heavier: form.get("heavier") === "on",
      });
      toast.success(t("saved"));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("formFor", { name })} className="space-y-2 rounded-lg border border-slate-200 p-3">
      <ErrorSummary errors={problems.state} />
      <CheckboxGroup legend={t("happened", { name })} name="happened">
        {(["yes", "no"] as const).map((v) => (
          <label key={v} className="flex min-h-11 cursor-pointer items-center gap-3 px-1">
            <input
              type="radio"
              id={`${prefix}-h-${v}`}
              name="happened"
              value={v}
              defaultChecked={v === "yes"}
              className="size-5 accent-teal-800"
            />
            <span>{t(v)}</span>
          </label>
        ))}
      </CheckboxGroup>
      <CheckboxGroup legend={t("went")} name="went">
        {WENT.map((v) => (
          <label key={v} className="flex min-h-11 cursor-pointer items-center gap-3 px-1">
            <input type="radio" id={`${prefix}-w-${v}`} name="went" value={v} className="size-5 accent-teal-800" />
            <span>{t(`wentOption.${v}`)}</span>
          </label>
        ))}
      </CheckboxGroup>
      <Checkbox name="heavier" label={t("heavier")} hint={t("heavierHint")} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
