"use client";
import { useCharLimit } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useId } from "react";
import type { SaveState } from "./use-field-save";

/** One guiding question answered by choosing: big radio rows (easy on a phone), the help text under the question. */
export function ChoiceQuestion({
  question,
  help,
  options,
  value,
  onChange,
  disabled,
}: {
  question: string;
  help: string;
  options: { value: string; label: string }[];
  value: string | null;
  onChange: (v: string | null) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("partners.evaluation");
  const id = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={`${id}-help`}>
      <legend className="text-base font-semibold text-slate-900">{question}</legend>
      <p id={`${id}-help`} className="text-sm text-slate-700">
        {help}
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label
            key={o.value}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 px-3 py-2 has-[:checked]:border-teal-800 has-[:checked]:bg-teal-50"
          >
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={value === o.value}
              disabled={disabled}
              onChange={() => onChange(o.value)}
              className="size-5 shrink-0 accent-teal-800"
            />
            <span className="text-slate-900">{o.label}</span>
          </label>
        ))}
      </div>
      {value !== null && !disabled ? (
        <button type="button" className="min-h-11 text-sm text-teal-900 underline" onClick={() => onChange(null)}>
          {t("walk.clear")}
        </button>
      ) : null}
    </fieldset>
  );
}

/** One guiding question answered in words: the help text sits under the question, above the field (as for choices). */
export function TextQuestion({
  question,
  help,
  value,
  onChange,
  onBlur,
  disabled,
  limit,
}: {
  question: string;
  help: string;
  value: string;
  onChange: (v: string) => void;
  onBlur: () => void;
  disabled?: boolean;
  /** The most characters the server accepts: stated and counted, never cut. */
  limit: number;
}) {
  const id = useId();
  const count = useCharLimit<HTMLTextAreaElement>({ id, limit, value });
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-base font-semibold text-slate-900">
        {question}
      </label>
      <p id={`${id}-help`} className="text-sm text-slate-700">
        {help}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-help ${count.describedBy ?? ""}`.trim()}
        aria-invalid={count.over ? true : undefined}
        value={value}
        disabled={disabled}
        rows={3}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        className="block min-h-24 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus:border-teal-800 focus:outline-2 focus:outline-teal-800 disabled:bg-slate-50 aria-[invalid=true]:border-red-700"
      />
      {count.node}
    </div>
  );
}

/** Says whether the answers are saved; announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations("partners.evaluation");
  const label =
    state === "dirty" || state === "saving"
      ? t("save.saving")
      : state === "saved"
        ? t("save.saved")
        : state === "error"
          ? t("save.failed")
          : state === "conflict"
            ? t("save.conflict")
            : "";
  return (
    <p
      role="status"
      aria-live="polite"
      className={state === "error" || state === "conflict" ? "min-h-6 text-sm font-medium text-red-800" : "min-h-6 text-sm text-slate-700"}
    >
      {label}
    </p>
  );
}
