import type { PermissionKey } from "../permissions/registry";
import { LOCALES, type PluginManifest } from "./contract";

/** Segments a module id may not take: they are core pages under /t/<slug>/. */
export const RESERVED_IDS = [
  "core",
  "neighbourhoods",
  "organisations",
  "people",
  "members",
  "roles",
  "audit",
  "settings",
  "modules",
  "invite",
  "api",
  "m",
];

/** Problems with a manifest, in plain words; empty when it is valid. */
export function manifestProblems(m: PluginManifest): string[] {
  const out: string[] = [];
  if (!/^[a-z][a-z0-9-]{1,40}$/.test(m.id)) out.push(`id "${m.id}" must be lower case letters, digits and dashes`);
  if (RESERVED_IDS.includes(m.id)) out.push(`id "${m.id}" is reserved`);
  for (const l of LOCALES) {
    if (!m.name?.[l]?.trim()) out.push(`name.${l} is missing`);
    if (!m.description?.[l]?.trim()) out.push(`description.${l} is missing`);
  }
  if (!/^[a-z][a-z0-9-]*$/.test(m.icon ?? "")) out.push(`icon "${m.icon ?? ""}" must be the name of a module icon, not an emoji`);
  if (m.dependsOn.includes(m.id)) out.push("a module cannot depend on itself");
  const keys = new Set<string>();
  for (const p of m.permissions) {
    if (!p.key.startsWith(`${m.id}.`)) out.push(`permission ${p.key} must start with "${m.id}."`);
    if (!/^[a-z][a-z0-9-]*\.[a-z][a-zA-Z0-9_]*\.[a-z][a-zA-Z0-9_]*$/.test(p.key))
      out.push(`permission ${p.key} must look like <id>.<resource>.<action>`);
    if (keys.has(p.key)) out.push(`permission ${p.key} is declared twice`);
    keys.add(p.key);
  }
  for (const n of m.navigation) {
    if (!keys.has(n.permission)) out.push(`navigation "${n.path}" needs ${n.permission}, which the module does not declare`);
  }
  for (const c of m.consentPurposes ?? []) {
    if (!c.key.startsWith(`${m.id}.`) || !/^[a-z][a-z0-9-]*\.[a-z][a-z0-9_]*$/.test(c.key))
      out.push(`consent purpose ${c.key} must look like ${m.id}.<word>`);
    for (const l of LOCALES) if (!c.label?.[l]?.trim()) out.push(`consent purpose ${c.key}: label.${l} is missing`);
  }
  for (const event of Object.keys(m.auditEvents ?? {})) {
    if (!event.startsWith(`${m.id}.`)) out.push(`audit event ${event} must start with "${m.id}."`);
  }
  const parsed = m.settings.safeParse({});
  if (!parsed.success) out.push(`settings must parse from {} (give every field a default): ${parsed.error.issues[0]?.message ?? ""}`);
  return out;
}

export function assertManifest(m: PluginManifest): void {
  const problems = manifestProblems(m);
  if (problems.length) throw new Error(`Module "${m.id}" has an invalid manifest:\n- ${problems.join("\n- ")}`);
}

export function permissionKeys(m: PluginManifest): PermissionKey[] {
  return m.permissions.map((p) => p.key);
}
