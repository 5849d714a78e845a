"use client";
import { Button, Checkbox, CheckboxGroup, SelectField } from "@zorgzaam/ui";
import { type DocumentCalls, DocumentProgress, saveDocument, useDocumentJob } from "@zorgzaam/ui/document-export";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { PRINTABLE_KINDS, PRINTABLE_LANGUAGES, type PrintableKind } from "../../domain";
import { errorMessage, useBurenhulp } from "../client";

type Language = (typeof PRINTABLE_LANGUAGES)[number];

/** The printable document's status and download calls (core's documents, ADR 0033). */
function useCalls(): DocumentCalls {
  const doc = useBurenhulp().documents.printable;
  return { status: (documentId) => doc.status.query({ documentId }), download: (documentId) => doc.download.query({ documentId }) };
}

/**
 * "Make a PDF" (BH-9): what (card, poster, referral cards), the language, blank or not; starts the job, shows its
 * progress and downloads the PDF when it is ready (as Reflectie's report).
 */
export function PrintableForm({ locale }: { locale: Language }) {
  const t = useTranslations("burenhulp.printables");
  const api = useBurenhulp();
  const router = useRouter();
  const calls = useCalls();
  const texts = {
    start: t("start"),
    working: t("working"),
    progress: t("progress"),
    ready: t("ready"),
    failed: t("failed"),
    slow: t("slow"),
    again: (name: string) => t("again", { name }),
  };
  const job = useDocumentJob(calls, texts, { onDone: () => router.refresh() });

  function start(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const kind = String(form.get("kind") ?? "card") as PrintableKind;
    const language = String(form.get("language") ?? locale) as Language;
    const blank = form.get("blank") === "on";
    void job.run(() => api.documents.printable.request.mutate({ kind, blank, locale: language }));
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
        <Button type="submit" disabled={job.state === "working"}>
          {job.state === "working" ? t("working") : t("start")}
        </Button>
      </div>
      <DocumentProgress id="printable-progress" job={job} texts={texts} />
    </form>
  );
}

/** Downloads one of the recent printables again. */
export function PrintableDownload({ printableId, label }: { printableId: string; label: string }) {
  const calls = useCalls();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const f = saveDocument(await calls.download(printableId));
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
