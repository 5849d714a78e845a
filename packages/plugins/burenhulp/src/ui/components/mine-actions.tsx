"use client";
import { Button, ConfirmButton } from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { errorMessage, useBurenhulp } from "../client";

const WENT = ["good", "ok", "bad"] as const;

/** "Dit wordt me te veel": pauses her offers and tells the contact point, after one confirmation. */
export function TooMuchButton() {
  const t = useTranslations("burenhulp.mine");
  const api = useBurenhulp();
  const router = useRouter();
  return (
    <ConfirmButton
      variant="secondary"
      confirmVariant="primary"
      title={t("tooMuchConfirmTitle")}
      body={t("tooMuchExplain")}
      confirmLabel={t("tooMuchConfirm")}
      cancelLabel={t("cancel")}
      onConfirm={async () => {
        try {
          await api.mine.tooMuch.mutate();
          toast.success(t("tooMuchDone"));
          router.refresh();
        } catch (err) {
          toast.error(errorMessage(err));
        }
      }}
    >
      {t("tooMuch")}
    </ConfirmButton>
  );
}

/** Her answer to a follow-up, on her own page: did it happen, how did it go, anything heavier. */
export function MineFollowUp({ followUpId }: { followUpId: string }) {
  const t = useTranslations("burenhulp.followUp");
  const api = useBurenhulp();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const went = String(form.get("went") ?? "");
    setBusy(true);
    try {
      await api.mine.answerFollowUp.mutate({
        followUpId,
        happened: form.get("happened") !== "no",
        went: (WENT as readonly string[]).includes(went) ? (went as (typeof WENT)[number]) : null,
        heavier: form.get("heavier") === "on",
      });
      toast.success(t("thanks"));
      router.refresh();
    } catch (err) {
      toast.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} className="mt-2 space-y-2 rounded-lg border border-slate-200 p-3">
      <fieldset>
        <legend className="font-semibold">{t("happenedPublic")}</legend>
        {(["yes", "no"] as const).map((v) => (
          <label key={v} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="happened" value={v} defaultChecked={v === "yes"} className="size-5 accent-teal-800" />
            {t(v)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend className="font-semibold">{t("went")}</legend>
        {WENT.map((v) => (
          <label key={v} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="went" value={v} className="size-5 accent-teal-800" />
            {t(`wentOption.${v}`)}
          </label>
        ))}
      </fieldset>
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="heavier" className="size-5 accent-teal-800" />
        {t("heavierPublic")}
      </label>
      <Button type="submit" disabled={busy}>
        {busy ? t("saving") : t("sendPublic")}
      </Button>
    </form>
  );
}

/** Peer mode: she switches "requests nearby" on or off for her offers. */
export function PeerOptInButton({ on }: { on: boolean }) {
  const t = useTranslations("burenhulp.peer");
  const api = useBurenhulp();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant={on ? "secondary" : "primary"}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await api.mine.setPeer.mutate({ on: !on });
          toast.success(t("saved"));
          router.refresh();
        } catch (err) {
          toast.error(errorMessage(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      {busy ? t("sending") : on ? t("optOut") : t("optIn")}
    </Button>
  );
}

/** "Ik kan helpen": a proposed match that a worker confirms before she hears who and where. */
export function CanHelpButton({ requestId }: { requestId: string }) {
  const t = useTranslations("burenhulp.peer");
  const api = useBurenhulp();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await api.peer.offerHelp.mutate({ requestId });
          toast.success(t("offered"));
          router.refresh();
        } catch (err) {
          toast.error(errorMessage(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      {busy ? t("sending") : t("canHelp")}
    </Button>
  );
}
