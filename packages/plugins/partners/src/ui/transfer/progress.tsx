"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { errorMessage, usePartners } from "../client";

/** The progress bar itself: a real progressbar for assistive technology, with the percentage in text too. */
export function ProgressBar({ value, label, text }: { value: number; label: string; text: string }) {
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={text}
        className="h-4 w-full overflow-hidden rounded-full border border-slate-400 bg-slate-100"
      >
        <div className="h-full bg-teal-800 transition-[width] duration-300" style={{ width: `${value}%` }} />
      </div>
      <p className="text-sm font-medium text-slate-900" aria-live="polite">
        {text}
      </p>
    </div>
  );
}

/** Polls the import's status while the job runs and shows it; refreshes the page once the import is finished. */
export function ImportProgress({ id, initial }: { id: string; initial: { status: string; progress: number } }) {
  const t = useTranslations("partners.transfer.progress");
  const api = usePartners();
  const router = useRouter();
  const [state, setState] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const stopped = useRef(false);

  useEffect(() => {
    stopped.current = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      if (stopped.current) return;
      try {
        const s = await api.transfer.status.query({ id });
        if (stopped.current) return;
        setState({ status: s.status, progress: s.progress });
        if (s.status === "done" || s.status === "failed" || s.status === "previewed") {
          router.refresh();
          return;
        }
      } catch (e) {
        setError(errorMessage(e));
      }
      timer = setTimeout(tick, 500);
    };
    void tick();
    return () => {
      stopped.current = true;
      if (timer) clearTimeout(timer);
    };
  }, [api, id, router]);

  const pct = state.status === "done" ? 100 : state.progress;
  const text = state.status === "done" ? t("done") : state.status === "queued" ? t("queued") : t("running", { pct });
  return (
    <div className="space-y-2">
      <ProgressBar value={pct} label={t("label")} text={text} />
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
