import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatSource from "use-intl/format-message";
import formatCompiled from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import { flattenCatalog } from "@zorgzaam/core/i18n/catalog";
import { LOCALES } from "@zorgzaam/core/i18n/locales";
import { moduleMessages } from "@zorgzaam/platform/messages";
import { compileMessage, formatEither, precompile } from "./precompile";

/** Every catalog the web app serves: its own and each module's, in nl, fr and en. */
const catalogs = LOCALES.flatMap((locale) => [
  {
    name: `web ${locale}`,
    locale,
    texts: flattenCatalog(JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../messages/${locale}.json`), "utf8"))),
  },
  ...Object.entries(moduleMessages).map(([id, m]) => ({ name: `${id} ${locale}`, locale, texts: flattenCatalog(m[locale], id) })),
]);

type Node = { type: number; value?: unknown; options?: Record<string, { value: Node[] }>; pluralType?: string; children?: Node[] };

/** What each argument of a message is, from its parsed form: plain, number, date, select (with its cases), tag. */
function argumentsOf(ast: Node[]) {
  const args = new Map<string, { kind: "plain" | "number" | "date" | "tag" | "select"; cases?: string[] }>();
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      const name = n.value as string;
      if (n.type === 1 && !args.has(name)) args.set(name, { kind: "plain" });
      if (n.type === 2 || n.type === 6) args.set(name, { kind: "number" });
      if (n.type === 3 || n.type === 4) args.set(name, { kind: "date" });
      if (n.type === 5) args.set(name, { kind: "select", cases: Object.keys(n.options ?? {}) });
      if (n.type === 8) args.set(name, { kind: "tag" });
      if (n.options) for (const o of Object.values(n.options)) walk(o.value);
      if (n.children) walk(n.children);
    }
  };
  walk(ast);
  return args;
}

const NUMBERS = [0, 1, 2, 5, 21, 1234.5];

/** Sets of values that take every plural form and every select case of the message at least once. */
function valueSets(source: string, locale: string): Record<string, unknown>[] | undefined[] {
  const args = argumentsOf(new IntlMessageFormat(source, locale).getAst() as Node[]);
  if (args.size === 0) return [undefined];
  const rounds = Math.max(NUMBERS.length, ...[...args.values()].map((a) => a.cases?.length ?? 0));
  return Array.from({ length: rounds }, (_, i) =>
    Object.fromEntries(
      [...args].map(([name, a]) => {
        if (a.kind === "number") return [name, NUMBERS[i % NUMBERS.length]];
        if (a.kind === "date") return [name, new Date(Date.UTC(2026, 2, 5 + i, 14, 30))];
        if (a.kind === "select") return [name, a.cases?.[i % a.cases.length]];
        if (a.kind === "tag") return [name, (chunks: unknown[]) => `<${name}>${chunks.join("")}</${name}>`];
        return [name, `«${name}»`];
      }),
    ),
  );
}

const text = (out: unknown) => (Array.isArray(out) ? out.join("") : String(out));

describe("precompiled messages (the browser's)", () => {
  it("read the same as their source, for every message of every catalog in every language", () => {
    const cache = _createCache();
    const formatters = _createIntlFormatters(cache);
    const differ: string[] = [];
    let count = 0;
    for (const { name, locale, texts } of catalogs) {
      const options = { cache, formatters, locale, timeZone: "Europe/Brussels" };
      for (const [key, source] of texts) {
        const compiled = compileMessage(source);
        for (const values of valueSets(source, locale)) {
          count++;
          const want = text(formatSource(key, source, values as never, options));
          const got = text(formatCompiled(key, compiled, values as never, options));
          if (got !== want)
            differ.push(`${name} ${key} ${JSON.stringify(values)}: ${JSON.stringify(got)} instead of ${JSON.stringify(want)}`);
        }
      }
    }
    expect(differ).toEqual([]);
    expect(count).toBeGreaterThan(10_000);
  });

  it("are made of plain objects and lists only, which React passes from the server to the browser", () => {
    const odd: string[] = [];
    const walk = (v: unknown, at: string) => {
      if (Array.isArray(v)) {
        for (const [i, x] of v.entries()) walk(x, `${at}[${i}]`);
      } else if (v && typeof v === "object") {
        if (Object.getPrototypeOf(v) !== Object.prototype) odd.push(at);
        for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
      }
    };
    for (const { name, texts } of catalogs) for (const [key, source] of texts) walk(compileMessage(source), `${name} ${key}`);
    expect(odd).toEqual([]);
  });

  it("are lists, so that the server's formatter tells them from source strings", () => {
    const compiled = precompile({ common: { save: "Opslaan", count: "{n, plural, one {# persoon} other {# personen}}" } });
    expect(compiled).toEqual({ common: { save: ["Opslaan"], count: expect.any(Array) } });
    const cache = _createCache();
    const options = { cache, formatters: _createIntlFormatters(cache), locale: "nl" };
    const both = formatEither(formatSource, formatCompiled);
    const source = "{n, plural, one {# persoon} other {# personen}}";
    expect(both("k", source, { n: 3 } as never, options as never)).toBe("3 personen");
    expect(both("k", compileMessage(source), { n: 1 } as never, options as never)).toBe("1 persoon");
    expect(both("k", ["Opslaan"], undefined as never, options as never)).toBe("Opslaan");
  });

  it("are never read raw in a client component (t.raw would hand over the compiled form)", () => {
    const root = path.resolve(import.meta.dirname, "../../../..");
    const files = ["apps/web/src", "packages/ui/src", "packages/plugins"].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => /\.tsx?$/.test(f) && !f.includes("node_modules"))
        .map((f) => path.join(dir, f)),
    );
    const client = files.filter((f) => /^\s*["']use client["']/.test(readFileSync(path.join(root, f), "utf8")));
    expect(client.length).toBeGreaterThan(50);
    expect(client.filter((f) => /\.raw\(/.test(readFileSync(path.join(root, f), "utf8")))).toEqual([]);
  });
});
