import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { flattenCatalog } from "@zorgzaam/core/i18n/catalog";
import { LOCALES } from "@zorgzaam/core/i18n/locales";
import { corePermissions, permissionLabelKey, ROLES } from "@zorgzaam/core/permissions-public";

const dir = path.resolve(import.meta.dirname, "../../messages");
const locales = LOCALES;

const catalogs = Object.fromEntries(
  locales.map((l) => [l, flattenCatalog(JSON.parse(readFileSync(path.join(dir, `${l}.json`), "utf8")))]),
) as Record<(typeof locales)[number], Map<string, string>>;

/** Names of the arguments a message uses ({name}, {count, plural, ...}), from the parsed message. */
function argumentsOf(ast: unknown[]): Set<string> {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const n of nodes as { type: number; value?: unknown; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      if (n.type >= 1 && n.type <= 6 && typeof n.value === "string") names.add(n.value);
      if (n.options) for (const o of Object.values(n.options)) walk(o.value);
      if (n.children) walk(n.children);
    }
  };
  walk(ast);
  return names;
}

describe("message catalogs", () => {
  it("has exactly nl, fr and en", () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort(),
    ).toEqual(["en.json", "fr.json", "nl.json"]);
  });

  it("every locale has every key another locale has", () => {
    const all = new Set(locales.flatMap((l) => [...catalogs[l].keys()]));
    expect(all.size).toBeGreaterThan(50);
    const missing = locales.flatMap((l) => [...all].filter((k) => !catalogs[l].has(k)).map((k) => `${l}: ${k}`));
    expect(missing).toEqual([]);
  });

  it("every message is valid ICU and uses the same placeholders in every locale", () => {
    const problems: string[] = [];
    for (const key of catalogs.nl.keys()) {
      const vars = locales.map((l) => {
        const msg = catalogs[l].get(key) ?? "";
        if (!msg.trim()) problems.push(`${l}: ${key} is empty`);
        try {
          return [...argumentsOf(new IntlMessageFormat(msg, l).getAst())].sort().join(",");
        } catch (e) {
          problems.push(`${l}: ${key}: ${(e as Error).message}`);
          return "?";
        }
      });
      if (new Set(vars).size > 1) problems.push(`${key}: placeholders differ (${vars.join(" | ")})`);
    }
    expect(problems).toEqual([]);
  });

  it("labels every registered permission and role", () => {
    const missing = [...corePermissions.map((p) => `permissions.${permissionLabelKey(p.key)}`), ...ROLES.map((r) => `roles.${r}`)].filter(
      (k) => locales.some((l) => !catalogs[l].has(k)),
    );
    expect(missing).toEqual([]);
  });
});
