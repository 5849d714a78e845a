/** The offset (ms) of a time zone from UTC at a given instant, e.g. +2 h for Brussels in summer. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - Math.floor(instant / 1000) * 1000;
}

/**
 * The first instant of a calendar day ("2026-03-29") in a time zone, so that a date filter means the day as people
 * in Brussels live it, whatever the server's own zone. Returns null for anything that is not a real date.
 */
export function startOfDay(day: string, timeZone = "Europe/Brussels"): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(utc) || new Date(utc).toISOString().slice(0, 10) !== day) return null;
  // Two passes settle days on which the offset changes (daylight saving time).
  let t = utc - offsetAt(utc, timeZone);
  t = utc - offsetAt(t, timeZone);
  return new Date(t);
}

/** The last millisecond of that day in the time zone. */
export function endOfDay(day: string, timeZone = "Europe/Brussels"): Date | null {
  const start = startOfDay(day, timeZone);
  if (!start) return null;
  const next = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + 1))
    .toISOString()
    .slice(0, 10);
  const nextStart = startOfDay(next, timeZone);
  return nextStart ? new Date(nextStart.getTime() - 1) : null;
}
