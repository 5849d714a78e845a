"use client";
import Dexie, { type EntityTable } from "dexie";
import { OUTBOX_DB_NAME } from "./cache-names";
import type { Sealed } from "./crypto";

/** An entry as stored: who may read it is decided by the key; its path and input are inside `sealed`. */
export interface StoredEntry {
  /** The client-made idempotency key: the entry's id here and the call's key on the server. */
  idempotencyKey: string;
  /** The tenant (URL slug) the call goes to. */
  tenant: string;
  createdAt: number;
  attempts: number;
  /** Why the server refused it the last time, in the worker's words; null while it only waits for the network. */
  lastError: { message: string; code: string | null } | null;
  /** { path, input } encrypted with the device key. */
  sealed: Sealed;
}

/** The device's one secret-free row: the salt of the key and a value sealed with it (to check a passphrase). */
export interface DeviceRow {
  id: "device";
  salt: Uint8Array<ArrayBuffer>;
  check: Sealed;
}

export type OutboxDb = Dexie & {
  entries: EntityTable<StoredEntry, "idempotencyKey">;
  device: EntityTable<DeviceRow, "id">;
};

let db: OutboxDb | null = null;

/** The outbox database of this browser (one per origin), opened on first use. */
export function outboxDb(): OutboxDb {
  if (!db) {
    db = new Dexie(OUTBOX_DB_NAME) as OutboxDb;
    db.version(1).stores({ entries: "idempotencyKey, tenant, createdAt", device: "id" });
  }
  return db;
}
