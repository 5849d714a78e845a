"use client";
import { type ReactNode, useEffect, useId, useRef, useSyncExternalStore } from "react";

/**
 * Heavy parts of a page that load on demand on phones (ADR 0035): the map library (about 0.3 MB compressed) and the
 * network graph's drawing library. A wide screen (Tailwind's lg) loads them right away unless the browser asks to save
 * data; a phone, or a browser that saves data, shows a light preview and one button, and loads after a tap. A person
 * can ask to always load them on this device (kept in localStorage, undone with one button); once loaded in this tab,
 * the library is in memory, so later maps of the same kind load by themselves until the page is reloaded.
 */
export type HeavyKind = "map" | "graph";

/** "pending" before hydration (the server and the first render do not know the screen): shown as the preview. */
export type LoadDecision = "pending" | "wait" | "load" | "load-remembered";

export const WIDE_QUERY = "(min-width: 1024px)";
const storageKey = (kind: HeavyKind) => `zorgzaam.load.${kind}`;
const loadedThisVisit = new Set<HeavyKind>();
const listeners = new Set<() => void>();

function notify() {
  for (const l of listeners) l();
}

function remembered(kind: HeavyKind): boolean {
  try {
    return window.localStorage.getItem(storageKey(kind)) === "always";
  } catch {
    // Storage refused (a private window, a policy): the choice is then not kept.
    return false;
  }
}

function saveData(): boolean {
  const c = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return c?.saveData === true;
}

/** The decision from what the browser says; pure, so tests can give it any screen and setting. */
export function decideLoad(input: { wide: boolean; saveData: boolean; remembered: boolean; loadedThisVisit: boolean }): LoadDecision {
  if (input.wide && !input.saveData) return "load";
  // The remembered choice first, so that the button undoing it stays while it is what loads the part.
  if (input.remembered) return "load-remembered";
  return input.loadedThisVisit ? "load" : "wait";
}

function snapshot(kind: HeavyKind): LoadDecision {
  return decideLoad({
    wide: window.matchMedia(WIDE_QUERY).matches,
    saveData: saveData(),
    remembered: remembered(kind),
    loadedThisVisit: loadedThisVisit.has(kind),
  });
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  const m = window.matchMedia(WIDE_QUERY);
  m.addEventListener("change", onChange);
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    m.removeEventListener("change", onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** Load every part of this kind on the page now (a tap on its button, or a tool that needs the map such as "add"). */
export function loadNow(kind: HeavyKind, remember = false) {
  loadedThisVisit.add(kind);
  if (remember) {
    try {
      window.localStorage.setItem(storageKey(kind), "always");
    } catch {}
  }
  notify();
}

/** Forget "always load on this device": the next page shows the preview again on a phone. */
export function forgetAlwaysLoad(kind: HeavyKind) {
  try {
    window.localStorage.removeItem(storageKey(kind));
  } catch {}
  notify();
}

/** Whether the heavy part of this kind is to be shown now (see the file's comment). */
export function useLoadDecision(kind: HeavyKind): LoadDecision {
  const decision = useSyncExternalStore(
    subscribe,
    () => snapshot(kind),
    () => "pending" as const,
  );
  // A part that loaded stays loaded (the screen turned narrow, the choice was undone: nothing is taken away).
  useEffect(() => {
    if (decision === "load" || decision === "load-remembered") loadedThisVisit.add(kind);
  }, [decision, kind]);
  return decision;
}

/** The words of the load button and its choices, in the page's language (the caller translates them). */
export interface OnDemandTexts {
  /** The button, naming the size in plain words, e.g. "Kaart laden (ongeveer 0,3 MB)". */
  load: string;
  /** One sentence on why it waits for a tap. */
  why: string;
  /** The checkbox: always load on this device. */
  always: string;
  /** The button that undoes "always". */
  forget: string;
}

/**
 * The heavy part (children) when the decision says so; else the preview with the load button over it, in the same
 * box (the parent gives the height), so nothing moves when the part replaces the preview. Without a preview (undefined)
 * the button and its words stand on their own, as a small panel (for a part at the end of a page, such as the graph).
 */
export function OnDemand({
  kind,
  texts,
  preview,
  children,
}: {
  kind: HeavyKind;
  texts: OnDemandTexts;
  preview?: ReactNode;
  children: ReactNode;
}) {
  const decision = useLoadDecision(kind);
  const always = useRef<HTMLInputElement>(null);
  const whyId = useId();
  if ((decision === "load" || decision === "load-remembered") && preview === undefined) {
    return (
      <>
        {children}
        {decision === "load-remembered" ? <ForgetButton kind={kind} text={texts.forget} place="below" /> : null}
      </>
    );
  }
  if (decision === "load" || decision === "load-remembered") {
    return (
      <div className="relative h-full w-full">
        {children}
        {decision === "load-remembered" ? <ForgetButton kind={kind} text={texts.forget} place="over" /> : null}
      </div>
    );
  }
  const panel = (
    <>
      <p id={whyId}>{texts.why}</p>
      <button
        type="button"
        aria-describedby={whyId}
        onClick={() => loadNow(kind, always.current?.checked ?? false)}
        className="min-h-11 rounded-md bg-teal-800 px-3 font-semibold text-white hover:bg-teal-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-slate-950"
      >
        {texts.load}
      </button>
      <label className="flex min-h-11 items-center gap-2">
        <input ref={always} type="checkbox" className="size-5" />
        {texts.always}
      </label>
    </>
  );
  // Not a form: maps sit inside forms (point pickers), and forms do not nest.
  if (preview === undefined) {
    return (
      <div
        className="grid max-w-md gap-1 rounded-xl border border-slate-300 bg-slate-50 p-3 text-sm text-slate-900"
        data-testid={`${kind}-preview`}
      >
        {panel}
      </div>
    );
  }
  return (
    <div className="relative h-full w-full overflow-hidden bg-slate-50" data-testid={`${kind}-preview`}>
      {preview}
      <div className="absolute inset-x-2 bottom-2 z-10 mx-auto grid max-w-sm gap-1 rounded-lg border border-slate-300 bg-white/95 p-2 text-sm text-slate-900 shadow">
        {panel}
      </div>
    </div>
  );
}

/** The button that undoes "always load on this device": below a part without a preview, or over a map's corner. */
function ForgetButton({ kind, text, place }: { kind: HeavyKind; text: string; place: "below" | "over" }) {
  return (
    <button
      type="button"
      className={`min-h-11 text-sm text-slate-900 focus-visible:outline-3 focus-visible:outline-slate-950 ${
        place === "below"
          ? "mt-2 underline"
          : "absolute bottom-2 left-2 z-10 max-w-[60%] rounded-md border border-slate-400 bg-white/95 px-2 text-left shadow"
      }`}
      data-testid="forget-always-load"
      onClick={() => forgetAlwaysLoad(kind)}
    >
      {text}
    </button>
  );
}
