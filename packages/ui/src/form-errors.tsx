"use client";
import { type ReactNode, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useFormTexts } from "./form-texts";
import { errorMessage, fieldErrors } from "./errors";

/**
 * One form pattern for core and every module (the GOV.UK error summary): after a failed submit, an error summary at
 * the top of the form takes focus, says what went wrong and links to each field; each field shows its own message.
 *
 *   const form = useFormErrors();
 *   try { await save() } catch (e) { form.fail(e) }
 *   <form><ErrorSummary errors={form.state} /> … <TextField name="firstName" error={form.err("firstName")} /></form>
 *
 * A field is found by its input key: the control or fieldset with that `name` inside the form, or any element with
 * `data-field` (and `data-label` for the summary's words), whose first control takes focus.
 * Validation problems come per field from the server (zod paths; declared error codes that name a field); a message
 * that belongs to no field is shown in the summary itself.
 */
export interface FormErrorsState {
  /** Message per input key ("firstName", "neighbourhoodIds"). */
  fields: Record<string, string>;
  /** What went wrong beyond the fields (a conflict, a refusal), or null. */
  message: string | null;
  /** Counts the failed submits, so a second failure with the same errors takes focus again. */
  attempt: number;
}

const EMPTY: FormErrorsState = { fields: {}, message: null, attempt: 0 };

export interface FormErrors {
  state: FormErrorsState;
  /** The field's message, for its `error` prop. */
  err: (key: string) => string | null;
  /** After a failed call: the server's problems per field, or its message. `own` words a declared code itself. */
  fail: (e: unknown, own?: (code: string, params: Record<string, unknown>) => string | undefined) => void;
  /** Problems found before any call (a required choice the server cannot check). */
  show: (fields: Record<string, string>, message?: string | null) => void;
  clear: () => void;
}

export function useFormErrors(): FormErrors {
  const [state, setState] = useState<FormErrorsState>(EMPTY);
  const show = useCallback(
    (fields: Record<string, string>, message: string | null = null) => setState((old) => ({ fields, message, attempt: old.attempt + 1 })),
    [],
  );
  const fail = useCallback<FormErrors["fail"]>(
    (e, own) => {
      const fields = fieldErrors(e);
      // With fields, the server's one-line message only repeats them ("Ongeldige invoer: …").
      show(fields, Object.keys(fields).length ? null : errorMessage(e, own));
    },
    [show],
  );
  const clear = useCallback(() => setState((old) => ({ ...EMPTY, attempt: old.attempt })), []);
  const err = useCallback((key: string) => state.fields[key] ?? null, [state]);
  return { state, err, fail, show, clear };
}

const cssEscape = (s: string) => (typeof CSS !== "undefined" && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, "\\$&"));

/** Where a summary looks for its fields: a part of a form with its own summary (`data-error-scope`), or the form. */
const SCOPE = "[data-error-scope], form";
function scopeOf(el: HTMLElement | null): ParentNode | undefined {
  return el?.parentElement?.closest<HTMLElement>(SCOPE) ?? el?.ownerDocument;
}

/** The control (or group) of an input key in the scope, not inside a nested scope with its own summary. */
function fieldOf(scope: ParentNode, key: string): HTMLElement | null {
  const k = cssEscape(key);
  for (const el of scope.querySelectorAll<HTMLElement>(`[data-field="${k}"], [name="${k}"]`)) {
    const own = el.parentElement?.closest(SCOPE) ?? el.ownerDocument;
    if (own === scope || !(scope instanceof Element)) return el;
  }
  return null;
}

/** What to focus: the control itself, or a group's first control. */
function focusTarget(el: HTMLElement): HTMLElement | null {
  if (el instanceof HTMLFieldSetElement || el.dataset.field !== undefined) {
    if (el.matches("input, select, textarea, button")) return el;
    return el.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea, button");
  }
  return el;
}

/** The visible name of a field: its label, or its group's legend. */
function labelOf(el: HTMLElement): string {
  if (el.dataset.label) return el.dataset.label;
  // A checkbox or radio stands for its group: the group's legend names it.
  const choice = el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio");
  const group = el instanceof HTMLFieldSetElement ? el : choice ? el.closest("fieldset") : null;
  if (group) return group.querySelector("legend")?.textContent?.trim() ?? "";
  const labelled = el.id ? el.ownerDocument.querySelector(`label[for="${cssEscape(el.id)}"]`) : null;
  return (labelled ?? el.closest("label"))?.textContent?.trim() ?? el.getAttribute("aria-label") ?? "";
}

/** Where the label is (scrolled into view so the person sees which field it is, as GOV.UK does). */
function labelElement(el: HTMLElement): HTMLElement | null {
  if (el instanceof HTMLFieldSetElement) return el.querySelector("legend");
  if (el.id) return el.ownerDocument.querySelector<HTMLElement>(`label[for="${cssEscape(el.id)}"]`);
  return el.closest("label");
}

export function focusField(scope: ParentNode, key: string): boolean {
  const el = fieldOf(scope, key);
  const target = el ? focusTarget(el) : null;
  if (!el || !target) return false;
  (labelElement(el) ?? el).scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
  return true;
}

/**
 * The summary at the top of a form. Renders nothing without errors; after each failed submit it takes focus, so
 * screen readers read it and everyone sees it (the button may be far below). Each field problem links to its field.
 */
export function ErrorSummary({ errors, title }: { errors: FormErrorsState; title?: ReactNode }) {
  const texts = useFormTexts();
  const ref = useRef<HTMLDivElement>(null);
  const [targets, setTargets] = useState<Record<string, { id: string; label: string }>>({});
  const keys = Object.keys(errors.fields);
  const shown = keys.length > 0 || errors.message !== null;

  useLayoutEffect(() => {
    const scope = scopeOf(ref.current);
    if (!scope) return;
    const found: Record<string, { id: string; label: string }> = {};
    for (const k of Object.keys(errors.fields)) {
      const el = fieldOf(scope, k);
      const target = el ? focusTarget(el) : null;
      if (el && target) found[k] = { id: target.id, label: labelOf(el) };
    }
    setTargets(found);
  }, [errors.fields]);

  useEffect(() => {
    if (errors.attempt > 0 && ref.current) {
      ref.current.scrollIntoView({ block: "start" });
      ref.current.focus({ preventScroll: true });
    }
  }, [errors.attempt]);

  if (!shown) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      data-error-summary=""
      className="scroll-mt-4 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950 focus:outline-3 focus:outline-offset-2 focus:outline-red-700"
    >
      <div role="alert">
        <h2 className="text-lg font-bold">{title ?? texts.summaryTitle}</h2>
        {errors.message ? <p className="mt-1 break-words">{errors.message}</p> : null}
        {keys.length ? (
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {keys.map((k) => {
              const target = targets[k];
              const text = target?.label ? `${target.label}: ${errors.fields[k]}` : errors.fields[k];
              return (
                <li key={k} className="break-words">
                  {target ? (
                    <a
                      href={target.id ? `#${target.id}` : "#"}
                      className="font-semibold text-red-900 underline"
                      onClick={(e) => {
                        const scope = scopeOf(ref.current);
                        if (scope && focusField(scope, k)) e.preventDefault();
                      }}
                    >
                      {text}
                    </a>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
