/**
 * @zorgzaam/ui/outbox: offline entry for any module (ADR 0028). A page puts `<OfflinePage />` (kept for use without
 * network) and `<OutboxStatus />` (what waits, "Nu versturen", refusals, the passphrase); its form calls
 * `enqueue({ tenant, path, input })` with an outbox-capable procedure's path and an input carrying its idempotency
 * key. The words come from `OutboxTextsProvider`.
 */
export { FIELD_PAGES_CACHE, OUTBOX_SESSION_KEY, STATIC_CACHE } from "./cache-names";
export { clearFieldPages, OfflinePage } from "./offline-page";
export { discard, enqueue, lock, type OutboxState, type RefusedEntry, replay, resetDevice, start } from "./outbox";
export { OutboxStatus } from "./outbox-status";
export { PASSPHRASE_MAX, PASSPHRASE_MIN, PassphraseForm } from "./passphrase-form";
export { SignOutGuard } from "./sign-out-guard";
export { type OutboxTexts, OutboxTextsProvider, useOutboxTexts } from "./texts";
export { useOutbox } from "./use-outbox";
