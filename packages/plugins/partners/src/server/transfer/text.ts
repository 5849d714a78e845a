/** Lower case without accents ("Éénheid" → "eenheid"): how headers, values and names are compared. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** A header or value reduced to letters and digits separated by single spaces ("Code postal:" → "code postal"). */
export function simplify(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Text that went through the wrong decoding ("CafÃ©" for "Café", "Ã«" for "ë"): UTF-8 read as Windows-1252. Returns the
 * first garbled fragment, or null.
 */
export function garbled(s: string): string | null {
  const m =
    /\S*(?:Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|Â[\u00a0-\u00bf]|â€)\S*/u.exec(
      s,
    );
  if (m) return m[0].slice(0, 40);
  return s.includes("\ufffd") ? (/\S*\ufffd\S*/u.exec(s)?.[0] ?? "\ufffd").slice(0, 40) : null;
}

/** One line of text: newlines and runs of white space become single spaces. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
