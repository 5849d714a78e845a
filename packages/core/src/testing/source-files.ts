/**
 * The source files of the repository, for the tests that scan the tree for a rule (no literal error sentences, no
 * unsafe raw SQL, no Promise.all on a transaction, no direct enqueue from a module, one spreadsheet writer, one PDF
 * helper, no maxLength): one walker for all of them. Test-only; reads the working tree, never git.
 */
import { type Dirent, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/** Folders no rule looks into: installed, generated or built files. */
export const BUILT_DIRS = ["node_modules", ".next", ".turbo", "generated", "dist", "test-results", "playwright-report"] as const;

export interface SourceScan {
  /** File names to include (default: TypeScript and JavaScript). */
  pattern?: RegExp;
  /** Folder names to skip anywhere (default: BUILT_DIRS). Folders starting with "." are always skipped. */
  skip?: Iterable<string>;
}

/** Repository-relative paths (with "/") of the matching files below `dirs` (repository-relative too). */
export function sourceFiles(dirs: readonly string[], opts: SourceScan = {}): string[] {
  const pattern = opts.pattern ?? /\.(ts|tsx|js|mjs|cjs|mts|cts)$/;
  const skip = new Set(opts.skip ?? BUILT_DIRS);
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!skip.has(entry.name) && !entry.name.startsWith(".")) walk(path.join(dir, entry.name));
      } else if (pattern.test(entry.name)) {
        out.push(path.relative(REPO_ROOT, path.join(dir, entry.name)).split(path.sep).join("/"));
      }
    }
  };
  for (const d of dirs) walk(path.join(REPO_ROOT, d));
  return out;
}
