/** Finds the module page for a path: static segments win over [param] segments ("sessions/new" before "sessions/[id]"). */
export function matchModulePage<T>(
  pages: Record<string, T>,
  path: readonly string[],
): { key: string; page: T; params: Record<string, string> } | null {
  const candidates = Object.entries(pages)
    .map(([key, page]) => ({ key, page, segments: key === "" ? [] : key.split("/") }))
    .filter((c) => c.segments.length === path.length)
    .sort((a, b) => staticCount(b.segments) - staticCount(a.segments));
  for (const c of candidates) {
    const params: Record<string, string> = {};
    let ok = true;
    c.segments.forEach((seg, i) => {
      const value = path[i] ?? "";
      const dyn = /^\[(\w+)\]$/.exec(seg);
      if (dyn?.[1]) params[dyn[1]] = value;
      else if (seg !== value) ok = false;
    });
    if (ok) return { key: c.key, page: c.page, params };
  }
  return null;
}

function staticCount(segments: string[]) {
  return segments.filter((s) => !s.startsWith("[")).length;
}
