"use client";
import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from "react";
import { useCharLimit } from "./char-limit";
import { cx } from "./cx";

const control =
  "block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 " +
  "focus:border-teal-800 focus:outline-2 focus:outline-teal-800 aria-[invalid=true]:border-red-700";

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /**
   * A field saved on its own (autosave) has no form summary to read its refusal out: its message is then an alert.
   * In a form, the error summary is what is read (form-errors.tsx), so field messages stay quiet.
   */
  announceError?: boolean;
}

interface LimitProps {
  /**
   * The most characters the server accepts (from the same source as its schema). Shown under the field, counted
   * from 80 %, never enforced by cutting: there is no `maxLength`.
   */
  limit?: number;
  maxLength?: never;
}

function FieldShell({ id, label, hint, error, announceError, children }: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        // Not an alert: after a failed submit the form's error summary takes focus and is read out (form-errors.tsx).
        <p id={`${id}-error`} className="break-words text-sm font-medium text-red-800" role={announceError ? "alert" : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown, extra?: string) {
  const own = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return [own, extra].filter(Boolean).join(" ") || undefined;
}

export function TextField({
  label,
  hint,
  error,
  announceError,
  className,
  id: given,
  limit,
  ...rest
}: FieldProps & LimitProps & InputHTMLAttributes<HTMLInputElement>) {
  const auto = useId();
  const id = given ?? auto;
  const count = useCharLimit<HTMLInputElement>({ id, limit, value: rest.value, defaultValue: rest.defaultValue, onChange: rest.onChange });
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} announceError={announceError}>
      <input
        id={id}
        aria-invalid={error || count.over ? true : undefined}
        aria-describedby={describedBy(id, hint, error, count.describedBy)}
        className={cx(control, className)}
        {...rest}
        onChange={count.onChange}
      />
      {count.node}
    </FieldShell>
  );
}

export function TextArea({
  label,
  hint,
  error,
  announceError,
  className,
  id: given,
  limit,
  ...rest
}: FieldProps & LimitProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const auto = useId();
  const id = given ?? auto;
  const count = useCharLimit<HTMLTextAreaElement>({
    id,
    limit,
    value: rest.value,
    defaultValue: rest.defaultValue,
    onChange: rest.onChange,
  });
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} announceError={announceError}>
      <textarea
        id={id}
        aria-invalid={error || count.over ? true : undefined}
        aria-describedby={describedBy(id, hint, error, count.describedBy)}
        className={cx(control, "min-h-24", className)}
        {...rest}
        onChange={count.onChange}
      />
      {count.node}
    </FieldShell>
  );
}

export function SelectField({
  label,
  hint,
  error,
  announceError,
  className,
  id: given,
  children,
  ...rest
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const auto = useId();
  const id = given ?? auto;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} announceError={announceError}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cx(control, className)}
        {...rest}
      >
        {children}
      </select>
    </FieldShell>
  );
}
