"use client";
import { Alert, Button } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorMessage, useBevragingen } from "../client";

/** Send a refused answer again (to the survey's current version) or put it aside. */
export function RejectedActions({ id, canResend }: { id: string; canResend: boolean }) {
  const t = useTranslations("bevragingen");
  const api = useBevragingen();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="mt-2 grid gap-2">
      <p className="flex flex-wrap gap-2">
        {canResend ? (
          <Button disabled={busy} onClick={() => run(() => api.responses.resend.mutate({ id }))}>
            {t("rejected.resend")}
          </Button>
        ) : null}
        <Button variant="secondary" disabled={busy} onClick={() => run(() => api.responses.dismissRejected.mutate({ id }))}>
          {t("rejected.dismiss")}
        </Button>
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
