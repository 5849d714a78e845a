import type { Texts } from "../survey";

/** A survey text in the reader's language, else Dutch, else any language it has. */
export function textIn(texts: Texts, locale: string): string {
  return texts[locale as keyof Texts] || texts.nl || texts.fr || texts.en || "";
}
