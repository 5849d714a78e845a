"use client";
import { TRPCClientError } from "@trpc/client";
import { createUntypedPlatformClient } from "../trpc-client";
import { OUTBOX_SESSION_KEY } from "./cache-names";
import { deriveKey, exportKey, importKey, open, randomBytes, seal } from "./crypto";
import { outboxDb, type StoredEntry } from "./store";

/**
 * The phone's outbox (ADR 0028): calls of outbox-capable mutations saved on the device, encrypted, and sent through
 * the platform's normal tRPC endpoint when the network is there. One instance per page (module state), shared by
 * every component through `useOutbox` (./use-outbox.ts).
 */

export type DeviceState = "loading" | "none" | "locked" | "unlocked";

export interface RefusedEntry {
  idempotencyKey: string;
  createdAt: number;
  message: string;
  code: string | null;
}

export interface OutboxState {
  device: DeviceState;
  /** Entries waiting on this device (readable without the passphrase: only their number). */
  count: number;
  /** Entries the server refused (a closed survey, an old version): kept, with the server's words. */
  refused: RefusedEntry[];
  sending: boolean;
  /** The network failed on the last try (entries wait for the next `online`). */
  offline: boolean;
}

/** The passphrase does not open this device's outbox. */
export class WrongPassphrase extends Error {
  constructor() {
    super("wrong passphrase");
  }
}

const SESSION_KEY = OUTBOX_SESSION_KEY;
const CHECK = "zorgzaam-outbox";

let state: OutboxState = { device: "loading", count: 0, refused: [], sending: false, offline: false };
let key: CryptoKey | null = null;
const listeners = new Set<() => void>();

function set(next: Partial<OutboxState>) {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

export function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function snapshot(): OutboxState {
  return state;
}

function refusedOf(entries: StoredEntry[]): RefusedEntry[] {
  return entries.flatMap((e) =>
    e.lastError ? [{ idempotencyKey: e.idempotencyKey, createdAt: e.createdAt, message: e.lastError.message, code: e.lastError.code }] : [],
  );
}

async function refresh(): Promise<void> {
  const entries = await outboxDb().entries.orderBy("createdAt").toArray();
  set({ count: entries.length, refused: refusedOf(entries) });
}

let started: Promise<void> | null = null;

/** Reads the device's state (and the session's key), then sends what waits: "on app start". Idempotent. */
export function start(): Promise<void> {
  started ??= (async () => {
    const device = await outboxDb().device.get("device");
    if (device) {
      const saved = sessionStorage.getItem(SESSION_KEY);
      key = saved ? await importKey(saved).catch(() => null) : null;
      const fits = key
        ? await open<string>(key, device.check).then(
            (v) => v === CHECK,
            () => false,
          )
        : false;
      if (!fits) key = null;
    }
    // The count first, so the screen never shows "nothing waits" for a moment while entries do.
    await refresh();
    set({ device: !device ? "none" : key ? "unlocked" : "locked" });
    window.addEventListener("online", () => void replay());
    void replay();
  })();
  return started;
}

async function keep(k: CryptoKey) {
  key = k;
  sessionStorage.setItem(SESSION_KEY, await exportKey(k));
  set({ device: "unlocked" });
}

/** The first time on this device: the passphrase that will lock the outbox. */
export async function setPassphrase(passphrase: string): Promise<void> {
  const salt = randomBytes(16);
  const k = await deriveKey(passphrase, salt);
  await outboxDb().device.put({ id: "device", salt, check: await seal(k, CHECK) });
  await keep(k);
  void replay();
}

/** Once per browser session: opens the outbox with the device's passphrase (WrongPassphrase when it does not fit). */
export async function unlock(passphrase: string): Promise<void> {
  const device = await outboxDb().device.get("device");
  if (!device) return setPassphrase(passphrase);
  const k = await deriveKey(passphrase, device.salt);
  const ok = await open<string>(k, device.check).then(
    (v) => v === CHECK,
    () => false,
  );
  if (!ok) throw new WrongPassphrase();
  await keep(k);
  void replay();
}

/** A forgotten passphrase: the waiting entries cannot be read by anyone, so they are deleted with the device's key. */
export async function resetDevice(): Promise<void> {
  const db = outboxDb();
  await db.transaction("rw", db.entries, db.device, async () => {
    await db.entries.clear();
    await db.device.clear();
  });
  key = null;
  sessionStorage.removeItem(SESSION_KEY);
  set({ device: "none" });
  await refresh();
}

/** Signing out: the session's key is forgotten (the entries stay, locked, for the next session). */
export function lock(): void {
  key = null;
  sessionStorage.removeItem(SESSION_KEY);
  if (state.device === "unlocked") set({ device: "locked" });
}

/** Saves a call on the device (its input must carry its idempotency key) and tries to send at once. */
export async function enqueue<I extends { idempotencyKey: string }>(call: { tenant: string; path: string; input: I }): Promise<void> {
  if (!key) throw new Error("outbox is locked");
  await outboxDb().entries.put({
    idempotencyKey: call.input.idempotencyKey,
    tenant: call.tenant,
    createdAt: Date.now(),
    attempts: 0,
    lastError: null,
    sealed: await seal(key, { path: call.path, input: call.input }),
  });
  await refresh();
  void replay();
}

/** Removes one entry (the worker discards a refused answer after reading why). */
export async function discard(idempotencyKey: string): Promise<void> {
  await outboxDb().entries.delete(idempotencyKey);
  await refresh();
}

type Outcome = "sent" | "refused" | "network";

function outcomeOf(e: unknown): { outcome: Outcome; message: string; code: string | null } {
  if (e instanceof TRPCClientError) {
    const data = e.data as { httpStatus?: number; appCode?: string; code?: string } | undefined;
    const status = data?.httpStatus;
    // The server answered with a refusal it will repeat: keep the entry and show why. A server error, a lost
    // session or no answer at all: the entry waits for the next try.
    if (status && status >= 400 && status < 500 && status !== 401 && status !== 408 && status !== 429)
      return { outcome: "refused", message: e.message, code: data?.appCode ?? data?.code ?? null };
  }
  return { outcome: "network", message: e instanceof Error ? e.message : String(e), code: null };
}

let running: Promise<void> | null = null;

/**
 * Sends every waiting entry once, oldest first, each with its idempotency key (a repeat never makes a second effect on
 * the server). Sent entries are removed; refused ones stay with the server's words; on a network failure the run stops
 * and the entries wait. One run at a time per page, and per browser where Web Locks exist.
 */
export function replay(): Promise<void> {
  if (!key || running) return running ?? Promise.resolve();
  const k = key;
  const run = async () => {
    set({ sending: true });
    try {
      const db = outboxDb();
      const entries = await db.entries.orderBy("createdAt").toArray();
      const clients = new Map<string, ReturnType<typeof createUntypedPlatformClient>>();
      let offline = false;
      for (const entry of entries) {
        const current = await db.entries.get(entry.idempotencyKey);
        if (!current) continue; // sent by another tab meanwhile
        const call = await open<{ path: string; input: unknown }>(k, current.sealed);
        let client = clients.get(current.tenant);
        if (!client) {
          client = createUntypedPlatformClient(current.tenant);
          clients.set(current.tenant, client);
        }
        try {
          await client.mutation(call.path, call.input);
          await db.entries.delete(current.idempotencyKey);
        } catch (e) {
          const o = outcomeOf(e);
          await db.entries.update(current.idempotencyKey, {
            attempts: current.attempts + 1,
            ...(o.outcome === "refused" ? { lastError: { message: o.message, code: o.code } } : {}),
          });
          if (o.outcome === "network") {
            offline = true;
            break;
          }
        }
      }
      set({ offline });
      await refresh();
    } finally {
      set({ sending: false });
    }
  };
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  const p: Promise<void> = (locks ? locks.request("zorgzaam-outbox", () => run()).then(() => undefined) : run()).finally(() => {
    running = null;
  });
  running = p;
  return p;
}
