"use client";
import { usePluginClient } from "@zorgzaam/ui";
import type { BuurtanalyseRouter } from "../server/router";

export { errorMessage } from "@zorgzaam/ui";

/** The typed client of this module's router, for client components. */
export function useBuurtanalyse() {
  return usePluginClient<BuurtanalyseRouter>("buurtanalyse");
}

/** A form's text field: trimmed, null when empty. */
export function textOf(form: FormData, name: string): string | null {
  const v = String(form.get(name) ?? "").trim();
  return v ? v : null;
}

/** A date field ("2026-05-01") as a date, null when empty. */
export function dateOf(form: FormData, name: string): Date | null {
  const v = String(form.get(name) ?? "").trim();
  return v ? new Date(`${v}T00:00:00Z`) : null;
}

/** A date as the value of an <input type="date">. */
export function dateValue(d: Date | string | null | undefined): string {
  if (!d) return "";
  return new Date(d).toISOString().slice(0, 10);
}
