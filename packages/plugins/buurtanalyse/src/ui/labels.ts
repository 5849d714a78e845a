import type { SectionStatus } from "../domain";

/** The badge tone of a section's status. */
export const statusTone = (s: SectionStatus) =>
  (s === "klaar" ? "good" : s === "bezig" ? "warn" : "neutral") as "good" | "warn" | "neutral";

/** A date for the pages, in the reader's language (dates of the analysis are days, stored at UTC midnight). */
export function day(d: Date | string | null | undefined, locale: string): string {
  if (!d) return "";
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : `${locale}-BE`, {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(d));
}

export function dayTime(d: Date | string | null | undefined, locale: string): string {
  if (!d) return "";
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : `${locale}-BE`, {
    timeZone: "Europe/Brussels",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(d));
}
