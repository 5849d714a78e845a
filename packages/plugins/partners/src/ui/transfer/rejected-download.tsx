"use client";
import { Button } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorMessage, usePartners } from "../client";
import { downloadBase64 } from "./download";

/** The rows with a problem as a file (the reason per row in the reader's language), to fix and import again. */
export function RejectedDownload({ id, count }: { id: string; count: number }) {
  const t = useTranslations("partners.transfer.rejected");
  const api = usePartners();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      const file = await api.transfer.rejected.mutate({ id });
      const url = downloadBase64(file);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setDone(t("done", { file: file.fileName, count: file.count }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-1">
      <Button variant="secondary" onClick={() => void run()} disabled={busy}>
        {t("download", { count })}
      </Button>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      <p role="status" className="text-sm text-slate-800">
        {done}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
