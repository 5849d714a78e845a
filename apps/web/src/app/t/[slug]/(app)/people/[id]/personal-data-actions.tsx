"use client";
import { Alert, Button, ConfirmButton, TextField, buttonClass, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { errorMessage, useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";

const FINISHED = new Set(["completed", "failed", "unknown"]);

type Client = ReturnType<typeof usePlatformClient<AppRouter>>;
type JobStatus = Awaited<ReturnType<Client["personalData"]["status"]["query"]>>;

/**
 * Polls a personal-data job every second until it finished: its last status (data) and the error of the last poll
 * (error, null once a poll answers again).
 */
function useJobStatus(client: Client, jobId: string | null): { data: JobStatus | null; error: unknown } {
  const [status, setStatus] = useState<{ jobId: string; data: JobStatus | null; error: unknown } | null>(null);
  useEffect(() => {
    if (jobId === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      client.personalData.status.query({ jobId }).then(
        (data) => {
          if (stopped) return;
          setStatus({ jobId, data, error: null });
          if (!FINISHED.has(data.state)) timer = setTimeout(poll, 1000);
        },
        (error: unknown) => {
          if (stopped) return;
          setStatus((s) => ({ jobId, data: s?.jobId === jobId ? s.data : null, error }));
          timer = setTimeout(poll, 1000);
        },
      );
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [client, jobId]);
  return status && status.jobId === jobId ? status : { data: null, error: null };
}

function ProgressBar({ label, value }: { label: string; value: number }) {
  const pct = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className="mt-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${pct}%`}
        className="h-3 w-full overflow-hidden rounded-full border border-slate-400 bg-slate-100"
      >
        <div className="h-full bg-sky-700 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
      <p className="mt-1 text-sm text-slate-800" aria-hidden="true">
        {label}: {pct}%
      </p>
    </div>
  );
}

function download(filename: string, data: unknown) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function PersonalDataActions({
  slug,
  personId,
  name,
  canExport,
  canErase,
}: {
  slug: string;
  personId: string;
  name: string;
  canExport: boolean;
  canErase: boolean;
}) {
  const t = useTranslations("personalData");
  return (
    <section
      aria-labelledby="personal-data-title"
      className="mt-8 max-w-2xl rounded-xl border border-slate-300 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id="personal-data-title" className="mb-1 text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mb-4 text-slate-700">{t("intro")}</p>
      {canExport ? <ExportAction slug={slug} personId={personId} /> : null}
      {canErase ? <EraseAction personId={personId} name={name} canSeeStatus={canExport} /> : null}
    </section>
  );
}

function ExportAction({ slug, personId }: { slug: string; personId: string }) {
  const t = useTranslations("personalData");
  const client = usePlatformClient<AppRouter>();
  const { failed } = useFeedback();
  const [jobId, setJobId] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const start = useCall(client.personalData.requestExport.mutate);
  const status = useJobStatus(client, jobId);
  const state = status.data?.state;
  const running = start.pending || (jobId !== null && !FINISHED.has(state ?? "waiting") && !status.error);

  async function downloadJson() {
    if (!jobId) return;
    setDownloading(true);
    try {
      const data = await client.personalData.result.query({ jobId });
      download(`persoonsgegevens-${personId}.json`, data);
    } catch (e) {
      failed(e);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <div>
      <Button
        variant="secondary"
        disabled={running}
        onClick={() => start.run({ personId }, { onSuccess: (r) => setJobId(r.jobId), onError: failed })}
      >
        {running ? t("exporting") : t("export")}
      </Button>
      {jobId && !FINISHED.has(state ?? "waiting") && !status.error ? (
        <ProgressBar label={t("exportProgress")} value={status.data?.progress ?? 0} />
      ) : null}
      {status.error ? <Alert tone="error">{errorMessage(status.error)}</Alert> : null}
      {jobId && (state === "failed" || state === "unknown") ? <Alert tone="error">{t("failed")}</Alert> : null}
      {jobId && state === "completed" ? (
        <div className="mt-3 space-y-2">
          <Alert tone="success">{t("exportReady")}</Alert>
          <div className="flex flex-wrap gap-2">
            <Button onClick={downloadJson} disabled={downloading}>
              {t("download")}
            </Button>
            <Link className={buttonClass("secondary")} href={`/t/${slug}/people/${personId}/export/${encodeURIComponent(jobId)}`}>
              {t("readable")}
            </Link>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function EraseAction({ personId, name, canSeeStatus }: { personId: string; name: string; canSeeStatus: boolean }) {
  const t = useTranslations("personalData");
  const tc = useTranslations("common");
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const [confirmName, setConfirmName] = useState("");
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useCall(client.personalData.requestErase.mutate);
  const status = useJobStatus(client, canSeeStatus ? jobId : null);
  const state = status.data?.state;
  const announced = useRef(false);

  useEffect(() => {
    if (state === "completed" && !announced.current) {
      announced.current = true;
      done(t("erased"));
    }
  }, [state, done, t]);

  return (
    <div className="mt-6 border-t border-slate-200 pt-4">
      <ConfirmButton
        title={t("eraseTitle", { name })}
        body={
          <div className="space-y-3">
            <p>{t("eraseBody")}</p>
            <p>{t("eraseKept")}</p>
            <TextField
              id="erase-confirm-name"
              label={t("confirmName", { name })}
              value={confirmName}
              onChange={(e) => setConfirmName(e.target.value)}
              autoComplete="off"
            />
          </div>
        }
        confirmLabel={t("eraseConfirm")}
        cancelLabel={tc("cancel")}
        disabled={start.pending || (jobId !== null && state !== "failed")}
        onConfirm={() =>
          start.run(
            { personId, confirmName },
            {
              onSuccess: (r) => {
                announced.current = false;
                setJobId(r.jobId);
                if (!canSeeStatus) done(t("erasing"));
              },
              onError: failed,
            },
          )
        }
      >
        {start.pending ? t("erasing") : t("erase")}
      </ConfirmButton>
      {jobId && canSeeStatus && !FINISHED.has(state ?? "waiting") ? (
        <ProgressBar label={t("eraseProgress")} value={status.data?.progress ?? 0} />
      ) : null}
      {jobId && (state === "failed" || state === "unknown") ? <Alert tone="error">{t("failed")}</Alert> : null}
      {state === "completed" && status.data?.summary ? (
        <div className="mt-3">
          <Alert tone="success">{t("erased")}</Alert>
          <table className="mt-3 w-full text-left text-sm">
            <caption className="mb-1 text-left font-semibold">{t("summary")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("module")}</th>
                <th scope="col">{t("model")}</th>
                <th scope="col">{t("deleted")}</th>
                <th scope="col">{t("anonymised")}</th>
              </tr>
            </thead>
            <tbody>
              {status.data.summary.map((r) => (
                <tr key={`${r.module}.${r.model}`} className="border-t border-slate-200">
                  <td>{r.module}</td>
                  <td>{r.model}</td>
                  <td>{r.deleted}</td>
                  <td>{r.anonymised}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
