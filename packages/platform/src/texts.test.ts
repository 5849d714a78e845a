/**
 * Every word the platform says about itself exists in nl, fr and en, generated from the registry: core's and every
 * module's error codes (each rendered in each language with its parameters), every module's settings labels and
 * choices, and every audit event and target type (core's and each module's), with a source check that no audit event
 * is written without being declared. The cell counts are asserted, so a new module or code adds cells, never skips.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  auditEventLabelKey,
  auditTargetLabelKey,
  CORE_AUDIT_EVENTS,
  CORE_AUDIT_SUBJECTS,
  CORE_AUDIT_TARGETS,
  coreErrors,
  type ErrorCodes,
  LOCALES,
  type Locale,
  type PluginDefinition,
  settingsTextKeys,
} from "@zorgzaam/core";
import { catalogKeys, catalogText, type MessageCatalog } from "@zorgzaam/core/i18n/catalog";
import { auditActionOf, CORE_SENSITIVE_FIELDS } from "@zorgzaam/core/sensitive/fields";
import { BUILT_DIRS, sourceFiles as walkSources } from "@zorgzaam/core/testing/source-files";
import { describe, expect, it } from "vitest";
import { pluginList as plugins } from "./testing";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const modules = plugins as readonly PluginDefinition[];
type Catalog = MessageCatalog;
const web = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(path.join(ROOT, "apps/web/messages", `${l}.json`), "utf8")) as Catalog]),
) as Record<Locale, Catalog>;

/** The argument names of an ICU message ({mb}, {count, plural, …}), sorted. */
function argumentsOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\s*([a-zA-Z_]\w*)\s*(?:[,}])/g)].map((m) => m[1] ?? ""))].sort();
}

/** Every set of error codes: core's and each module's (each module must declare its own). */
const catalogs: { owner: string; errors: ErrorCodes; messages: Record<Locale, Catalog> }[] = [
  { owner: "core", errors: coreErrors, messages: { nl: {}, fr: {}, en: {} } },
  ...modules.map((p) => ({ owner: p.manifest.id, errors: p.server.errors as ErrorCodes, messages: p.messages as Record<Locale, Catalog> })),
];

describe("error codes", () => {
  it("are declared by every registered module under its own id", () => {
    expect(modules.length).toBeGreaterThanOrEqual(2);
    for (const p of modules) {
      expect(p.server.errors, p.manifest.id).toBeDefined();
      expect(p.server.errors?.namespace).toBe(p.manifest.id);
      for (const code of p.server.errors?.codes() ?? []) expect(code.startsWith(`${p.manifest.id}.`), code).toBe(true);
    }
  });

  it("each say something in nl, fr and en, with the same parameters, filled in", () => {
    let cells = 0;
    let codes = 0;
    for (const { owner, errors } of catalogs) {
      for (const code of errors.codes()) {
        codes++;
        const nl = errors.source("nl", code);
        expect(nl, `${owner} ${code} nl`).toBeTruthy();
        const args = argumentsOf(nl ?? "");
        for (const locale of LOCALES) {
          const text = errors.source(locale, code);
          expect(text?.trim(), `${owner} ${code} ${locale}`).toBeTruthy();
          expect(argumentsOf(text ?? ""), `${owner} ${code} ${locale}: parameters`).toEqual(args);
          const rendered = errors.render(locale, code, Object.fromEntries(args.map((a) => [a, 2])));
          expect(rendered?.trim(), `${owner} ${code} ${locale}`).toBeTruthy();
          expect(rendered, `${owner} ${code} ${locale}: unfilled`).not.toMatch(/[{}]/);
          cells++;
        }
      }
    }
    expect(cells).toBe(codes * LOCALES.length);
    expect(codes).toBeGreaterThan(200);
  });

  it("say the same Dutch words the same way in French and English, whoever declares them", () => {
    // A schema's own message is found back by its Dutch words (zodMessage), so equal Dutch must mean equal elsewhere.
    const byDutch = new Map<string, { owner: string; code: string; fr?: string; en?: string }>();
    const clashes: string[] = [];
    for (const { owner, errors } of catalogs) {
      for (const code of errors.codes()) {
        const nl = errors.source("nl", code) ?? "";
        const here = { owner, code, fr: errors.source("fr", code), en: errors.source("en", code) };
        const first = byDutch.get(nl);
        if (!first) byDutch.set(nl, here);
        else if (first.fr !== here.fr || first.en !== here.en) clashes.push(`${first.owner} ${first.code} / ${owner} ${code}: "${nl}"`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("have no words without a code, and the same words in every language", () => {
    for (const { owner, errors, messages } of catalogs) {
      if (!errors.namespace) continue; // core's catalog also holds validation words; its codes are checked above
      const declared = new Set(errors.codes().map((c) => errors.keyOf(c)));
      const nlKeys = catalogKeys(messages.nl.errors, "errors").sort();
      expect(
        nlKeys.filter((k) => !declared.has(k)),
        `${owner}: words without a code`,
      ).toEqual([]);
      for (const locale of LOCALES) expect(catalogKeys(messages[locale].errors, "errors").sort(), `${owner} ${locale}`).toEqual(nlKeys);
    }
  });
});

describe("module settings", () => {
  it("have a label for every field and every choice, in nl, fr and en", () => {
    let cells = 0;
    let keys = 0;
    for (const p of modules) {
      const needed = settingsTextKeys(p.manifest);
      expect(needed.length, p.manifest.id).toBe(
        Object.keys(p.manifest.settings.shape).length + needed.filter((k) => k.startsWith("settingOptions.")).length,
      );
      keys += needed.length;
      for (const key of needed)
        for (const locale of LOCALES) {
          expect(catalogText(p.messages[locale] as Catalog, key)?.trim(), `${p.manifest.id} ${locale} ${key}`).toBeTruthy();
          cells++;
        }
    }
    expect(cells).toBe(keys * LOCALES.length);
    expect(keys).toBeGreaterThanOrEqual(6);
  });
});

/** Audit events written in a file: `action: "x.y"` and `action: cond ? "x.y" : "x.z"`. */
function writtenEvents(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/\baction:\s*([^,\n}]*)/g)) {
    for (const s of (m[1] ?? "").matchAll(/"([a-z][a-z0-9_-]*\.[a-z0-9_.]+)"/g)) out.push(s[1] ?? "");
  }
  return out;
}

/** The non-test TypeScript files below a repository folder (absolute paths); the test kit is test code too. */
function sourceFiles(dir: string): string[] {
  return walkSources([path.relative(ROOT, dir)], { pattern: /\.tsx?$/, skip: [...BUILT_DIRS, "e2e"] })
    .filter((f) => !/\.test\.tsx?$/.test(f) && !f.startsWith("packages/core/src/testing/"))
    .map((f) => path.join(ROOT, f));
}

describe("audit events", () => {
  it("have a label for every event and target type, core's and every module's, in nl, fr and en", () => {
    let cells = 0;
    const labels: [owner: string, key: string | undefined][] = [
      ...[...CORE_AUDIT_EVENTS, ...CORE_AUDIT_SUBJECTS].map(
        (e) => ["core", auditEventLabelKey(e, modules)] as [string, string | undefined],
      ),
      ...CORE_AUDIT_TARGETS.map((t) => ["core", auditTargetLabelKey(t, modules)] as [string, string | undefined]),
    ];
    for (const p of modules) {
      for (const e of Object.keys(p.manifest.auditEvents ?? {})) labels.push([p.manifest.id, auditEventLabelKey(e, modules)]);
      for (const t of Object.keys(p.manifest.auditTargets ?? {})) labels.push([p.manifest.id, auditTargetLabelKey(t, modules)]);
    }
    for (const [owner, key] of labels) {
      expect(key, owner).toBeTruthy();
      for (const locale of LOCALES) {
        // The web app mounts each module's catalog under its id, beside core's.
        const root = { ...web[locale], ...Object.fromEntries(modules.map((p) => [p.manifest.id, p.messages[locale]])) } as Catalog;
        expect(catalogText(root, key ?? "")?.trim(), `${owner} ${locale} ${key}`).toBeTruthy();
        cells++;
      }
    }
    expect(cells).toBe(labels.length * LOCALES.length);
    const moduleLabels = modules.reduce(
      (n, p) => n + Object.keys(p.manifest.auditEvents ?? {}).length + Object.keys(p.manifest.auditTargets ?? {}).length,
      0,
    );
    expect(labels.length).toBe(CORE_AUDIT_EVENTS.length + CORE_AUDIT_SUBJECTS.length + CORE_AUDIT_TARGETS.length + moduleLabels);
  });

  it("are declared wherever they are written (core and web: core's list; a module: its manifest)", () => {
    const core = new Set<string>([...CORE_AUDIT_EVENTS, ...CORE_SENSITIVE_FIELDS.map(auditActionOf)]);
    const undeclared: string[] = [];
    let seen = 0;
    for (const dir of ["packages/core/src", "apps/web/src", "apps/worker/src"]) {
      for (const f of sourceFiles(path.join(ROOT, dir))) {
        for (const e of writtenEvents(readFileSync(f, "utf8"))) {
          seen++;
          if (!core.has(e)) undeclared.push(`${path.relative(ROOT, f)}: ${e}`);
        }
      }
    }
    for (const p of modules) {
      const own = new Set(Object.keys(p.manifest.auditEvents ?? {}));
      for (const rule of p.server.sensitiveFields ?? []) expect(own.has(auditActionOf(rule)), auditActionOf(rule)).toBe(true);
      for (const f of sourceFiles(path.join(ROOT, "packages/plugins", p.manifest.id, "src"))) {
        for (const e of writtenEvents(readFileSync(f, "utf8"))) {
          seen++;
          if (!own.has(e)) undeclared.push(`${path.relative(ROOT, f)}: ${e}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(undeclared).toEqual([]);
  });

  it("are found by the source check in every form it knows (so it can fail)", () => {
    expect(writtenEvents(`await ctx.audit({ action: "partners.actor.created", targetType: "PartnersActor" });`)).toEqual([
      "partners.actor.created",
    ]);
    expect(writtenEvents(`action: input.archived ? "partners.actor.archived" : "partners.actor.restored",`)).toEqual([
      "partners.actor.archived",
      "partners.actor.restored",
    ]);
    expect(writtenEvents(`data: { action: "skip" }`)).toEqual([]);
  });
});
