import type { PERSON_KINDS as CORE_KINDS } from "@zorgzaam/core/routers/people";

// Mirrors PERSON_KINDS in @zorgzaam/core (routers/people.ts, a server module client code must not import).
export const PERSON_KINDS = ["resident", "volunteer", "key_figure", "informal_carer", "other"] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

// Fails to compile when core's list of kinds changes and this one does not.
type Core = (typeof CORE_KINDS)[number];
const inStep: [Core] extends [PersonKind] ? ([PersonKind] extends [Core] ? true : never) : never = true;
void inStep;

export function isPersonKind(v: string | undefined): v is PersonKind {
  return (PERSON_KINDS as readonly string[]).includes(v ?? "");
}

/** Language codes as a readable name in the interface language ("ar" -> "Arabisch"), falling back to the code. */
export function languageNamer(locale: string): (code: string) => string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: "language" });
  } catch {
    names = null;
  }
  return (code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  };
}
