/** Calendar days as the people of the tenant live them: in Brussels. */
export const TIME_ZONE = "Europe/Brussels";

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** "YYYY-MM-DD" of an instant, in Brussels. */
export function brusselsDay(at: Date): string {
  return dayFormat.format(at);
}

/** A calendar day as PostgreSQL's date column comes back (midnight UTC of that day). */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** "YYYY-MM-DD" of a date column value. */
export function dateColumnDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function todayInBrussels(now: Date = new Date()): Date {
  return dayAsDate(brusselsDay(now));
}

export const OPEN_STATUSES = ["open", "in_progress"] as const;

/** An action point is overdue when it is still open and its due day lies before today (Brussels). */
export function isOverdue(a: { status: string; dueDate: Date | null }, now: Date = new Date()): boolean {
  if (!a.dueDate || !(OPEN_STATUSES as readonly string[]).includes(a.status)) return false;
  return dateColumnDay(a.dueDate) < brusselsDay(now);
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}
