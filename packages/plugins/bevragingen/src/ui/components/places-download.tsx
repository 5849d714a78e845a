"use client";
import { Alert, Button } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorMessage, useBevragingen } from "../client";
import { saveFile } from "./download";

/** The points and photos of a survey as CSV, one row per answer (for who manages surveys; never in the figures). */
export function PlacesDownload({ surveyId }: { surveyId: string }) {
  const t = useTranslations("bevragingen");
  const api = useBevragingen();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="mb-4 grid gap-2">
      <p>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            try {
              saveFile(await api.exports.places.query({ surveyId }));
            } catch (e) {
              setError(errorMessage(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          {t("export.places")}
        </Button>
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
