/**
 * Server messages are codes, their words in catalogs (./app-error.ts): a source check that no procedure fails with a
 * literal sentence (badRequest/notFound/conflict with a text, `new TRPCError({ message: "…" })`) and that no schema
 * carries its own sentence (`.min(1, "Vul een naam in")`, `{ message: "…" }`) instead of `zodMessage(code)`.
 * A sentence is a string with a space in it; a code ("people.notFound") has none.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles as scanSource } from "../testing/source-files";

const ROOT = path.resolve(import.meta.dirname, "../../../..");
const DIRS = ["packages", "apps"];
const SKIP_DIRS = new Set(["node_modules", "generated", ".next", "e2e", "dist", ".turbo"]);

/** Files allowed a sentence, with the reason. */
const ALLOWED: Record<string, string> = {
  // Start-up configuration problems for the operator, in English, before any request (not a server message).
  "packages/core/src/env.ts": "configuration errors for the operator",
};

function sourceFiles(dir: string): string[] {
  return scanSource([path.relative(ROOT, dir)], { pattern: /\.tsx?$/, skip: SKIP_DIRS })
    .filter((rel) => !/\.test\.tsx?$/.test(rel) && !rel.endsWith(".d.ts"))
    .map((rel) => path.join(ROOT, rel));
}

const sentence = String.raw`((?:(?!\1)[^\\]|\\.)*\s(?:(?!\1)[^\\]|\\.)*)\1`;
/** Procedures failing with a sentence. */
const THROWS = [
  new RegExp(String.raw`\b(?:badRequest|notFound|conflict)\(\s*(["'\x60])${sentence}`, "g"),
  new RegExp(String.raw`new TRPCError\(\{(?:(?!\}\)).)*?message:\s*(["'\x60])${sentence}`, "gs"),
];
/** Schemas carrying their own sentence (only in files that use zod). */
const SCHEMA = [
  /\.(?:min|max|length|regex|refine|nonempty|startsWith|endsWith|includes|gte|lte|gt|lt|multipleOf)\((?:[^()"]|\([^()]*\))*?,\s*"([^"]*\s[^"]*)"\s*\)/g,
  /\bmessage:\s*"([^"]*\s[^"]*)"/g,
  /\bz\.\w+\(\s*(?:\{\s*(?:message|error):\s*)?"([^"]*\s[^"]*)"/g,
];

interface Finding {
  file: string;
  line: number;
  text: string;
}

export function literalMessages(file: string, source: string): Finding[] {
  const found: Finding[] = [];
  const at = (index: number) => source.slice(0, index).split("\n").length;
  for (const re of THROWS) for (const m of source.matchAll(re)) found.push({ file, line: at(m.index), text: m[2] ?? "" });
  if (/from "zod"/.test(source)) {
    for (const re of SCHEMA) for (const m of source.matchAll(re)) found.push({ file, line: at(m.index), text: m[1] ?? "" });
  }
  return found;
}

describe("server messages are codes, not sentences", () => {
  it("finds a sentence in every form the check knows (so it can fail)", () => {
    const samples = [
      `throw badRequest("Deze buurt bestaat niet.");`,
      "throw notFound(`Job ${id} bestaat niet.`);",
      `throw new TRPCError({\n  code: "FORBIDDEN",\n  message: "Je hebt geen toegang.",\n});`,
      `import { z } from "zod";\nconst a = z.string().min(1, "Vul een naam in");`,
      `import { z } from "zod";\nconst b = z.object({}).refine((v) => true, { message: "Kies er één." });`,
      `import { z } from "zod";\nconst c = z.string("Geef een tekst");`,
    ];
    for (const s of samples) expect(literalMessages("sample.ts", s), s).toHaveLength(1);
    const codes = [
      `throw appError("people.notFound");`,
      `throw new TRPCError({ code: "BAD_REQUEST", cause: parsed.error });`,
      `import { z } from "zod";\nconst a = z.string().min(1, zodMessage("schema.nameRequired"));`,
      `notFound();`,
    ];
    for (const s of codes) expect(literalMessages("sample.ts", s), s).toEqual([]);
  });

  it("has no literal sentence as a server message in packages/ and apps/", () => {
    const files = DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)));
    expect(files.length).toBeGreaterThan(200);
    const found = files
      .map((f) => path.relative(ROOT, f))
      .filter((rel) => !(rel in ALLOWED))
      .flatMap((rel) => literalMessages(rel, readFileSync(path.join(ROOT, rel), "utf8")));
    expect(found.map((f) => `${f.file}:${f.line} "${f.text}"`)).toEqual([]);
  });
});
