"use client";
import { Badge, Button, TextField, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { LIMITS } from "@zorgzaam/core/limits";
import { fieldErrors, useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";

export interface PurposeRow {
  key: string;
  label: string;
  source: string;
  active: boolean;
}

/**
 * The tenant's list of consent purposes: core's and the modules' (fixed), and the tenant's own, which can be added and
 * archived. A consent is always recorded for one of them; free text goes into the consent's note.
 */
export function ConsentPurposes({ purposes }: { purposes: PurposeRow[] }) {
  const t = useTranslations("settings.consentPurposes");
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const add = useCall(client.consentPurposes.add.mutate);
  const archive = useCall(client.consentPurposes.setArchived.mutate);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formKey, setFormKey] = useState(0);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const label = { nl: String(form.get("nl") ?? ""), fr: String(form.get("fr") ?? ""), en: String(form.get("en") ?? "") };
    setErrors({});
    add.run(
      { label },
      {
        onSuccess: () => {
          setFormKey((k) => k + 1);
          done(t("added"));
        },
        onError: (err) => {
          const f = fieldErrors(err);
          setErrors({ nl: f["label.nl"] ?? "", fr: f["label.fr"] ?? "", en: f["label.en"] ?? "" });
          failed(err);
        },
      },
    );
  }

  return (
    <section aria-labelledby="purposes-title" className="mt-8 max-w-3xl">
      <h2 id="purposes-title" className="mb-1 text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 max-w-prose text-slate-700">{t("intro")}</p>
      <ul className="mb-4 divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
        {purposes.map((p) => (
          <li key={p.key} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <span className="min-w-0 break-words">
              {p.label}{" "}
              <Badge tone={p.active ? "neutral" : "bad"}>
                {p.source === "tenant" ? (p.active ? t("own") : t("archived")) : p.source === "core" ? t("builtIn") : t("module")}
              </Badge>
            </span>
            {p.source === "tenant" ? (
              <Button
                variant="secondary"
                disabled={archive.pending}
                onClick={() =>
                  archive.run(
                    { key: p.key, archived: p.active },
                    { onSuccess: () => done(p.active ? t("archivedDone") : t("restoredDone")), onError: failed },
                  )
                }
              >
                {p.active ? t("archive") : t("restore")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <form key={formKey} onSubmit={submit} noValidate className="space-y-3 rounded-xl border border-slate-300 bg-white p-4">
        <h3 className="text-lg font-semibold">{t("addTitle")}</h3>
        <TextField id="purpose-nl" name="nl" label={t("labelNl")} required limit={LIMITS.consentPurpose} error={errors.nl} />
        <TextField id="purpose-fr" name="fr" label={t("labelFr")} required limit={LIMITS.consentPurpose} error={errors.fr} />
        <TextField id="purpose-en" name="en" label={t("labelEn")} required limit={LIMITS.consentPurpose} error={errors.en} />
        <Button type="submit" disabled={add.pending}>
          {t("add")}
        </Button>
      </form>
    </section>
  );
}
