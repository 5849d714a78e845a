"use client";
import { Alert, Button } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorMessage, useBevragingen } from "../client";

/** "Next round": a new draft with the same questions, linked to this survey (results side by side later). */
export function NextRoundButton({ surveyId, slug }: { surveyId: string; slug: string }) {
  const t = useTranslations("bevragingen");
  const api = useBevragingen();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            const next = await api.surveys.nextRound.mutate({ surveyId });
            router.push(`/t/${slug}/bevragingen/surveys/${next.id}/edit`);
          } catch (e) {
            setError(errorMessage(e));
            setBusy(false);
          }
        }}
      >
        {t("rounds.new")}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </>
  );
}
