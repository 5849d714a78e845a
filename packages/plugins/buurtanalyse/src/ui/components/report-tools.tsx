"use client";
import { Button, Checkbox, CheckboxGroup, TextArea } from "@zorgzaam/ui";
import { DocumentExport } from "@zorgzaam/ui/document-export";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import type { Audience } from "../../domain";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { errorMessage, useBuurtanalyse } from "../client";

/** "Download as PDF" for one audience: core's document job (ADR 0033) with its progress bar and the download. */
export function ReportPdf({ analysisId, audience, locale }: { analysisId: string; audience: Audience; locale: "nl" | "fr" | "en" }) {
  const t = useTranslations("buurtanalyse");
  const doc = useBuurtanalyse().documents.report;
  return (
    <DocumentExport
      id={`${analysisId}-${audience}`}
      calls={{ status: (documentId) => doc.status.query({ documentId }), download: (documentId) => doc.download.query({ documentId }) }}
      request={() => doc.request.mutate({ analysisId, audience, locale })}
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

type Texts = Partial<Record<"nl" | "fr" | "en", string>>;

/**
 * The residents' summary (BA-10): "wat we hoorden" and "wat we doen" per language of the tenant, the actions shown;
 * saving is for whoever edits the analysis, publishing for whoever manages analyses.
 */
export function SummaryEditor({
  analysisId,
  languages,
  summary,
  actions,
  canEdit,
  canPublish,
}: {
  analysisId: string;
  languages: readonly ("nl" | "fr" | "en")[];
  summary: { heard: Texts; doing: Texts; actionIds: string[]; version: number; publishedAt: Date | null } | null;
  actions: { id: string; title: string }[];
  canEdit: boolean;
  canPublish: boolean;
}) {
  const t = useTranslations("buurtanalyse.residents");
  const api = useBuurtanalyse();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function run(fn: () => Promise<unknown>, done?: string) {
    setBusy(true);
    try {
      await fn();
      if (done) toast.success(done);
      router.refresh();
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function save(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const texts = (name: string) => Object.fromEntries(languages.map((l) => [l, String(form.get(`${name}-${l}`) ?? "")]));
    const tooLong: Record<string, string> = {};
    for (const name of ["heard", "doing"])
      for (const l of languages)
        if (String(form.get(`${name}-${l}`) ?? "").length > L.longText) tooLong[`${name}-${l}`] = t("tooLong", { max: L.longText });
    setErrors(tooLong);
    if (Object.keys(tooLong).length) return;
    await run(
      () =>
        api.summary.save.mutate({
          analysisId,
          version: summary?.version ?? 0,
          heard: texts("heard"),
          doing: texts("doing"),
          actionIds: form.getAll("actionIds").map(String),
        }),
      t("saved"),
    );
  }

  return (
    <div className="grid grid-cols-1 *:min-w-0 gap-4">
      <p>{t("intro")}</p>
      <form onSubmit={save} className="grid grid-cols-1 *:min-w-0 gap-4" aria-label={t("title")}>
        {languages.map((l) => (
          <fieldset key={l} className="grid grid-cols-1 *:min-w-0 gap-3" lang={l}>
            <legend className="font-semibold">{t("language", { language: t(`languages.${l}`) })}</legend>
            <TextArea
              id={`heard-${l}`}
              name={`heard-${l}`}
              label={`${t("heard")} (${l.toUpperCase()})`}
              defaultValue={summary?.heard[l] ?? ""}
              rows={4}
              limit={L.longText}
              error={errors[`heard-${l}`]}
              disabled={!canEdit}
            />
            <TextArea
              id={`doing-${l}`}
              name={`doing-${l}`}
              label={`${t("doing")} (${l.toUpperCase()})`}
              defaultValue={summary?.doing[l] ?? ""}
              rows={4}
              limit={L.longText}
              error={errors[`doing-${l}`]}
              disabled={!canEdit}
            />
          </fieldset>
        ))}
        {actions.length ? (
          <CheckboxGroup legend={t("actions")} name="actionIds">
            {actions.map((x) => (
              <Checkbox
                key={x.id}
                name="actionIds"
                value={x.id}
                label={x.title}
                defaultChecked={summary?.actionIds.includes(x.id) ?? false}
                disabled={!canEdit}
              />
            ))}
          </CheckboxGroup>
        ) : (
          <p>{t("noActions")}</p>
        )}
        {canEdit ? (
          <div>
            <Button type="submit" disabled={busy}>
              {busy ? t("saving") : t("save")}
            </Button>
          </div>
        ) : null}
      </form>
      {canPublish ? (
        <div className="flex flex-wrap items-center gap-3">
          {summary?.publishedAt ? (
            <Button variant="secondary" disabled={busy} onClick={() => run(() => api.summary.unpublish.mutate({ analysisId }))}>
              {t("unpublish")}
            </Button>
          ) : (
            <Button disabled={busy || !summary} onClick={() => run(() => api.summary.publish.mutate({ analysisId }))}>
              {t("publish")}
            </Button>
          )}
        </div>
      ) : null}
    </div>
  );
}
