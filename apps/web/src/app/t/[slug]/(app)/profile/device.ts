/**
 * A short, readable name for a session's browser and system ("Firefox · Android") from its User-Agent, enough for a
 * person to recognise her own devices; null when nothing is recognised (the page then says "unknown device").
 */
export function deviceOf(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = [
    ["Edg/", "Edge"],
    ["Firefox/", "Firefox"],
    ["Chrome/", "Chrome"],
    ["Chromium/", "Chromium"],
    ["Safari/", "Safari"],
  ].find(([needle]) => userAgent.includes(needle as string))?.[1];
  const system = [
    ["Android", "Android"],
    ["iPhone", "iPhone"],
    ["iPad", "iPad"],
    ["Windows", "Windows"],
    ["Mac OS X", "macOS"],
    ["Linux", "Linux"],
  ].find(([needle]) => userAgent.includes(needle as string))?.[1];
  const parts = [browser, system].filter(Boolean);
  return parts.length ? parts.join(" · ") : null;
}
