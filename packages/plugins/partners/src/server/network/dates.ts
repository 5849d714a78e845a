/** Calendar days as the people of the tenant live them: in Brussels (the project's region). */
export const TIME_ZONE = "Europe/Brussels";

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** Whether a text is a real calendar day "YYYY-MM-DD" (1900 to 9999). Pure: the changes page checks its URL with it. */
export function isCalendarDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= "1900-01-01" && s <= "9999-12-30";
}

/** "YYYY-MM-DD" of an instant, in Brussels. */
export function brusselsDay(at: Date): string {
  return dayFormat.format(at);
}

/** The instant a calendar day starts in Brussels (midnight local time, summer or winter time). */
export function startOfDay(day: string): Date {
  const utc = new Date(`${day}T00:00:00.000Z`);
  const p = Object.fromEntries(partsFormat.formatToParts(utc).map((x) => [x.type, x.value]));
  const local = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return new Date(utc.getTime() - (local - utc.getTime()));
}

/** The day after a calendar day. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T12:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The same moment `months` calendar months earlier (end of month clamps, e.g. 31 March - 1 = 28/29 February). */
export function monthsBefore(at: Date, months: number): Date {
  const d = new Date(at);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}
