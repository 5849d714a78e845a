"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { errorCode, errorMessage } from "../client";

export type SaveState = "idle" | "dirty" | "saving" | "saved" | "conflict" | "error";
type Values = Record<string, string | null>;

/**
 * Saves answers field by field while others may be answering too. Each save sends the changed fields with the value
 * they had when this person started changing them (`before`); the server refuses (CONFLICT) only when someone else
 * changed the same field meanwhile. Then the person's unsaved values are kept aside (`lost`), the page reloads the
 * stored ones, and `keepMine` saves them again on top. Fields nobody touched here follow what the server says.
 */
export function useFieldSave<V extends Values>({
  server,
  save,
  onConflict,
  onSaved,
}: {
  server: V;
  save: (changed: Partial<V>, before: Partial<V>) => Promise<Partial<V>>;
  onConflict: () => void;
  onSaved?: () => void;
}) {
  const [values, setValues] = useState<V>(server);
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<string | null>(null);
  const [lost, setLost] = useState<Partial<V> | null>(null);
  const base = useRef<V>({ ...server });
  const latest = useRef<V>(server);
  const dirty = useRef(new Set<keyof V>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const serverKey = JSON.stringify(server);

  // Stored values arrive (a reload after someone else's save, or after a conflict): take those nobody edits here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: serverKey stands for the server values' content
  useEffect(() => {
    const next = { ...latest.current };
    for (const k of Object.keys(server) as (keyof V)[]) {
      if (dirty.current.has(k)) continue;
      base.current[k] = server[k];
      next[k] = server[k];
    }
    latest.current = next;
    setValues(next);
  }, [serverKey]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (running.current) await running.current;
    const fields = [...dirty.current];
    if (fields.length === 0) return;
    const sent = Object.fromEntries(fields.map((f) => [f, latest.current[f]])) as Partial<V>;
    const before = Object.fromEntries(fields.map((f) => [f, base.current[f]])) as Partial<V>;
    setState("saving");
    const attempt = (async () => {
      try {
        const stored = await save(sent, before);
        for (const f of fields) {
          base.current[f] = (f in stored ? stored[f] : sent[f]) as V[keyof V];
          if (latest.current[f] === sent[f]) dirty.current.delete(f);
        }
        setError(null);
        setState(dirty.current.size ? "dirty" : "saved");
        onSaved?.();
      } catch (e) {
        if (errorCode(e) === "CONFLICT") {
          for (const f of fields) dirty.current.delete(f);
          setLost(sent);
          setState("conflict");
          setError(errorMessage(e));
          onConflict();
        } else {
          setState("error");
          setError(errorMessage(e));
        }
      }
    })();
    running.current = attempt;
    await attempt;
    running.current = null;
  }, [save, onConflict, onSaved]);

  /** Changes fields; saved at once (`delayMs` 0, for choices) or after a pause in typing. */
  const change = useCallback(
    (patch: Partial<V>, delayMs = 800) => {
      latest.current = { ...latest.current, ...patch };
      for (const k of Object.keys(patch)) dirty.current.add(k as keyof V);
      setValues(latest.current);
      setState("dirty");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush],
  );

  // Leaving the question (another actor, another step) saves what is still pending instead of dropping it.
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (dirty.current.size > 0) void flushRef.current();
    },
    [],
  );

  return {
    values,
    change,
    flush,
    state,
    error,
    lost,
    /** Saves the kept-aside values over what is stored now. */
    keepMine: () => {
      if (!lost) return;
      setLost(null);
      change(lost, 0);
    },
    dismissLost: () => {
      setLost(null);
      setError(null);
      setState("idle");
    },
  };
}
