"use client";
import { createContext, type ReactNode, useContext } from "react";

/**
 * The words every form shares (the character limit's counter, the error summary's heading), given once by the app from
 * its catalogs. Only the contexts live here, so that the app's root layout, which gives the words on every page, does
 * not carry the forms' own code (char-limit.tsx, form-errors.tsx) to pages without a form.
 */
export interface LimitTexts {
  /** Always shown under the field: "max. 10.000 tekens". */
  limit: (max: number) => string;
  /** Shown from 80 %: "9.800 / 10.000". */
  count: (length: number, max: number) => string;
  /** Announced when the typing pauses below the limit: "Nog 200 tekens over". */
  remaining: (left: number, max: number) => string;
  /** Shown and announced over the limit: "3 tekens te veel (max. 10.000)". */
  over: (over: number, max: number) => string;
}

const plain = (n: number) => new Intl.NumberFormat().format(n);
/** Without a provider (tests, stories): numbers only, no words in any language. */
const NUMBERS_ONLY: LimitTexts = {
  limit: (max) => `≤ ${plain(max)}`,
  count: (length, max) => `${plain(length)} / ${plain(max)}`,
  remaining: (left, max) => `${plain(max - left)} / ${plain(max)}`,
  over: (over, max) => `${plain(max + over)} / ${plain(max)}`,
};

const LimitTextsContext = createContext<LimitTexts>(NUMBERS_ONLY);

/** The app gives the words (from its catalogs, in the person's language) once, around everything. */
export function LimitTextsProvider({ texts, children }: { texts: LimitTexts; children: ReactNode }) {
  return <LimitTextsContext.Provider value={texts}>{children}</LimitTextsContext.Provider>;
}

export function useLimitTexts(): LimitTexts {
  return useContext(LimitTextsContext);
}

/** The words of the summary, given once by the app (from its catalogs), like the character-limit texts. */
export interface FormTexts {
  /** The summary's heading: "Er is een probleem". */
  summaryTitle: string;
}

const FormTextsContext = createContext<FormTexts>({ summaryTitle: "⚠" });

export function FormTextsProvider({ texts, children }: { texts: FormTexts; children: ReactNode }) {
  return <FormTextsContext.Provider value={texts}>{children}</FormTextsContext.Provider>;
}

export function useFormTexts(): FormTexts {
  return useContext(FormTextsContext);
}
