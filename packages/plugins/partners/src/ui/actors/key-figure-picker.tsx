"use client";
import { Button, SelectField, TextField } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorMessage, usePartners } from "../client";
import type { ConsentMethod } from "./form-types";
import { NewPersonPanel } from "./new-person-panel";
import type { PersonOptions } from "./person-options";

/**
 * Links a key figure to the Person they are (core's people): find them, or register them here without leaving the
 * form (NewPersonPanel). The Person must have agreed to be on the partner map: when no consent is on file, the worker
 * records how it was given right here (the consent field), and the server's refusal points at that field.
 */
export function KeyFigurePicker({
  personId,
  personName,
  onChange,
  consentMethod,
  onConsentMethod,
  personOptions,
  error,
  consentError,
}: {
  personId: string | null;
  personName: string | null;
  onChange: (id: string | null, name: string | null) => void;
  consentMethod: ConsentMethod;
  onConsentMethod: (m: ConsentMethod) => void;
  /** Null when the member may not register people (then only existing people can be linked). */
  personOptions: PersonOptions | null;
  error: string | null;
  consentError: string | null;
}) {
  const t = useTranslations("partners.actors.keyFigure");
  const api = usePartners();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<{ id: string; name: string; hasConsent: boolean; taken: boolean }[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [hasConsent, setHasConsent] = useState(true);
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  async function search() {
    setProblem(null);
    try {
      setResults(await api.actors.people.query({ q }));
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }

  return (
    // data-field: a refusal about the person (taken, not found) links here from the form's error summary.
    <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-3" data-field="personId" data-label={t("person")}>
      <p className="text-sm text-slate-800">{t("intro")}</p>
      {personId ? (
        <div className="space-y-1">
          <p className="flex flex-wrap items-center gap-2">
            <span>
              {t("linked")} <strong className="break-words">{personName ?? t("someone")}</strong>
            </span>
            <Button
              type="button"
              variant="ghost"
              onClick={() => {
                setCreated(null);
                onChange(null, null);
              }}
            >
              {t("unlink")}
            </Button>
          </p>
          {created ? (
            <p role="status" className="text-sm text-green-900">
              {created}
            </p>
          ) : null}
        </div>
      ) : adding && personOptions ? (
        <NewPersonPanel
          options={personOptions}
          query={q}
          onCancel={() => setAdding(false)}
          onCreated={(p) => {
            setAdding(false);
            setHasConsent(p.hasConsent);
            setCreated(p.problem ?? t("created"));
            onChange(p.id, p.name);
          }}
        />
      ) : (
        <div className="space-y-2">
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 grow">
              <TextField
                label={t("search")}
                value={q}
                onChange={(e) => setQ(e.target.value)}
                enterKeyHint="search"
                autoComplete="off"
                error={error}
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
                    <span className="min-w-0 break-words">
                      {p.name} {p.taken ? <span className="text-sm text-slate-700">({t("taken")})</span> : null}
                    </span>
                    <Button
                      type="button"
                      variant="secondary"
                      disabled={p.taken}
                      aria-label={t("chooseNamed", { name: p.name })}
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
                {personOptions ? t("noneAdd") : t("noneAsk")}
              </p>
            )
          ) : null}
          {personOptions ? (
            <Button type="button" variant={results && results.length === 0 ? "primary" : "secondary"} onClick={() => setAdding(true)}>
              {t("addPerson")}
            </Button>
          ) : null}
        </div>
      )}
      {personId && !hasConsent ? (
        <SelectField
          name="consentMethod"
          label={t("consent")}
          hint={t("consentHint")}
          value={consentMethod}
          onChange={(e) => onConsentMethod(e.target.value as ConsentMethod)}
          error={consentError}
        >
          <option value="">{t("consentNone")}</option>
          <option value="verbal">{t("consentVerbal")}</option>
          <option value="written">{t("consentWritten")}</option>
          <option value="online">{t("consentOnline")}</option>
        </SelectField>
      ) : null}
      {personId && error ? <p className="text-sm font-medium text-red-800">{error}</p> : null}
    </div>
  );
}
