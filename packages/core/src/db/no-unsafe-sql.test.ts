import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sourceFiles as scanSource } from "../testing/source-files";

// Raw SQL is written only as tagged fragments (./sql.ts: `sql\`… ${value} …\``, run with `$queryRaw`/`$executeRaw`),
// so a value always travels as a bound parameter and the meaning of a `$1` never depends on the order a caller passed
// its arguments in. This test reads every source file of the repository (apps, packages, scripts, prisma, test, bench;
// dependencies, builds and generated code left out) and fails on the ways around that:
//  - Prisma's `$queryRawUnsafe` / `$executeRawUnsafe` (a string and a list of positional parameters);
//  - `Prisma.raw` (a string spliced into a fragment as text);
//  - in the apps and packages, a pg `.query(\`…${…}…\`)`: a statement with text interpolated into it.
// The allow-list names each file that may keep one, with the reason. Only tests, the test kit (packages/core/src/
// testing) and benchmarks are on it, apart from the migration runner (identifiers of CREATE DATABASE/ROLE cannot be
// bound). An entry that no longer trips its rule fails the test too, so the list shrinks when a file is cleaned up.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const DIRS = ["apps", "packages", "scripts", "prisma", "test", "bench"];
const SKIP_DIRS = new Set(["node_modules", ".next", ".turbo", "generated", "dist", "test-results", "playwright-report"]);
const SOURCE = /\.(ts|tsx|js|mjs|cjs|mts|cts)$/;

const UNSAFE_PRISMA = "calls $queryRawUnsafe or $executeRawUnsafe (write a tagged fragment: sql`…` with $queryRaw)";
const PRISMA_RAW = "uses Prisma.raw (a string spliced into SQL as text)";
const PG_INTERPOLATED = "passes pg's query() a template literal with ${…} in it (bind the values as parameters)";

const RULES: { rule: string; test: (code: string) => boolean; appsAndPackagesOnly?: boolean }[] = [
  { rule: UNSAFE_PRISMA, test: (code) => /\$(query|execute)RawUnsafe\b/.test(code) },
  { rule: PRISMA_RAW, test: (code) => /\bPrisma\s*\.\s*raw\b/.test(code) },
  {
    rule: PG_INTERPOLATED,
    test: (code) => /\.query\s*(<[^>()]*>)?\s*\(\s*`(?:[^`\\]|\\.)*?\$\{/s.test(code),
    appsAndPackagesOnly: true,
  },
];

/** Files that may break a rule, and why. Tests and benchmarks only, where the SQL is built from catalogue names. */
const ALLOWED: Record<string, { rule: string; why: string }[]> = {
  "packages/core/src/db/migrate.ts": [
    { rule: PG_INTERPOLATED, why: "CREATE DATABASE / ROLE and DROP DATABASE take identifiers, which cannot be bound (quoteIdent)" },
  ],
  "packages/plugins/partners/src/server/transfer.int.test.ts": [
    { rule: UNSAFE_PRISMA, why: "test: creates and drops a trigger whose name is generated per run (DDL cannot bind names)" },
  ],
  "test/erasure-sweep.int.test.ts": [
    { rule: UNSAFE_PRISMA, why: "test: plants and reads rows in every table found in the catalogue (quoted table/column names)" },
  ],
  "test/person-merge.int.test.ts": [
    { rule: UNSAFE_PRISMA, why: "test: reads the person column of a row planted in a table found in the catalogue (quoted names)" },
  ],
  "test/person-rows.ts": [
    { rule: UNSAFE_PRISMA, why: "test: plants a row about a person in every table that references Person (catalogue names)" },
  ],
  "packages/core/src/testing/db.ts": [{ rule: UNSAFE_PRISMA, why: "test kit: snapshots every tenant table found in the catalogue" }],
  "test/sensitive-fields.int.test.ts": [
    { rule: UNSAFE_PRISMA, why: "test: writes markers into the sensitive columns listed by the registry (quoted names)" },
  ],
  "test/update-inputs.int.test.ts": [
    { rule: UNSAFE_PRISMA, why: "test: reads the rows of tables and columns found in the catalogue (quoted names)" },
  ],
};

/** The code without its comments (a comment may name what it warns about); string contents are kept. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\/|(^|[^:"'`\\])\/\/[^\n]*/g, (_m, before: string | undefined) => before ?? "");
}

function violations(code: string, inAppsOrPackages = true): string[] {
  const bare = withoutComments(code);
  return RULES.filter((r) => (inAppsOrPackages || !r.appsAndPackagesOnly) && r.test(bare)).map((r) => r.rule);
}

const SELF = "packages/core/src/db/no-unsafe-sql.test.ts";

function sourceFiles(dir: string): string[] {
  return scanSource([path.relative(ROOT, dir)], { pattern: SOURCE, skip: SKIP_DIRS });
}

describe("raw SQL only as tagged fragments", () => {
  const files = DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)));
  const found = files
    .filter((f) => f !== SELF)
    .flatMap((f) => {
      const code = readFileSync(path.join(ROOT, f), "utf8");
      return violations(code, f.startsWith("apps/") || f.startsWith("packages/")).map((rule) => ({ file: f, rule }));
    });

  it("no source file runs SQL built from text, apart from the allow-list", () => {
    // Several hundred files: a broken walk that finds nothing would pass without checking anything.
    expect(files.length).toBeGreaterThan(300);
    expect(files).toContain("packages/plugins/partners/src/server/routers/map.ts");
    expect(files).toContain("test/fixtures.ts");
    const unexpected = found
      .filter(({ file, rule }) => !(ALLOWED[file] ?? []).some((a) => a.rule === rule))
      .map(({ file, rule }) => `${file}: ${rule}`);
    expect(unexpected).toEqual([]);
  });

  it("every allow-list entry is still needed, and only tests, the test kit, benchmarks and the migration runner are on it", () => {
    const stale = Object.entries(ALLOWED).flatMap(([file, entries]) =>
      entries.filter((a) => !found.some((f) => f.file === file && f.rule === a.rule)).map((a) => `${file}: ${a.rule}`),
    );
    expect(stale).toEqual([]);
    for (const file of Object.keys(ALLOWED)) {
      expect(file, file).toMatch(/(\.test\.ts$|^test\/|^bench\/|^packages\/core\/src\/testing\/|^packages\/core\/src\/db\/migrate\.ts$)/);
    }
  });

  it("each rule catches what it is for, and tagged fragments pass", () => {
    expect(violations("await tx.$queryRawUnsafe(`SELECT 1 WHERE a = $1`, x);")).toEqual([UNSAFE_PRISMA]);
    expect(violations('await db.$executeRawUnsafe("DELETE FROM t");')).toEqual([UNSAFE_PRISMA]);
    expect(violations("const order = Prisma.raw(column);")).toEqual([PRISMA_RAW]);
    expect(violations("await client.query(`SELECT * FROM t WHERE id = '${id}'`);")).toEqual([PG_INTERPOLATED]);
    expect(violations("await client.query<{ n: number }>(`SELECT count(*) FROM ${table}`);")).toEqual([PG_INTERPOLATED]);
    expect(violations("await client.query(`SELECT count(*) FROM ${table}`);", false)).toEqual([]);
    expect(violations("await tx.$queryRaw`SELECT 1 WHERE a = ${x}`;")).toEqual([]);
    expect(violations("await tx.$queryRaw(sql`SELECT 1 WHERE ${where}`);")).toEqual([]);
    expect(violations('await client.query("SELECT 1 WHERE a = $1", [x]);')).toEqual([]);
    expect(violations("// never $queryRawUnsafe here\n/* nor Prisma.raw */ const url = `http://x`;")).toEqual([]);
    expect(violations("await client.query(`SELECT 1\n WHERE a = $1`, [x]);")).toEqual([]);
  });
});
