"use client";
import { useEffect, useSyncExternalStore } from "react";
import { type OutboxState, snapshot, start, subscribe } from "./outbox";

const SERVER: OutboxState = { device: "loading", count: 0, refused: [], sending: false, offline: false };

/** The outbox's state for a component; mounting it starts the outbox (reads the device, sends what waits). */
export function useOutbox(): OutboxState {
  useEffect(() => {
    void start();
  }, []);
  return useSyncExternalStore(subscribe, snapshot, () => SERVER);
}
