/**
 * Sensitive fields: one rule for every read and write of them, in core and in every module.
 *
 * A field is declared once (core's below, a module's in `server.sensitiveFields`) with the permission it needs. In a
 * tenant request the database client is guarded (guard.ts): without the permission every row of that model that comes
 * back — from any query, nested includes too — carries the declared empty value instead, and a write that sets the
 * field answers FORBIDDEN; with the permission, every row read with a value in the field writes an audit event.
 * Exports are redacted with the same rule (`redactRows`). Raw SQL is not seen by the guard: never select a sensitive
 * column in raw SQL (a test greps for it).
 */
import type { PermissionKey } from "../permissions/registry";

export interface SensitiveFieldRule {
  /** Prisma model name, e.g. "Person". */
  model: string;
  /** Field -> the value a member without the permission gets instead (null, [] ...). */
  fields: Readonly<Record<string, unknown>>;
  permission: PermissionKey;
  /** The audit action of a read (default "<model>.sensitive_read" in lower case). */
  auditAction?: string;
}

/** Core's own sensitive fields. */
export const CORE_SENSITIVE_FIELDS: readonly SensitiveFieldRule[] = [
  // Notes by professionals about a person (health, money, family): only with their own permission.
  { model: "Person", fields: { notes: null }, permission: "core.people.sensitive", auditAction: "person.sensitive_read" },
  // The contact point's internal notes on a message.
  { model: "ContactMessage", fields: { notes: null }, permission: "core.contact.notes", auditAction: "contact.notes_read" },
];

export function auditActionOf(rule: SensitiveFieldRule): string {
  return rule.auditAction ?? `${rule.model.toLowerCase()}.sensitive_read`;
}
