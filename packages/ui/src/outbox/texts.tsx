"use client";
import { createContext, type ReactNode, useContext } from "react";

/** The outbox's words, from the web app's catalog (apps/web/src/components/limit-texts.tsx fills them). */
export interface OutboxTexts {
  waiting: (count: number) => string;
  allSent: string;
  sendNow: string;
  sending: string;
  offline: string;
  refusedTitle: string;
  discard: string;
  setTitle: string;
  setHint: string;
  unlockTitle: string;
  unlockHint: string;
  passphrase: string;
  repeat: string;
  setButton: string;
  unlockButton: string;
  wrong: string;
  tooShort: (min: number) => string;
  tooLong: (max: number) => string;
  mismatch: string;
  forgot: string;
  forgotConfirm: (count: number) => string;
  signOutWarning: (count: number) => string;
}

const OutboxTextsContext = createContext<OutboxTexts | null>(null);

export function OutboxTextsProvider({ texts, children }: { texts: OutboxTexts; children: ReactNode }) {
  return <OutboxTextsContext.Provider value={texts}>{children}</OutboxTextsContext.Provider>;
}

export function useOutboxTexts(): OutboxTexts {
  const t = useContext(OutboxTextsContext);
  if (!t) throw new Error("OutboxTextsProvider is missing");
  return t;
}
