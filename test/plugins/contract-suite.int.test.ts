/**
 * The contract suite (packages/core/src/testing/contract-suite.ts) run on every registered module and on the good
 * fixture, and proven on the broken fixture: it reports exactly the three problems planted there. No database needed;
 * it sits in the integration project only because the unit project does not include test/**.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pluginList } from "@zorgzaam/platform/testing";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob } from "../../packages/core/src/jobs/define";
import {
  catalogKeys,
  catalogProblems,
  contractProblems,
  DEFAULT_SCHEMA_DIR,
  jobProblems,
  loadModulePages,
  manifestContractProblems,
  messageProblems,
  personalDataProblems,
  personModelsOf,
  pluginModelNames,
  procedureProblems,
  uiProblems,
} from "../../packages/core/src/testing/index";
import type { PluginDefinition } from "../../packages/core/src/plugins/contract";
import { authedProcedure, router } from "../../packages/core/src/trpc/init";
import { BROKEN_EXPECTED, brokenPlugin } from "./fixtures/broken-plugin";
import { goodPlugin } from "./fixtures/good-plugin";

const good = goodPlugin as unknown as PluginDefinition;

describe("the contract suite", () => {
  it("passes for every registered module and for the good fixture", async () => {
    const subjects = [...pluginList, good];
    const problems = Object.fromEntries(await Promise.all(subjects.map(async (p) => [p.manifest.id, await contractProblems(p)] as const)));
    expect(problems).toEqual(Object.fromEntries(subjects.map((p) => [p.manifest.id, []])));
    expect(subjects.length).toBe(pluginList.length + 1);
  });

  it("finds every module's catalogs complete in nl, fr and en, with no empty text", () => {
    const problems = Object.fromEntries(pluginList.map((p) => [p.manifest.id, catalogProblems(p.messages, p.manifest.id)] as const));
    expect(problems).toEqual(Object.fromEntries(pluginList.map((p) => [p.manifest.id, []])));
    // The check can fail: the broken fixture's French catalog lacks a key.
    expect(catalogProblems(brokenPlugin.messages).length).toBeGreaterThan(0);
  });

  it("fails for the broken fixture with exactly the three planted problems", async () => {
    const problems = await contractProblems(brokenPlugin);
    expect([...problems].sort()).toEqual([...BROKEN_EXPECTED].sort());
  });

  it("reports each planted problem from the check responsible for it", () => {
    expect(messageProblems(brokenPlugin)).toEqual(['messages.fr is missing "nav.things"']);
    expect(procedureProblems(brokenPlugin)).toEqual([
      'procedure "leak" is not gated by a permission of the module (meta.permission = "public")',
    ]);
  });
});

describe("each check can fail", () => {
  const variant = (patch: (p: PluginDefinition) => PluginDefinition) => patch({ ...good });

  it("manifest: an emoji or an unknown name as the module's icon", () => {
    const emoji = variant((p) => ({ ...p, manifest: { ...p.manifest, icon: "🗺️" as never } }));
    expect(manifestContractProblems(emoji)).toEqual([
      'icon "🗺️" must be the name of a module icon, not an emoji',
      expect.stringMatching(/^icon "🗺️" is not one of map, /),
    ]);
    const unknown = variant((p) => ({ ...p, manifest: { ...p.manifest, icon: "rocket" as never } }));
    expect(manifestContractProblems(unknown)).toEqual([expect.stringMatching(/^icon "rocket" is not one of map, /)]);
  });

  it("flattens nested catalogs", () => {
    expect(catalogKeys({ a: "x", b: { c: "y", d: { e: "z" } } })).toEqual(["a", "b.c", "b.d.e"]);
  });

  it("messages: a navigation label missing in every locale", () => {
    const p = variant((p) => ({
      ...p,
      manifest: { ...p.manifest, navigation: [{ path: "x", labelKey: "nav.nope", permission: "good-fixture.things.view" }] },
    }));
    expect(messageProblems(p)).toEqual(['navigation "x": label "nav.nope" is missing in every locale']);
  });

  it("procedures: authed and core-permission procedures are not gated by the module", () => {
    const p = variant((p) => ({ ...p, server: { ...p.server, router: router({ me: authedProcedure.query(() => 1) }) } }));
    expect(procedureProblems(p)).toEqual(['procedure "me" is not gated by a permission of the module (meta.permission = "authed")']);
  });

  it("jobs: a job outside the module's scope", () => {
    const stray = defineJob({ name: "elsewhere.ping", payload: z.object({}), handler: async () => {} });
    const p = variant((p) => ({ ...p, server: { ...p.server, jobs: [...p.server.jobs, stray] } }));
    expect(jobProblems(p)).toEqual(['job "elsewhere.ping" must be named "good-fixture.<name>"']);
  });

  it("jobs: a job without a zod payload", () => {
    const noSchema = {
      ...defineJob({ name: "good-fixture.raw", payload: z.object({}), handler: async () => {} }),
      payload: {} as z.ZodType,
    };
    const p = variant((p) => ({ ...p, server: { ...p.server, jobs: [noSchema] } }));
    expect(jobProblems(p)).toEqual(['job "good-fixture.raw" has no zod payload schema']);
  });

  it("ui: a page, card or home summary needing a permission the module does not declare, a page without a title", () => {
    const p = variant((p) => ({
      ...p,
      ui: {
        cards: [{ component: () => null, permission: "core.audit.view" }],
        home: { permission: "core.people.view", summary: async () => ({}) },
      },
      pages: { admin: { component: () => null, permission: "core.roles.manage", titleKey: "nav.nothing" } },
    }));
    expect(uiProblems(p)).toEqual([
      'page "admin" needs core.roles.manage, which the module does not declare',
      'page "admin": title "nav.nothing" is missing in every locale',
      "card 0 needs core.audit.view, which the module does not declare",
      "home needs core.people.view, which the module does not declare",
    ]);
  });

  it("pages: a page file without its declaration, a path that cannot be a route (from the module's page files)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zz-contract-pages-"));
    const file = (key: string, text: string) => {
      mkdirSync(path.join(dir, "src/pages", key), { recursive: true });
      writeFileSync(path.join(dir, "src/pages", key, "page.tsx"), text);
    };
    try {
      const declared = 'export const page = { component: () => null, permission: "good-fixture.things.view", titleKey: "title" };\n';
      file("", declared);
      file("things/[id]", declared);
      file("things/[key]/edit", declared);
      file("undeclared", "export const Page = () => null;\n");
      const pages = await loadModulePages(dir);
      expect(Object.keys(pages)).toEqual(["", "things/[id]", "things/[key]/edit", "undeclared"]);
      expect(uiProblems(variant((p) => ({ ...p, pages })))).toEqual([
        'page "undeclared": src/pages/undeclared/page.tsx exports no `page` declaration (component, permission, titleKey)',
        'page "things/[key]/edit": [key] beside [id] at "things/" (one parameter name per place)',
      ]);
      // The same folder without the two faults passes.
      rmSync(path.join(dir, "src/pages/undeclared"), { recursive: true });
      rmSync(path.join(dir, "src/pages/things/[key]"), { recursive: true });
      const fixed = await loadModulePages(dir);
      expect(Object.keys(fixed)).toEqual(["", "things/[id]"]);
      expect(uiProblems(variant((p) => ({ ...p, pages: fixed })))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("personal data, from the module's Prisma schema file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zz-contract-schema-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    // The whole schema (core's models hold back-relations to module models), plus the fixture module's file.
    for (const f of readdirSync(DEFAULT_SCHEMA_DIR).filter((x) => x.endsWith(".prisma"))) {
      copyFileSync(path.join(DEFAULT_SCHEMA_DIR, f), path.join(dir, f));
    }
    writeFileSync(
      path.join(dir, "good-fixture.prisma"),
      `/// model Commented { is not a model
model GoodFixtureVisit {
  id       String @id @db.Uuid
  tenantId String @db.Uuid
  personId String @db.Uuid
}
model GoodFixtureNote {
  id            String @id @db.Uuid
  tenantId      String @db.Uuid
  aboutPersonId String? @db.Uuid
}
model GoodFixtureTheme {
  id       String @id @db.Uuid
  tenantId String @db.Uuid
  ownerId  String @db.Uuid
}
`,
    );

    it("derives the models that reference a Person", async () => {
      expect(pluginModelNames("good-fixture", dir)).toEqual(["GoodFixtureVisit", "GoodFixtureNote", "GoodFixtureTheme"]);
      expect(await personModelsOf("good-fixture", dir)).toEqual(["GoodFixtureNote", "GoodFixtureVisit"]);
      expect(await personModelsOf("no-such-module", dir)).toEqual([]);
    });

    it("reports a model missing from personalData.models, and one that is not the module's", async () => {
      const p = variant((p) => ({
        ...p,
        server: { ...p.server, personalData: { ...p.server.personalData, models: ["GoodFixtureVisit", "Person"] } },
      }));
      expect(await personalDataProblems(p, dir)).toEqual([
        "personalData.models misses GoodFixtureNote, which references a Person",
        "personalData.models lists Person, which is not a model of prisma/schema/good-fixture(-*).prisma",
      ]);
      const complete = variant((p) => ({
        ...p,
        server: { ...p.server, personalData: { ...p.server.personalData, models: ["GoodFixtureNote", "GoodFixtureVisit"] } },
      }));
      expect(await personalDataProblems(complete, dir)).toEqual([]);
    });
  });
});
