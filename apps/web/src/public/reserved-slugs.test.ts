import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RESERVED_SLUGS } from "@zorgzaam/core";
import { describe, expect, it } from "vitest";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../app");

describe("tenant slugs", () => {
  it("reserve the name of every top-level route of the web app (the public site is /<slug>)", () => {
    const routes = readdirSync(appDir, { withFileTypes: true })
      .map((d) => d.name)
      .filter((n) => !n.startsWith("[") && !n.startsWith("(") && !n.startsWith("_"))
      .filter((n) => !/\.(tsx?|css)$/.test(n) || /\.(ico|svg)$/.test(n));
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.filter((r) => !RESERVED_SLUGS.includes(r))).toEqual([]);
  });
});
