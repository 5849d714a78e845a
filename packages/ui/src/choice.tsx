import type { InputHTMLAttributes, ReactNode } from "react";
import { useId } from "react";
import { cx } from "./cx";

/** A checkbox whose whole row (at least 44 px high) is the label, so it is easy to hit on a phone. */
export function Checkbox({
  label,
  hint,
  className,
  ...rest
}: { label: ReactNode; hint?: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  return (
    <label className={cx("flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-1 py-1 hover:bg-slate-50", className)}>
      <input type="checkbox" className="size-5 shrink-0 accent-teal-800" {...rest} />
      <span>
        <span className="text-slate-900">{label}</span>
        {hint ? <span className="block text-sm text-slate-700">{hint}</span> : null}
      </span>
    </label>
  );
}

/** A group of checkboxes (or radios) with a visible legend, an optional hint and an error announced to screen readers. */
export function CheckboxGroup({
  legend,
  hint,
  error,
  children,
  className,
  columns = false,
  name,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
  className?: string;
  /** Lay the options out in columns on wider screens. */
  columns?: boolean;
  /** The input key the group stands for, so the form's error summary can link to it. */
  name?: string;
}) {
  const id = useId();
  return (
    <fieldset name={name} className={cx("space-y-1", className)} aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <div className={columns ? "grid gap-x-4 sm:grid-cols-2" : undefined}>{children}</div>
      {error ? (
        <p id={`${id}-error`} className="break-words text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
