"use client";
import { type ChangeEvent, useEffect, useState } from "react";
import { useLimitTexts } from "./form-texts";

/**
 * Text limits stated, never enforced by cutting: a field with a `limit` shows it ("max. 10.000 tekens"), counts once
 * the text comes close (from 80 %), tells screen readers politely when the typing pauses (not on every keystroke), and
 * marks itself invalid when over. Nothing is cut: the server refuses a text that is too long, with a message that
 * names the limit, and the text stays in the field. Limits come from the same place as the server's schemas
 * (`@zorgzaam/core/limits`, a module's own limits), never retyped.
 */
/** From this share of the limit on, the field counts. */
export const NEAR_LIMIT = 0.8;
/** The pause in typing after which the count is announced. */
const ANNOUNCE_AFTER_MS = 1_000;

export type CharLimitState = "far" | "near" | "over";

export function charLimitState(length: number, limit: number): CharLimitState {
  return length > limit ? "over" : length >= Math.ceil(limit * NEAR_LIMIT) ? "near" : "far";
}

function lengthOf(v: unknown): number {
  if (v === undefined || v === null) return 0;
  return (Array.isArray(v) ? v.join(",") : String(v)).length;
}

/**
 * The counter for one field. Works for controlled fields (`value`) and uncontrolled ones (`defaultValue`, then the
 * length follows the field's change events). Returns what the field adds to its control and what it shows below it.
 */
export function useCharLimit<E extends HTMLInputElement | HTMLTextAreaElement>({
  id,
  limit,
  value,
  defaultValue,
  onChange,
}: {
  id: string;
  limit: number | undefined;
  value?: unknown;
  defaultValue?: unknown;
  onChange?: (e: ChangeEvent<E>) => void;
}) {
  const texts = useLimitTexts();
  const [typed, setTyped] = useState(() => lengthOf(defaultValue));
  const length = value !== undefined ? lengthOf(value) : typed;
  const state = limit ? charLimitState(length, limit) : "far";
  const [announced, setAnnounced] = useState("");

  useEffect(() => {
    if (!limit || state === "far") {
      setAnnounced("");
      return;
    }
    const timer = setTimeout(
      () => setAnnounced(state === "over" ? texts.over(length - limit, limit) : texts.remaining(limit - length, limit)),
      ANNOUNCE_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [length, limit, state, texts]);

  if (!limit) return { over: false, describedBy: undefined, onChange, node: null };

  const handleChange = (e: ChangeEvent<E>) => {
    if (value === undefined) setTyped(e.target.value.length);
    onChange?.(e);
  };
  const node = (
    <div className="flex flex-wrap justify-between gap-x-3 text-sm text-slate-700" data-char-limit={state}>
      <span id={`${id}-limit`}>{texts.limit(limit)}</span>
      {state === "far" ? null : (
        <span aria-hidden="true" className={state === "over" ? "font-semibold text-red-800" : "font-medium text-slate-900"}>
          {state === "over" ? texts.over(length - limit, limit) : texts.count(length, limit)}
        </span>
      )}
      <span className="sr-only" aria-live="polite" aria-atomic="true">
        {announced}
      </span>
    </div>
  );
  return { over: state === "over", describedBy: `${id}-limit`, onChange: handleChange, node };
}
