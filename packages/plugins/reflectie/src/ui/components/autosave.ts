"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { errorCode, errorMessage, fieldErrors } from "../client";

/** "refused": the server turned the text down as invalid (too long...): no retry until it changes. */
export type SaveState = "idle" | "dirty" | "saving" | "saved" | "conflict" | "error" | "refused";

/**
 * Debounced autosave with optimistic concurrency. `save(values, version)` returns the new version; a CONFLICT answer
 * keeps the person's unsaved text aside (`lost`) and calls onConflict (which reloads the server's text). When the
 * server's values change while nothing is pending here, they replace the local ones.
 */
export function useAutosave<V extends Record<string, string>>({
  server,
  serverVersion,
  save,
  onConflict,
  delayMs = 800,
}: {
  server: V;
  serverVersion: number;
  save: (values: V, version: number) => Promise<number>;
  onConflict: () => void;
  delayMs?: number;
}) {
  const [values, setValues] = useState<V>(server);
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<string | null>(null);
  /** The server's problems per field when it refused the text (too long...), shown next to the fields. */
  const [fields, setFields] = useState<Record<string, string>>({});
  /** Refused as invalid: no automatic retry (it would fail the same way); the next change saves again. */
  const refused = useRef(false);
  const [lost, setLost] = useState<V | null>(null);
  const version = useRef(serverVersion);
  const latest = useRef(values);
  const pending = useRef(false);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const serverKey = JSON.stringify(server);

  // Another person's save (or our own, after a reload) arrives from the server.
  // biome-ignore lint/correctness/useExhaustiveDependencies: serverKey stands for server's content
  useEffect(() => {
    if (serverVersion === version.current && !lost) return;
    if (pending.current || inFlight.current) return;
    version.current = serverVersion;
    latest.current = server;
    setValues(server);
  }, [serverKey, serverVersion]);

  const running = useRef<Promise<void> | null>(null);

  /** Saves what is pending now; waits for a save already under way first, so saves never overlap. */
  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (running.current) await running.current;
    if (!pending.current) return;
    pending.current = false;
    inFlight.current = true;
    setState("saving");
    const sent = latest.current;
    const attempt = (async () => {
      try {
        version.current = await save(sent, version.current);
        setError(null);
        setFields({});
        setState(pending.current ? "dirty" : "saved");
      } catch (e) {
        if (errorCode(e) === "CONFLICT") {
          setLost(sent);
          setState("conflict");
          pending.current = false;
          setError(errorMessage(e));
          // Let the server's text in: mark our version as stale so the effect takes the reloaded values.
          version.current = -1;
          onConflict();
        } else {
          pending.current = true;
          refused.current = errorCode(e) === "BAD_REQUEST";
          setState(refused.current ? "refused" : "error");
          setError(errorMessage(e));
          setFields(fieldErrors(e));
        }
      } finally {
        inFlight.current = false;
      }
    })();
    running.current = attempt;
    await attempt;
    running.current = null;
    if (pending.current && !timer.current && !refused.current) timer.current = setTimeout(() => void flush(), delayMs);
  }, [save, onConflict, delayMs]);

  const change = useCallback(
    (patch: Partial<V>) => {
      const next = { ...latest.current, ...patch } as V;
      latest.current = next;
      setValues(next);
      pending.current = true;
      refused.current = false;
      setState("dirty");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return { values, change, flush, state, error, fields, lost, dismissLost: () => setLost(null), getVersion: () => version.current };
}
