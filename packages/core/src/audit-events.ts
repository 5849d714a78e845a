/**
 * Which audit events exist, and the words for them. Core's events and target types are listed here, their labels in
 * the web app's catalogs (`audit.actions.<event with _ for .>`, `audit.targets.<Type>`); a module declares its own in
 * its manifest (`auditEvents`, `auditTargets`) with label keys in its catalog. The audit log shows the label in the
 * reader's language; test/plugins/module-texts.test.ts checks every label in nl, fr and en and refuses an event
 * written in the source that is declared nowhere.
 */
import type { PluginManifest } from "./plugins/contract";

export const CORE_AUDIT_EVENTS = [
  "auth.password_changed",
  "auth.signout_elsewhere",
  "auth.signout_everywhere",
  "consent.given",
  "consent.withdrawn",
  "consent_purpose.added",
  "consent_purpose.archived",
  "consent_purpose.restored",
  "contact.notes_read",
  "contact.received",
  "contact.replied",
  "contact.updated",
  "document.downloaded",
  "document.requested",
  "file.accepted",
  "file.deleted",
  "file.rejected",
  "file.uploaded",
  "invitation.accepted",
  "invitation.created",
  "invitation.revoked",
  "member.removed",
  "member.updated",
  "module.disabled",
  "module.enabled",
  "module.public_changed",
  "module.settings_updated",
  "neighbourhood.created",
  "neighbourhood.deleted",
  "neighbourhood.updated",
  "operator.job_retried",
  "operator.tenant_created",
  "organisation.created",
  "organisation.deleted",
  "organisation.updated",
  "person.created",
  "person.erase_requested",
  "person.erased",
  "person.export_requested",
  "person.exported",
  "person.merged",
  "person.sensitive_read",
  "person.updated",
  "roles.permission_changed",
  "tenant.logo_removed",
  "tenant.logo_set",
  "tenant.settings_updated",
] as const;

/** Subjects people filter on (an action prefix), with a label like the events'. */
export const CORE_AUDIT_SUBJECTS = [
  "member.",
  "invitation.",
  "roles.",
  "neighbourhood.",
  "organisation.",
  "person.",
  "file.",
  "document.",
  "consent.",
  "contact.",
  "tenant.",
  "operator.",
] as const;

export const CORE_AUDIT_TARGETS = [
  "ConsentPurpose",
  "ContactMessage",
  "GeneratedDocument",
  "Invitation",
  "Job",
  "Membership",
  "Module",
  "Neighbourhood",
  "Organisation",
  "Person",
  "Role",
  "StoredFile",
  "Tenant",
] as const;

/** The key (from the catalog root) of a core event's or subject's label in the web app's catalog. */
export function coreAuditLabelKey(action: string): string {
  return `audit.actions.${action.replace(/\.$/, "").replaceAll(".", "_")}`;
}

/** The key (from the catalog root) of a core target type's label in the web app's catalog. */
export function coreAuditTargetKey(type: string): string {
  return `audit.targets.${type}`;
}

type WithManifest = { manifest: Pick<PluginManifest, "id" | "auditEvents" | "auditTargets"> };

/**
 * The catalog key (from the root, where each module's catalog sits under its id) of an audit event's label: a
 * module's declared label, else core's; undefined for an event declared nowhere (the log shows its raw name).
 */
export function auditEventLabelKey(action: string, plugins: readonly WithManifest[]): string | undefined {
  for (const p of plugins) {
    const key = p.manifest.auditEvents?.[action];
    if (key) return `${p.manifest.id}.${key}`;
  }
  return (CORE_AUDIT_EVENTS as readonly string[]).includes(action) || (CORE_AUDIT_SUBJECTS as readonly string[]).includes(action)
    ? coreAuditLabelKey(action)
    : undefined;
}

/** The catalog key (from the root) of an audit target type's label: a module's declared label, else core's. */
export function auditTargetLabelKey(type: string, plugins: readonly WithManifest[]): string | undefined {
  for (const p of plugins) {
    const key = p.manifest.auditTargets?.[type];
    if (key) return `${p.manifest.id}.${key}`;
  }
  return (CORE_AUDIT_TARGETS as readonly string[]).includes(type) ? coreAuditTargetKey(type) : undefined;
}
