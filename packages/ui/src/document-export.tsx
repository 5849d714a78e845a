"use client";
import { useEffect, useRef, useState } from "react";
import { Button } from "./button";
import { errorMessage } from "./errors";
import { toast } from "./toast";

/**
 * A document a module's job makes (core's documents, ADR 0033): start it, show its progress, download it when it is
 * ready. The calls are the module's `documents.<kind>` procedures; the words come from the module's catalog, and a
 * refused call shows the server's message (in the reader's language).
 */
export interface DocumentCalls {
  status: (documentId: string) => Promise<{ state: "waiting" | "active" | "completed" | "failed"; progress: number }>;
  download: (documentId: string) => Promise<DownloadedDocument>;
}

export interface DownloadedDocument {
  fileName: string;
  contentType: string;
  base64: string;
}

export interface DocumentTexts {
  /** The button ("PDF maken"). */
  start: string;
  /** The button while it works ("Bezig…"). */
  working: string;
  /** The progress bar's label. */
  progress: string;
  /** Said when the file is ready and downloaded. */
  ready: string;
  /** Said when it failed. */
  failed: string;
  /** Said when it takes longer than two minutes. */
  slow: string;
  /** The link to save it again ("Opnieuw opslaan: {name}"). */
  again: (fileName: string) => string;
}

export type DocumentJobState = "idle" | "working" | "done" | "failed";

/** Saves a downloaded document in the browser; answers the object URL (revoke it when done) and the name. */
export function saveDocument(d: DownloadedDocument): { url: string; name: string } {
  const bytes = Uint8Array.from(atob(d.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: d.contentType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = d.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  return { url, name: d.fileName };
}

/**
 * The state of one document job: `run(request)` asks for a document (request answers its id), polls its status for
 * the progress bar and downloads it when it is ready.
 */
export function useDocumentJob(calls: DocumentCalls, texts: Pick<DocumentTexts, "failed" | "slow">, opts: { onDone?: () => void } = {}) {
  const [progress, setProgress] = useState<number | null>(null);
  const [state, setState] = useState<DocumentJobState>("idle");
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

  async function run(request: () => Promise<{ documentId: string }>) {
    setState("working");
    setProgress(0);
    setFile(null);
    try {
      const { documentId } = await request();
      const deadline = Date.now() + 120_000;
      for (;;) {
        if (stopped.current) return;
        const s = await calls.status(documentId);
        setProgress(s.progress);
        if (s.state === "completed") break;
        if (s.state === "failed") throw new Error(texts.failed);
        if (Date.now() > deadline) throw new Error(texts.slow);
        await new Promise((r) => setTimeout(r, 600));
      }
      setFile(saveDocument(await calls.download(documentId)));
      setState("done");
      opts.onDone?.();
    } catch (e) {
      setState("failed");
      toast.error(errorMessage(e));
    }
  }

  return { state, progress, file, run };
}

/** The progress bar, the "save again" link and the spoken state of a document job (inside a form or beside a button). */
export function DocumentProgress({ id, job, texts }: { id: string; job: ReturnType<typeof useDocumentJob>; texts: DocumentTexts }) {
  return (
    <>
      {job.file ? (
        <a href={job.file.url} download={job.file.name} className="inline-block min-h-11 py-2.5">
          {texts.again(job.file.name)}
        </a>
      ) : null}
      {job.progress !== null && job.state === "working" ? (
        <div className="mt-3">
          <label htmlFor={id} className="text-sm font-semibold text-slate-900">
            {texts.progress}
          </label>
          <progress id={id} className="mt-1 block h-3 w-full accent-teal-800" max={100} value={job.progress}>
            {job.progress}%
          </progress>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="mt-2 text-sm text-slate-700">
        {job.state === "done" ? texts.ready : job.state === "failed" ? texts.failed : ""}
      </p>
    </>
  );
}

/** "Download as PDF" in one: a button that starts the document, its progress, and the download. */
export function DocumentExport({
  id,
  calls,
  request,
  texts,
  onDone,
}: {
  /** A unique id on the page (for the progress bar's label). */
  id: string;
  calls: DocumentCalls;
  /** Asks for the document (the module's documents.<kind>.request with its parameters). */
  request: () => Promise<{ documentId: string }>;
  texts: DocumentTexts;
  onDone?: () => void;
}) {
  const job = useDocumentJob(calls, texts, { onDone });
  return (
    <div className="rounded-xl border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => job.run(request)} disabled={job.state === "working"}>
          {job.state === "working" ? texts.working : texts.start}
        </Button>
      </div>
      <DocumentProgress id={`document-progress-${id}`} job={job} texts={texts} />
    </div>
  );
}
