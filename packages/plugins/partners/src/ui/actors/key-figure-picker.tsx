"use client";
import { Button, SelectField, TextField } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorMessage, usePartners } from "../client";

type Method = "" | "verbal" | "written" | "online";

/**
 * Links a key figure to the Person they are (core's people). The Person must have agreed to be on the partner map:
 * when no consent is on file, the worker records how it was given right here.
 */
export function KeyFigurePicker({
  personId,
  personName,
  onChange,
  consentMethod,
  onConsentMethod,
  error,
}: {
  personId: string | null;
  personName: string | null;
  onChange: (id: string | null, name: string | null) => void;
  consentMethod: Method;
  onConsentMethod: (m: Method) => void;
  error: string | null;
}) {
  const t = useTranslations("partners.actors.keyFigure");
  const api = usePartners();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<{ id: string; name: string; hasConsent: boolean; taken: boolean }[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [hasConsent, setHasConsent] = useState(true);

  async function search() {
    setProblem(null);
    try {
      setResults(await api.actors.people.query({ q }));
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }

  return (
    <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-3">
      <p className="text-sm text-slate-800">{t("intro")}</p>
      {personId ? (
        <p className="flex flex-wrap items-center gap-2">
          <span>
            {t("linked")} <strong>{personName ?? t("someone")}</strong>
          </span>
          <Button type="button" variant="ghost" onClick={() => onChange(null, null)}>
            {t("unlink")}
          </Button>
        </p>
      ) : (
        <div className="space-y-2">
          <div className="flex flex-wrap items-end gap-2">
            <div className="grow">
              <TextField
                label={t("search")}
                value={q}
                onChange={(e) => setQ(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    void search();
                  }
                }}
              />
            </div>
            <Button type="button" variant="secondary" onClick={() => void search()}>
              {t("find")}
            </Button>
          </div>
          {problem ? (
            <p role="alert" className="text-sm text-red-800">
              {problem}
            </p>
          ) : null}
          {results ? (
            results.length ? (
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white" aria-label={t("results")}>
                {results.map((p) => (
                  <li key={p.id} className="flex items-center justify-between gap-2 px-3 py-2">
                    <span>
                      {p.name} {p.taken ? <span className="text-sm text-slate-700">({t("taken")})</span> : null}
                    </span>
                    <Button
                      type="button"
                      variant="secondary"
                      disabled={p.taken}
                      onClick={() => {
                        setHasConsent(p.hasConsent);
                        onChange(p.id, p.name);
                      }}
                    >
                      {t("choose")}
                    </Button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-700" role="status">
                {t("none")}
              </p>
            )
          ) : null}
        </div>
      )}
      {personId && !hasConsent ? (
        <SelectField
          label={t("consent")}
          hint={t("consentHint")}
          value={consentMethod}
          onChange={(e) => onConsentMethod(e.target.value as Method)}
        >
          <option value="">{t("consentNone")}</option>
          <option value="verbal">{t("consentVerbal")}</option>
          <option value="written">{t("consentWritten")}</option>
          <option value="online">{t("consentOnline")}</option>
        </SelectField>
      ) : null}
      {error ? (
        <p className="text-sm font-medium text-red-800" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
