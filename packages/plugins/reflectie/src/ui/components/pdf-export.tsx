"use client";
import { Button } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { toast } from "@zorgzaam/ui/toast";
import { errorMessage, useReflectie } from "../client";

/** "Download as PDF": starts the PDF job, shows its progress, and downloads the file when it is ready. */
export function PdfExport({ sessionId, locale }: { sessionId: string; locale: "nl" | "fr" | "en" }) {
  const t = useTranslations("reflectie");
  const api = useReflectie();
  const [progress, setProgress] = useState<number | null>(null);
  const [state, setState] = useState<"idle" | "working" | "done" | "failed">("idle");
  const [file, setFile] = useState<{ url: string; name: string } | null>(null);
  const stopped = useRef(false);

  useEffect(() => {
    stopped.current = false;
    return () => {
      stopped.current = true;
    };
  }, []);
  useEffect(
    () => () => {
      if (file) URL.revokeObjectURL(file.url);
    },
    [file],
  );

  async function start() {
    setState("working");
    setProgress(0);
    setFile(null);
    try {
      const { reportId } = await api.reports.requestPdf.mutate({ sessionId, locale });
      const deadline = Date.now() + 120_000;
      for (;;) {
        if (stopped.current) return;
        const s = await api.reports.status.query({ reportId });
        setProgress(s.progress);
        if (s.state === "completed") break;
        if (s.state === "failed") throw new Error(t("report.pdfFailed"));
        if (Date.now() > deadline) throw new Error(t("report.pdfSlow"));
        await new Promise((r) => setTimeout(r, 600));
      }
      const d = await api.reports.download.query({ reportId });
      const bytes = Uint8Array.from(atob(d.base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: d.contentType }));
      setFile({ url, name: d.fileName });
      setState("done");
      const a = document.createElement("a");
      a.href = url;
      a.download = d.fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
    } catch (e) {
      setState("failed");
      toast.error(errorMessage(e));
    }
  }

  return (
    <div className="rounded-xl border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={start} disabled={state === "working"}>
          {state === "working" ? t("report.pdfWorking") : t("report.pdf")}
        </Button>
        {file ? (
          <a href={file.url} download={file.name} className="inline-block min-h-11 py-2.5">
            {t("report.pdfAgain", { name: file.name })}
          </a>
        ) : null}
      </div>
      {progress !== null && state === "working" ? (
        <div className="mt-3">
          <label htmlFor={`pdf-progress-${sessionId}`} className="text-sm font-semibold text-slate-900">
            {t("report.pdfProgress")}
          </label>
          <progress id={`pdf-progress-${sessionId}`} className="mt-1 block h-3 w-full accent-teal-800" max={100} value={progress}>
            {progress}%
          </progress>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="mt-2 text-sm text-slate-700">
        {state === "done" ? t("report.pdfReady") : state === "failed" ? t("report.pdfFailed") : ""}
      </p>
    </div>
  );
}
