"use client";
import { useState } from "react";

/** What to do when one call ends: with its result, or with its error (read by errorMessage / fieldErrors). */
export interface CallHandlers<O> {
  onSuccess?: (out: O) => void;
  onError?: (e: unknown) => void;
  /** After either (e.g. to end an optimistic change's busy mark). */
  onSettled?: () => void;
}

export interface Call<I, O> {
  /** Starts the call; the handlers run when it ends. */
  run: (input: I, handlers?: CallHandlers<O>) => void;
  /** True while a call runs (for disabled buttons and "Bezig..." labels). */
  pending: boolean;
  /** The error of the last call, null while it runs or after it succeeded. */
  error: unknown;
}

/**
 * One procedure call from a form, with plain React state: `useCall(client.people.create.mutate)` gives
 * `{ run, pending, error }`. The platform's forms change data through this (no query cache: after a change the page
 * refreshes its server components).
 */
export function useCall<I, O>(fn: (input: I) => Promise<O>): Call<I, O> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  function run(input: I, handlers?: CallHandlers<O>): void {
    setPending(true);
    setError(null);
    fn(input).then(
      (out) => {
        setPending(false);
        handlers?.onSuccess?.(out);
        handlers?.onSettled?.();
      },
      (e: unknown) => {
        setPending(false);
        setError(e);
        handlers?.onError?.(e);
        handlers?.onSettled?.();
      },
    );
  }
  return { run, pending, error };
}
