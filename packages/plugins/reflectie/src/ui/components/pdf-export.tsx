"use client";
import { DocumentExport } from "@zorgzaam/ui/document-export";
import { useTranslations } from "next-intl";
import { useReflectie } from "../client";

/** "Download as PDF": the report as a document made by core's documents job, with its progress and the download. */
export function PdfExport({ sessionId, locale }: { sessionId: string; locale: "nl" | "fr" | "en" }) {
  const t = useTranslations("reflectie");
  const api = useReflectie();
  const doc = api.documents.report;
  return (
    <DocumentExport
      id={sessionId}
      calls={{ status: (documentId) => doc.status.query({ documentId }), download: (documentId) => doc.download.query({ documentId }) }}
      request={() => doc.request.mutate({ sessionId, locale })}
      texts={{
        start: t("report.pdf"),
        working: t("report.pdfWorking"),
        progress: t("report.pdfProgress"),
        ready: t("report.pdfReady"),
        failed: t("report.pdfFailed"),
        slow: t("report.pdfSlow"),
        again: (name) => t("report.pdfAgain", { name }),
      }}
    />
  );
}
