"use client";
import { Search } from "lucide-react";
import { type KeyboardEvent, useId, useRef, useState } from "react";
import type { LatLng } from "./types";

/** A place found by address search (core's geo.search). */
export interface AddressResult extends LatLng {
  label: string;
}

/** The control's strings, in the page's language (the caller translates them, as for MapLabels). */
export interface AddressSearchLabels {
  /** The field's label ("Adres zoeken"). */
  label: string;
  /** Under the field: what to type, and that the search goes to the installation's geocoder. */
  hint: string;
  button: string;
  searching: string;
  /** Nothing found (the person can tap the map instead). */
  noResults: string;
  /** "{count} adressen gevonden. Kies er een met de pijltjestoetsen." (ICU plural, formatted by the caller). */
  found: (count: number) => string;
  /** The list's accessible name. */
  results: string;
  /** Fewer than 3 characters typed. */
  tooShort: string;
  /** More than the limit typed (nothing is cut: the person shortens it). */
  tooLong: (max: number) => string;
}

export const ADDRESS_SEARCH_MIN = 3;

/**
 * Find an address and put the point there: type, press Enter (or the button), choose one of at most five places. A
 * combobox (WAI-ARIA 1.2, list popup): arrow keys move through the places, Enter picks, Escape closes; the count is
 * announced. The search is sent only when the person asks (Nominatim's usage policy forbids searching as one types).
 * `search` calls the server (core's geo.search); its errors' messages are shown as they come (localised there).
 */
export function AddressSearch({
  search,
  onPick,
  labels,
  limit = 200,
}: {
  search: (q: string) => Promise<AddressResult[]>;
  onPick: (place: AddressResult) => void;
  labels: AddressSearchLabels;
  /** The server's limit (core's LIMITS.addressSearch): longer text is refused here with a message, never cut. */
  limit?: number;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [q, setQ] = useState("");
  const [results, setResults] = useState<AddressResult[] | null>(null);
  const [active, setActive] = useState(-1);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const asked = useRef(0);
  const open = results !== null && results.length > 0;

  async function run() {
    const text = q.trim();
    if (text.length < ADDRESS_SEARCH_MIN) {
      setResults(null);
      setMessage({ text: labels.tooShort, problem: true });
      return;
    }
    if (text.length > limit) {
      setResults(null);
      setMessage({ text: labels.tooLong(limit), problem: true });
      return;
    }
    const n = ++asked.current;
    setBusy(true);
    setMessage({ text: labels.searching, problem: false });
    try {
      const found = await search(text);
      if (n !== asked.current) return;
      setResults(found);
      setActive(found.length ? 0 : -1);
      setMessage({ text: found.length ? labels.found(found.length) : labels.noResults, problem: found.length === 0 });
    } catch (e) {
      if (n !== asked.current) return;
      setResults(null);
      setMessage({ text: (e as Error).message, problem: true });
    } finally {
      if (n === asked.current) setBusy(false);
    }
  }

  function pick(place: AddressResult) {
    onPick(place);
    setQ(place.label);
    setResults(null);
    setActive(-1);
    setMessage(null);
    input.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter") {
      // Never submits the surrounding form.
      e.preventDefault();
      const place = open && active >= 0 ? results?.[active] : undefined;
      if (place) pick(place);
      else void run();
    } else if (e.key === "ArrowDown" && open) {
      e.preventDefault();
      setActive((a) => (a + 1) % results.length);
    } else if (e.key === "ArrowUp" && open) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? results.length - 1 : a - 1));
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setResults(null);
      setActive(-1);
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
        {labels.label}
      </label>
      <p id={hintId} className="text-sm text-slate-700">
        {labels.hint}
      </p>
      <div className="relative">
        <div className="flex gap-2">
          <input
            ref={input}
            id={id}
            type="search"
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-describedby={hintId}
            aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
            autoComplete="street-address"
            enterKeyHint="search"
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              if (results) setResults(null);
            }}
            onKeyDown={onKeyDown}
            className="block min-h-11 w-full min-w-0 flex-1 rounded-lg border border-slate-500 bg-white px-3 py-2 text-base text-slate-950 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-slate-950"
          />
          <button
            type="button"
            onClick={() => void run()}
            disabled={busy}
            className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded-lg border border-slate-400 bg-white px-3 text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-slate-950 disabled:opacity-50"
          >
            <Search aria-hidden="true" className="size-5" />
            {labels.button}
          </button>
        </div>
        <div
          id={listId}
          role="listbox"
          aria-label={labels.results}
          hidden={!open}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-y-auto rounded-lg border border-slate-400 bg-white shadow-lg"
        >
          {(results ?? []).map((place, i) => (
            // The input keeps focus and moves the active option (aria-activedescendant); a click or tap picks one.
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works through the combobox input
            <div
              key={`${place.lat},${place.lng},${place.label}`}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(place)}
              className={`cursor-pointer px-3 py-3 text-sm break-words text-slate-950 ${i === active ? "bg-teal-50 outline-2 -outline-offset-2 outline-teal-800" : "hover:bg-slate-100"}`}
            >
              {place.label}
            </div>
          ))}
        </div>
      </div>
      <p aria-live="polite" className={`min-h-5 text-sm ${message?.problem ? "text-red-800" : "text-slate-800"}`}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}
