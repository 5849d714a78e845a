"use client";
import { outboxDb } from "./store";

/** How many entries wait on this device (no passphrase needed: only their number). */
export function waitingCount(): Promise<number> {
  return outboxDb().entries.count();
}
