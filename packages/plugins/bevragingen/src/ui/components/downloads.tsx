"use client";
import { Alert, Button } from "@zorgzaam/ui";
import { type DocumentTexts, DocumentProgress, useDocumentJob } from "@zorgzaam/ui/document-export";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { ResultInput } from "../../server/load-results";
import type { SurveyLanguage } from "../../survey";
import { errorMessage, useBevragingen } from "../client";
import { saveFile } from "./download";

/**
 * Downloads of the results as shown (same filters, same hidden cells): CSV, XLSX, a PDF summary; and the survey on
 * paper in one of its languages, with a QR code to the public link. The two PDFs are documents the module's job makes
 * (core's documents, ADR 0033): a progress bar while it works, then the download.
 */
export function Downloads({ input, languages }: { input: ResultInput; languages: SurveyLanguage[] }) {
  const t = useTranslations("bevragingen");
  const api = useBevragingen();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [language, setLanguage] = useState<SurveyLanguage>(languages[0] ?? "nl");
  const locale = useLocale() as "nl" | "fr" | "en";
  const texts = (start: string): DocumentTexts => ({
    start,
    working: t("export.pdfWorking"),
    progress: t("export.pdfProgress"),
    ready: t("export.pdfReady"),
    failed: t("export.pdfFailed"),
    slow: t("export.pdfSlow"),
    again: (name) => t("export.pdfAgain", { name }),
  });
  const summaryTexts = texts(t("export.pdf"));
  const paperTexts = texts(t("export.paper"));
  const calls = (doc: typeof api.documents.summary | typeof api.documents.paper) => ({
    status: (documentId: string) => doc.status.query({ documentId }),
    download: (documentId: string) => doc.download.query({ documentId }),
  });
  const summary = useDocumentJob(calls(api.documents.summary), summaryTexts);
  const paper = useDocumentJob(calls(api.documents.paper), paperTexts);
  const pdfBusy = summary.state === "working" || paper.state === "working";

  async function get(kind: string, load: () => Promise<{ fileName: string; contentType: string; base64: string }>) {
    setBusy(kind);
    setError(null);
    try {
      saveFile(await load());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="downloads" className="grid gap-3 rounded-xl border border-slate-300 bg-white p-4">
      <h2 id="downloads" className="text-lg font-semibold">
        {t("export.title")}
      </h2>
      <p className="text-sm">{t("export.intro")}</p>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={busy !== null}
          onClick={() => get("csv", () => api.exports.table.query({ ...input, format: "csv" }))}
        >
          {t("export.csv")}
        </Button>
        <Button
          variant="secondary"
          disabled={busy !== null}
          onClick={() => get("xlsx", () => api.exports.table.query({ ...input, format: "xlsx" }))}
        >
          {t("export.xlsx")}
        </Button>
        <Button
          variant="secondary"
          disabled={busy !== null || pdfBusy}
          onClick={() => summary.run(() => api.documents.summary.request.mutate({ ...input, locale }))}
        >
          {summary.state === "working" ? summaryTexts.working : t("export.pdf")}
        </Button>
      </div>
      <DocumentProgress id="bevragingen-summary-pdf" job={summary} texts={summaryTexts} />
      <div className="flex flex-wrap items-end gap-2">
        <label>
          {t("export.paperLanguage")}
          <select
            value={language}
            onChange={(e) => setLanguage(e.target.value as SurveyLanguage)}
            className="mt-1 block rounded-lg border border-slate-400 bg-white px-3 py-2"
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <Button
          variant="secondary"
          disabled={busy !== null || pdfBusy}
          onClick={() => paper.run(() => api.documents.paper.request.mutate({ surveyId: input.surveyId, language, locale }))}
        >
          {paper.state === "working" ? paperTexts.working : t("export.paper")}
        </Button>
      </div>
      <DocumentProgress id="bevragingen-paper-pdf" job={paper} texts={paperTexts} />
      {busy ? (
        <p role="status" className="text-sm">
          {t("export.working")}
        </p>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </section>
  );
}
