import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Marked } from "marked";

/** The user guides live in the repository (docs/guide/*.md): one for the platform, one per module that has one. */
function guideDir(): string | null {
  // `next start` runs in apps/web; scripts and tests may run from the repository root.
  for (let dir = process.cwd(), i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, "docs", "guide");
    if (existsSync(path.join(candidate, "platform.md"))) return candidate;
  }
  return null;
}

const NAME = /^[a-z0-9-]+$/;

/** The guides a member can open: the platform's, the public side's, and those of the enabled modules, in that order. */
export function availableGuides(enabledModules: readonly string[]): string[] {
  const dir = guideDir();
  if (!dir) return [];
  return ["platform", "public-site", ...enabledModules].filter((g) => NAME.test(g) && existsSync(path.join(dir, `${g}.md`)));
}

export function guideImagePath(file: string): string | null {
  const dir = guideDir();
  if (!dir || !/^[a-z0-9-]+\.png$/.test(file)) return null;
  const p = path.join(dir, "img", file);
  return existsSync(p) ? p : null;
}

/**
 * A guide as HTML (our own files, written by the project) with its title (the first heading). Links between guides
 * and images are pointed at the help pages and the image route; other links stay as they are.
 */
export function renderGuide(name: string, slug: string): { title: string; html: string } | null {
  const dir = guideDir();
  if (!dir || !NAME.test(name)) return null;
  const file = path.join(dir, `${name}.md`);
  if (!existsSync(file)) return null;
  const source = readFileSync(file, "utf8");
  const title = /^#\s+(.+)$/m.exec(source)?.[1]?.trim() ?? name;
  const marked = new Marked({
    walkTokens(token) {
      if (token.type === "image" && /^(\.\/)?img\//.test(token.href)) token.href = `/help/img/${token.href.replace(/^(\.\/)?img\//, "")}`;
      if (token.type === "link") {
        const m = /^(?:\.\/)?([a-z0-9-]+)\.md(#.*)?$/.exec(token.href);
        if (m) token.href = `/t/${slug}/help/${m[1]}${m[2] ?? ""}`;
      }
    },
  });
  return { title, html: marked.parse(source, { async: false }) };
}
