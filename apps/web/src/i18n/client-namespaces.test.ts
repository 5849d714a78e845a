import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { manifests } from "@zorgzaam/platform/manifests";
import { CLIENT_NAMESPACES } from "./client-namespaces";

const root = path.resolve(import.meta.dirname, "../../../..");
const sources = ["apps/web/src", "packages/ui/src", "packages/plugins"].flatMap((dir) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !f.includes("node_modules") && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(dir, f)),
);
const text = new Map(sources.map((f) => [f, readFileSync(path.join(root, f), "utf8")]));
const moduleIds = new Set<string>(manifests.map((m) => m.id));
const catalog = JSON.parse(readFileSync(path.join(root, "apps/web/messages/nl.json"), "utf8")) as Record<string, unknown>;

describe("the namespaces the browser gets (ClientMessages)", () => {
  // Any call that could run in a client component: a server component that calls the hook reads the server's
  // catalogs, so counting it only sends a namespace more, never one less.
  const calls = [...text].flatMap(([file, src]) =>
    [...src.matchAll(/useTranslations\(([^)]*)\)/g)].map((m) => ({ file, arg: (m[1] ?? "").trim() })),
  );

  it("are named by a string literal in every useTranslations call (so that they can be read from the code)", () => {
    expect(calls.length).toBeGreaterThan(100);
    expect(calls.filter((c) => !/^"[A-Za-z0-9.]+"$/.test(c.arg)).map((c) => `${c.file}: useTranslations(${c.arg})`)).toEqual([]);
  });

  it("are exactly the web app's namespaces the code names (none missing, none left over)", () => {
    const named = new Set(calls.map((c) => c.arg.replace(/"/g, "").split(".")[0] as string));
    const web = [...named].filter((ns) => !moduleIds.has(ns)).sort();
    expect([...CLIENT_NAMESPACES].sort()).toEqual(web);
    expect(CLIENT_NAMESPACES.filter((ns) => !(ns in catalog))).toEqual([]);
  });

  it("are not read whole or through another door in the browser (useMessages, createTranslator)", () => {
    const client = [...text].filter(([, src]) => /^\s*["']use client["']/.test(src));
    expect(client.length).toBeGreaterThan(50);
    expect(client.filter(([, src]) => /\b(useMessages|createTranslator|useExtracted)\(/.test(src)).map(([f]) => f)).toEqual([]);
  });
});
