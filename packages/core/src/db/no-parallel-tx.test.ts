import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sourceFiles as scanSource } from "../testing/source-files";

// Queries inside one interactive transaction run one after another. A transaction is one pg connection; two queries
// sent on it at once make pg warn "Calling client.query() when the client is already executing a query" (pg 9 will
// throw), and they gain nothing: the connection runs them one at a time anyway. So no Promise.all on a transaction
// client: plain awaits, or a for-of loop. Promise.all stays where each call has its own connection (several
// withDbContext calls, appDb() outside a transaction, tRPC callers, Redis).
//
// The heuristic, on the code without its comments: every `Promise.all(`, `Promise.allSettled(`, `Promise.any(` and
// `Promise.race(` call has its argument read up to the matching parenthesis (strings and template literals skipped).
// The call is refused when that argument names
//  - the identifier `tx` (every transaction client in this repository is called tx: `tx.person…`, `ctx.tx.…`,
//    `helper(tx)`, `hookCtx.tx`), or
//  - `ctx` in a file that uses `ctx.tx` (a procedure's context handed to a helper that queries through ctx.tx).
// It cannot see a list of promises built before the call (`const ps = rows.map((r) => tx.…); await Promise.all(ps)`);
// the run-time companion catches those: test/setup-env.ts fails an integration test file in which pg gave the
// warning. The allow-list names each file that may keep such a call, with the reason; an entry that no longer trips
// the rule fails the test too.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const DIRS = ["apps", "packages", "scripts", "prisma", "test", "bench"];
const SKIP_DIRS = new Set(["node_modules", ".next", ".turbo", "generated", "dist", "test-results", "playwright-report", "public"]);
const SOURCE = /\.(ts|tsx|js|mjs|cjs|mts|cts)$/;
const SELF = "packages/core/src/db/no-parallel-tx.test.ts";

/** Files that may keep a Promise.all naming tx or ctx, and why. */
const ALLOWED: Record<string, string> = {
  "packages/core/src/db/serial-transactions.int.test.ts": "test: sends overlapping queries on purpose, to show they are queued",
};

/** The code without its comments (a comment may name what it warns about); string contents and lines are kept. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\/|(^|[^:"'`\\])\/\/[^\n]*/g, (m: string, before: string | undefined) =>
    m.startsWith("/*") ? m.replace(/[^\n]/g, "") : (before ?? ""),
  );
}

/** The text from the opening parenthesis at `open` to its match (exclusive), with string contents blanked. */
function argumentAt(code: string, open: number): string {
  let depth = 0;
  let out = "";
  const templates: number[] = []; // brace depth at which each open template literal's ${ started
  let i = open;
  const readString = (quote: string) => {
    i++;
    while (i < code.length && code[i] !== quote && code[i] !== "\n") i += code[i] === "\\" ? 2 : 1;
    out += quote + quote;
  };
  // Inside a template literal: skip text up to the closing backtick or the next ${ (its expression is code again).
  const readTemplate = () => {
    while (i < code.length) {
      if (code[i] === "\\") i += 2;
      else if (code[i] === "`") {
        out += "`";
        return;
      } else if (code[i] === "$" && code[i + 1] === "{") {
        out += "${";
        i++;
        templates.push(depth);
        depth++;
        return;
      } else i++;
    }
  };
  for (; i < code.length; i++) {
    const c = code[i] as string;
    if (c === '"' || c === "'") {
      readString(c);
      continue;
    }
    if (c === "`") {
      out += "`";
      i++;
      readTemplate();
      continue;
    }
    if (c === "(" || c === "[" || c === "{") depth++;
    if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (c === "}" && templates.length && templates[templates.length - 1] === depth) {
        templates.pop();
        out += "}";
        i++;
        readTemplate();
        continue;
      }
      if (depth === 0) return out.slice(1);
    }
    out += c;
  }
  return out.slice(1);
}

const CALL = /\bPromise\s*\.\s*(all|allSettled|any|race)\s*\(/g;

/** Each Promise.all-like call whose argument runs queries on a transaction client, by line number. */
function parallelTxCalls(code: string): { line: number; call: string }[] {
  const bare = withoutComments(code);
  const usesCtxTx = /\bctx\s*\.\s*tx\b/.test(bare);
  const found: { line: number; call: string }[] = [];
  for (const m of bare.matchAll(CALL)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const arg = argumentAt(bare, open);
    if (/(?<![\w$])tx(?![\w$])/.test(arg) || (usesCtxTx && /(?<![\w$.])ctx(?![\w$])/.test(arg))) {
      const line = bare.slice(0, m.index).split("\n").length;
      found.push({ line, call: `Promise.${m[1]}(${arg.replace(/\s+/g, " ").slice(0, 80)}…` });
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return scanSource([path.relative(ROOT, dir)], { pattern: SOURCE, skip: SKIP_DIRS });
}

describe("queries of one transaction run one after another", () => {
  const files = DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d))).filter((f) => f !== SELF);
  const found = files.flatMap((f) => parallelTxCalls(readFileSync(path.join(ROOT, f), "utf8")).map((c) => ({ file: f, ...c })));

  it("no Promise.all runs queries on a transaction client, apart from the allow-list", () => {
    // Several hundred files: a broken walk that finds nothing would pass without checking anything.
    expect(files.length).toBeGreaterThan(300);
    expect(files).toContain("packages/core/src/routers/people.ts");
    expect(files).toContain("packages/plugins/partners/src/server/routers/map.ts");
    const unexpected = found.filter((f) => !ALLOWED[f.file]).map((f) => `${f.file}:${f.line}: ${f.call}`);
    expect(unexpected).toEqual([]);
  });

  it("every allow-list entry is still needed", () => {
    expect(Object.keys(ALLOWED).filter((file) => !found.some((f) => f.file === file))).toEqual([]);
  });

  it("the heuristic catches what it is for and lets the rest pass", () => {
    const lines = (code: string) => parallelTxCalls(code).map((c) => c.line);
    // On a transaction client, directly or through a context.
    expect(lines("const [a, b] = await Promise.all([ctx.tx.person.findMany(), ctx.tx.person.count()]);")).toEqual([1]);
    expect(lines("await Promise.all([\n  tx.consent.findMany({ where }),\n  tx.auditEvent.findMany({ where }),\n]);")).toEqual([1]);
    expect(lines("await Promise.allSettled(rows.map((r) => tx.row.update({ where: { id: r.id } })));")).toEqual([1]);
    expect(lines("await Promise.all([enabledModuleIds(tx), x()]);")).toEqual([1]);
    expect(lines("use(ctx.tx);\nconst [a, b] = await Promise.all([visibleActor(ctx, from), visibleActor(ctx, to)]);")).toEqual([2]);
    expect(lines("await hookCtx.tx.x.findMany();\nawait Promise.all([hookCtx.tx.a.count(), f()]);")).toEqual([2]);
    // Separate connections, or no database at all.
    expect(lines("await Promise.all([withDbContext({ tenantId: a }, run), withDbContext({ tenantId: b }, run)]);")).toEqual([]);
    expect(lines("await Promise.all([appDb().tenant.findMany(), appDb().$queryRaw`SELECT 1`]);")).toEqual([]);
    expect(lines("const [p, l] = await Promise.all([api.map.points({}), api.map.list({})]);")).toEqual([]);
    expect(lines("await Promise.all([redis.get(k), redis.ttl(k)]);")).toEqual([]);
    // ctx without ctx.tx in the file is some other context; tx inside strings, templates and comments is no code.
    expect(lines("await Promise.all([render(ctx), render(ctx)]);")).toEqual([]);
    expect(lines('use(ctx.tx);\nawait Promise.all([log("tx"), log(`ctx ${n} tx`)]);')).toEqual([]);
    expect(lines("// Promise.all([tx.a.count()]) is refused\nawait tx.a.count();")).toEqual([]);
    expect(lines("/* a\n b */\nawait Promise.all([tx.a.count()]);")).toEqual([3]);
    // The argument ends at its own parenthesis: a tx after the call is not counted.
    expect(lines("const [a] = await Promise.all([f(`${g({ x: 1 })}`)]);\nawait tx.a.count();")).toEqual([]);
    expect(lines("await Promise.all([f(`${g(`${tx}`)}`)]);")).toEqual([1]);
    // Names that only contain "tx" are other things.
    expect(lines("await Promise.all([ctxs.map(f), txt.length, $tx(), tx_count()]);")).toEqual([]);
  });
});
