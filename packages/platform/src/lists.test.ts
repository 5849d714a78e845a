/**
 * The four lists of this folder name the same modules in the same order (manifests.ts is the reference): a module
 * added to one list and forgotten in another fails here, naming the list.
 */
import { describe, expect, it } from "vitest";
import { manifests } from "./manifests";
import { moduleMessages } from "./messages";
import { modules } from "./server";
import { moduleUi, uiOf } from "./ui";

const ids = manifests.map((m) => m.id);

describe("the module lists of packages/platform/src", () => {
  it("server.ts takes each module's own manifest, server part and catalogs, in order", () => {
    expect(modules.map((m) => m.manifest.id)).toEqual(ids);
    for (const [i, m] of modules.entries()) {
      expect(m.manifest).toBe(manifests[i]);
      expect(m.messages).toBe(moduleMessages[m.manifest.id]);
    }
  });

  it("messages.ts and ui.ts list the same modules in the same order", async () => {
    expect(Object.keys(moduleMessages)).toEqual(ids);
    expect(Object.keys(moduleUi)).toEqual(ids);
    for (const id of ids) expect(Object.keys((await uiOf(id))?.pages ?? {}), id).not.toHaveLength(0);
    expect(await uiOf("nope")).toBeNull();
    expect(await uiOf("constructor")).toBeNull();
  });
});
