import type { Reason } from "./matching";

/** The words of the reasons in one language (the catalog's `reasons`), with {placeholders}. */
export type ReasonWords = Readonly<Record<Reason["code"], string>>;

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** A language code in the reader's language ("ar" -> "Arabisch" for nl), the code itself when unknown. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One candidate's reasons as one line in the reader's language: "op 300 m, spreekt Arabisch, nog geen hulp deze maand". */
export function explain(reasons: readonly Reason[], words: ReasonWords, locale: string): string {
  return reasons
    .map((r) => {
      switch (r.code) {
        case "speaks":
          return fill(words.speaks, { language: languageName(r.language, locale) });
        case "distance":
          return fill(words.distance, { meters: r.meters });
        case "days":
          return fill(words.days, { shared: r.shared });
        case "load":
          return fill(words.load, { count: r.count, max: r.max });
        case "helpedBefore":
          return fill(words.helpedBefore, { count: r.count });
        default:
          return words[r.code];
      }
    })
    .join(", ");
}
