/**
 * No field cuts text: a `maxLength` on an input or textarea truncates pasted text without a word, so the limit is
 * stated and counted instead (`limit` on TextField/TextArea, `useCharLimit`), and the server refuses a longer text
 * with a message that names the limit. This scan keeps `maxLength` from coming back in any .tsx file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");
const TREES = ["apps/web/src", "packages/ui/src", "packages/plugins"];
/** A JSX attribute `maxLength=...`, also in a spread object (`{ maxLength: 10 }`) or via createElement props. */
const MAX_LENGTH = /\bmaxLength\s*(=|:)\s*[{"'\d]/;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === "node_modules" || e.name.startsWith(".")) return [];
    const path = join(dir, e.name);
    return e.isDirectory() ? tsxFiles(path) : e.name.endsWith(".tsx") ? [path] : [];
  });
}

describe("no input cuts pasted text", () => {
  it("recognises a maxLength attribute in its forms", () => {
    for (const sample of [
      "<input maxLength={100} />",
      '<textarea maxLength="20" />',
      "<TextField maxLength={LIMIT} />",
      "{ maxLength: 10 }",
    ]) {
      expect(MAX_LENGTH.test(sample), sample).toBe(true);
    }
    expect(MAX_LENGTH.test("<TextField limit={LIMITS.notes} />")).toBe(false);
  });

  it("finds no maxLength on any input or textarea in the web app, the UI kit or a module", () => {
    const files = TREES.flatMap((t) => tsxFiles(join(ROOT, t)));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${relative(ROOT, f)}:${i + 1}` }))
        .filter(({ line }) => MAX_LENGTH.test(line) && !line.trim().startsWith("*") && !line.trim().startsWith("//"))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
