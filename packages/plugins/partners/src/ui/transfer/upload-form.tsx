"use client";
import { Button } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { errorMessage, usePartners } from "../client";
import { fileToBase64, gzip } from "./download";

/** Choose a CSV, XLSX or HSDS zip and upload it; then go to the import's page to match the columns. */
export function UploadForm({ slug, maxMb, maxUploadMb }: { slug: string; maxMb: number; maxUploadMb: number }) {
  const t = useTranslations("partners.transfer.upload");
  const api = usePartners();
  const router = useRouter();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (!file) {
      setError(t("choose"));
      return;
    }
    const text = !/\.(xlsx|zip)$/i.test(file.name);
    const limit = (text ? maxMb : maxUploadMb) * 1024 * 1024;
    if (file.size > limit) {
      setError(t("tooBig", { mb: text ? maxMb : maxUploadMb }));
      return;
    }
    setBusy(true);
    try {
      // Text files travel gzipped: a 30 MB list fits in one request.
      const packed = text ? await gzip(file) : null;
      if ((packed ?? file).size > maxUploadMb * 1024 * 1024) {
        setError(t("tooBig", { mb: text ? maxMb : maxUploadMb }));
        setBusy(false);
        return;
      }
      const r = await api.transfer.upload.mutate({
        fileName: file.name,
        contentBase64: await fileToBase64(packed ?? file),
        compressed: packed !== null,
      });
      router.push(`/t/${slug}/partners/import/${r.id}`);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
          {t("file")}
        </label>
        <input
          id={id}
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,.zip,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/zip"
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          className="block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 file:mr-3 file:min-h-9 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:text-slate-900"
        />
        {error ? (
          <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-800">
            {error}
          </p>
        ) : (
          <p id={`${id}-hint`} className="text-sm text-slate-700">
            {t("hint", { mb: maxMb, zipMb: maxUploadMb })}
          </p>
        )}
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? t("working") : t("submit")}
      </Button>
    </form>
  );
}
