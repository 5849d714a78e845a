/**
 * What a consent is for: a key from the tenant's list, never free text. The list is core's built-in purposes, the
 * purposes that switched-on modules declare in their manifest (`consentPurposes`), and the tenant's own
 * (ConsentPurpose rows). Free text about one consent goes into its note, which erasure clears; the purpose itself names
 * no one, so it may stay in the audit trail and as evidence after an erasure.
 */
import type { Tx } from "../db/client";
import type { Localised } from "../plugins/contract";
import { installedPlatform } from "../platform/installed";
import { enabledModuleIds } from "../plugins/state";

export interface ConsentPurposeInfo {
  key: string;
  label: Localised;
  /** "core", a module id, or "tenant". */
  source: string;
  /** False for an archived tenant purpose or one of a switched-off module: shown on earlier consents, not offered. */
  active: boolean;
}

/** Core's purposes, in our own words. "other" asks for a note. */
export const CORE_CONSENT_PURPOSES: readonly ConsentPurposeInfo[] = [
  {
    key: "contact",
    label: { nl: "Contact opnemen", fr: "Être recontacté·e", en: "Being contacted" },
    source: "core",
    active: true,
  },
  {
    key: "follow_up",
    label: { nl: "Opvolging door een hulpverlener", fr: "Suivi par un·e professionnel·le", en: "Follow-up by a professional" },
    source: "core",
    active: true,
  },
  {
    key: "share_partners",
    label: {
      nl: "Gegevens delen met partnerorganisaties",
      fr: "Partager les données avec les organisations partenaires",
      en: "Sharing details with partner organisations",
    },
    source: "core",
    active: true,
  },
  {
    key: "photos",
    label: { nl: "Foto's gebruiken", fr: "Utiliser des photos", en: "Using photos" },
    source: "core",
    active: true,
  },
  {
    key: "other",
    label: { nl: "Ander doel (zie nota)", fr: "Autre finalité (voir note)", en: "Other purpose (see note)" },
    source: "core",
    active: true,
  },
];

export const PURPOSE_KEY = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

/**
 * Every purpose of the tenant bound to tx: active ones may be chosen now; inactive ones (archived, or of a switched-off
 * module) only label consents recorded earlier.
 */
export async function consentPurposes(tx: Tx): Promise<ConsentPurposeInfo[]> {
  const enabled = await enabledModuleIds(tx);
  const modules = installedPlatform().consentPurposes.map((c) => ({
    key: c.key,
    label: c.label,
    source: c.module,
    active: enabled.has(c.module),
  }));
  const own = await tx.consentPurpose.findMany({ orderBy: { createdAt: "asc" }, select: { key: true, label: true, archivedAt: true } });
  const tenant = own.map((r) => ({ key: r.key, label: r.label as unknown as Localised, source: "tenant", active: !r.archivedAt }));
  return [...CORE_CONSENT_PURPOSES, ...modules, ...tenant];
}

/** A key for a tenant's new purpose, from its Dutch label: "tenant.<words>". */
export function tenantPurposeKey(label: string): string {
  const words = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40);
  return `tenant.${/^[a-z]/.test(words) ? words : `p_${words}`}`;
}
