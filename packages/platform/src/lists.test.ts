/**
 * The five lists of this folder name the same modules in the same order (manifests.ts is the reference): a module
 * added to one list and forgotten in another fails here, naming the list.
 */
import { describe, expect, it } from "vitest";
import { manifests } from "./manifests";
import { moduleMessages } from "./messages";
import { modules } from "./server";
import { homeOf, moduleHome } from "./home";
import { moduleUi, uiOf } from "./ui";
import { pluginList } from "./testing";

const ids = manifests.map((m) => m.id);

describe("the module lists of packages/platform/src", () => {
  it("server.ts takes each module's own manifest, server part and catalogs, in order", () => {
    expect(modules.map((m) => m.manifest.id)).toEqual(ids);
    for (const [i, m] of modules.entries()) {
      expect(m.manifest).toBe(manifests[i]);
      expect(m.messages).toBe(moduleMessages[m.manifest.id]);
    }
  });

  it("messages.ts, ui.ts and home.ts list the same modules in the same order", async () => {
    expect(Object.keys(moduleMessages)).toEqual(ids);
    expect(Object.keys(moduleUi)).toEqual(ids);
    expect(Object.keys(moduleHome)).toEqual(ids);
    for (const id of ids) {
      const ui = await uiOf(id);
      expect(ui, id).not.toBeNull();
      // ./home is the same cards and summary as in ./ui.
      const home = await homeOf(id);
      expect(home?.cards, id).toBe(ui?.cards);
      expect(home?.home, id).toBe(ui?.home);
    }
    expect(await homeOf("nope")).toBeNull();
    expect(await uiOf("nope")).toBeNull();
    expect(await uiOf("constructor")).toBeNull();
  });

  it("every module has staff pages, from its page files (src/pages/<path>/page.tsx)", () => {
    expect(pluginList.map((p) => p.manifest.id)).toEqual(ids);
    for (const p of pluginList) expect(Object.keys(p.pages), p.manifest.id).toContain("");
  });
});
