"use client";
import { Button, Checkbox, CheckboxGroup, SelectField } from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { PRINTABLE_KINDS, PRINTABLE_LANGUAGES, type PrintableKind } from "../../domain";
import { errorMessage, useBurenhulp } from "../client";

type Language = (typeof PRINTABLE_LANGUAGES)[number];

/** Saves a PDF the server sent as base64 and keeps a link to save it again. */
function save(d: { fileName: string; contentType: string; base64: string }) {
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
 * "Make a PDF" (BH-9): what (card, poster, referral cards), the language, blank or not; starts the job, shows its
 * progress and downloads the PDF when it is ready (as Reflectie's report).
 */
export function PrintableForm({ locale }: { locale: Language }) {
  const t = useTranslations("burenhulp.printables");
  const api = useBurenhulp();
  const router = useRouter();
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

  async function start(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const kind = String(form.get("kind") ?? "card") as PrintableKind;
    const language = String(form.get("language") ?? locale) as Language;
    const blank = form.get("blank") === "on";
    setState("working");
    setProgress(0);
    setFile(null);
    try {
      const { printableId } = await api.printables.start.mutate({ kind, language, blank });
      const deadline = Date.now() + 120_000;
      for (;;) {
        if (stopped.current) return;
        const s = await api.printables.status.query({ printableId });
        setProgress(s.progress);
        if (s.state === "completed") break;
        if (s.state === "failed") throw new Error(t("failed"));
        if (Date.now() > deadline) throw new Error(t("slow"));
        await new Promise((r) => setTimeout(r, 600));
      }
      setFile(save(await api.printables.download.query({ printableId })));
      setState("done");
      router.refresh();
    } catch (err) {
      setState("failed");
      toast.error(errorMessage(err));
    }
  }

  return (
    <form onSubmit={start} className="space-y-4" aria-label={t("formTitle")}>
      <CheckboxGroup legend={t("what")} name="kind">
        {PRINTABLE_KINDS.map((k, i) => (
          <label key={k} className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md px-1 py-2 hover:bg-slate-50">
            <input type="radio" name="kind" value={k} defaultChecked={i === 0} className="mt-0.5 size-5 shrink-0 accent-teal-800" />
            <span>
              <span className="text-slate-900">{t(`kind.${k}`)}</span>
              <span className="block text-sm text-slate-700">{t(`kindHint.${k}`)}</span>
            </span>
          </label>
        ))}
      </CheckboxGroup>
      <SelectField id="printable-language" name="language" label={t("language")} defaultValue={locale}>
        {PRINTABLE_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </SelectField>
      <Checkbox name="blank" label={t("blank")} hint={t("blankHint")} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={state === "working"}>
          {state === "working" ? t("working") : t("start")}
        </Button>
        {file ? (
          <a href={file.url} download={file.name} className="inline-block min-h-11 py-2.5">
            {t("again", { name: file.name })}
          </a>
        ) : null}
      </div>
      {progress !== null && state === "working" ? (
        <div>
          <label htmlFor="printable-progress" className="text-sm font-semibold text-slate-900">
            {t("progress")}
          </label>
          <progress id="printable-progress" className="mt-1 block h-3 w-full accent-teal-800" max={100} value={progress}>
            {progress}%
          </progress>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {state === "done" ? t("ready") : state === "failed" ? t("failed") : ""}
      </p>
    </form>
  );
}

/** Downloads one of the recent printables again. */
export function PrintableDownload({ printableId, label }: { printableId: string; label: string }) {
  const api = useBurenhulp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const f = save(await api.printables.download.query({ printableId }));
          setTimeout(() => URL.revokeObjectURL(f.url), 10_000);
        } catch (err) {
          toast.error(errorMessage(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      {label}
    </Button>
  );
}
