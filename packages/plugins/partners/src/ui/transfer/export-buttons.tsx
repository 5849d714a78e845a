"use client";
import { Button } from "@zorgzaam/ui";
import { useLocale, useTranslations } from "next-intl";
import type { ActorFilters } from "../../server/filters";
import { useEffect, useState } from "react";
import { errorMessage, usePartners } from "../client";
import { downloadBase64 } from "./download";

const FORMATS = ["elements", "connections", "xlsx", "geojson", "hsds"] as const;
type Format = (typeof FORMATS)[number];

/** One button per export format; the file comes back from the server and is offered as a download. */
export function ExportButtons({ filters }: { filters: ActorFilters }) {
  const t = useTranslations("partners.transfer.export");
  const api = usePartners();
  const locale = useLocale();
  const [busy, setBusy] = useState<Format | null>(null);
  const [done, setDone] = useState<{ url: string; fileName: string; count: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(
    () => () => {
      if (done) URL.revokeObjectURL(done.url);
    },
    [done],
  );

  async function run(format: Format) {
    setBusy(format);
    setError(null);
    try {
      const file = await api.transfer.export.mutate({
        format,
        filters,
        locale: locale === "fr" || locale === "en" ? locale : "nl",
      });
      const url = downloadBase64(file);
      setDone({ url, fileName: file.fileName, count: file.count });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="space-y-3">
      <ul className="grid gap-3 sm:grid-cols-2">
        {FORMATS.map((f) => (
          <li key={f} className="rounded-lg border border-slate-200 p-3">
            <Button
              variant="secondary"
              className="w-full"
              onClick={() => void run(f)}
              disabled={busy !== null}
              aria-describedby={`export-${f}-hint`}
            >
              {busy === f ? t("working") : t(f)}
            </Button>
            <p id={`export-${f}-hint`} className="mt-2 text-sm text-slate-700">
              {t(`${f}Hint` as "elementsHint")}
            </p>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="text-sm text-slate-800">
        {done ? (
          <>
            {t("done", { file: done.fileName, count: done.count })}{" "}
            <a href={done.url} download={done.fileName} className="underline">
              {t("again", { file: done.fileName })}
            </a>
          </>
        ) : null}
      </p>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
