/**
 * The words of a module's settings form, from the module's own catalogs: `settings.<key>` labels a field,
 * `settingOptions.<key>.<value>` each choice of an enum field. The Modules page shows them in the reader's language;
 * test/plugins/module-texts.test.ts checks every key in nl, fr and en for every registered module.
 */
import { z } from "zod";
import type { Locale, PluginDefinition, PluginManifest } from "./contract";
import { catalogText } from "../i18n/catalog";

interface JsonProperty {
  enum?: unknown[];
}

function properties(manifest: Pick<PluginManifest, "settings">): Record<string, JsonProperty> {
  const schema = z.toJSONSchema(manifest.settings, { io: "input" }) as { properties?: Record<string, JsonProperty> };
  return schema.properties ?? {};
}

/** Every catalog key a module's settings form needs (its labels and, for enum fields, every choice). */
export function settingsTextKeys(manifest: Pick<PluginManifest, "settings">): string[] {
  return Object.entries(properties(manifest)).flatMap(([key, p]) => [
    `settings.${key}`,
    ...(p.enum ?? []).map((v) => `settingOptions.${key}.${String(v)}`),
  ]);
}

export interface SettingText {
  label: string;
  /** The words for each choice of an enum field, by value. */
  options: Record<string, string>;
}

/** A module's settings labels and choices in one language (the key itself where a word is missing). */
export function settingsTexts(plugin: Pick<PluginDefinition, "manifest" | "messages">, locale: Locale): Record<string, SettingText> {
  const catalog = plugin.messages[locale];
  const out: Record<string, SettingText> = {};
  for (const [key, p] of Object.entries(properties(plugin.manifest))) {
    const options: Record<string, string> = {};
    for (const v of p.enum ?? []) options[String(v)] = catalogText(catalog, `settingOptions.${key}.${String(v)}`) ?? String(v);
    out[key] = { label: catalogText(catalog, `settings.${key}`) ?? key, options };
  }
  return out;
}
