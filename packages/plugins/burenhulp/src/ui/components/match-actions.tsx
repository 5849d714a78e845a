"use client";
import { Button } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "@zorgzaam/ui/toast";
import { MATCH_NEXT, type MatchStatus } from "../../domain";
import { errorMessage, useBurenhulp } from "../client";

/** Proposes one candidate for the request (the match starts at "proposed"). */
export function ProposeButton({ requestId, offerId, name }: { requestId: string; offerId: string; name: string }) {
  const t = useTranslations("burenhulp");
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
          await api.matches.create.mutate({ requestId, offerId });
          toast.success(t("candidates.proposed", { name }));
          router.refresh();
        } catch (err) {
          toast.error(errorMessage(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      {t("candidates.propose", { name })}
    </Button>
  );
}

/** The next steps of one match as buttons, and "the helper says no" (no reason asked). */
export function MatchSteps({ id, status, name }: { id: string; status: MatchStatus; name: string }) {
  const t = useTranslations("burenhulp");
  const api = useBurenhulp();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const next = MATCH_NEXT[status];
  if (next.length === 0) return null;
  async function go(to: MatchStatus, declined?: boolean) {
    setBusy(true);
    try {
      await api.matches.setStatus.mutate({ id, status: to, ...(declined ? { declined } : {}) });
      toast.success(t("matches.changed"));
      router.refresh();
    } catch (err) {
      toast.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <fieldset className="flex flex-wrap gap-2">
      <legend className="sr-only">{`${t("matches.steps")}: ${name}`}</legend>
      {next.map((to) => (
        <Button key={to} variant={to === "cancelled" ? "ghost" : "secondary"} disabled={busy} onClick={() => go(to)}>
          {t(`matches.to.${to}`)}
        </Button>
      ))}
      <Button variant="ghost" disabled={busy} onClick={() => go("cancelled", true)}>
        {t("matches.decline")}
      </Button>
    </fieldset>
  );
}
