/**
 * The tenant's own starter lists: the first change makes the tenant's copy (a later starter update leaves it alone),
 * reworded items keep their keys (and so their answers), new items get one, a save over someone else's is refused,
 * a reset brings the starter list back; words missing in a language fall back; bad items are named by their number.
 */
import { closeAll, createTenant, type MemberFixture, moduleCaller, setModuleEnabled, type TenantFixture } from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buurtanalysePlugin as buurtanalyse } from "../definition";
import { LISTS, itemText } from "../lists";
import { PREPARATION_QUESTIONS } from "../starter";

const call = moduleCaller(buurtanalyse);
let T: TenantFixture;
let Other: TenantFixture;
let regie: MemberFixture;

beforeAll(async () => {
  T = await createTenant({ tag: "ba-lists" });
  Other = await createTenant({ tag: "ba-lists-other" });
  await setModuleEnabled(T.id, buurtanalyse, true);
  await setModuleEnabled(Other.id, buurtanalyse, true);
  regie = T.users.regie as MemberFixture;
});
afterAll(closeAll);

describe("starter lists", () => {
  it("are the starter content until a manager changes one; the change is the tenant's own, in its order", async () => {
    const api = call(regie, T);
    const before = await api.lists.all();
    expect(before.preparation.map((i) => i.key)).toEqual(PREPARATION_QUESTIONS.map((q) => q.key));
    expect(before.onlineSources.every((s) => s.region)).toBe(true);
    expect(before.actionIdeas[0]?.situation?.nl).toBeTruthy();

    const edit = await api.lists.get({ list: "preparation" });
    expect(edit).toMatchObject({ own: false, version: 0 });
    const [goal, ...rest] = edit.items;
    const r = await api.lists.save({
      list: "preparation",
      version: 0,
      items: [
        { key: null, nl: "Wie kennen we al in de buurt?", fr: "", en: "Whom do we already know?" },
        { ...(goal as (typeof edit.items)[number]), nl: "Wat willen we samen bereiken?" },
        ...rest.slice(0, 2),
      ],
    });
    expect(r).toEqual({ version: 1, count: 4 });
    const after = (await api.lists.all()).preparation;
    expect(after).toHaveLength(4);
    expect(after[0]?.key).toMatch(/^c[0-9a-f]{12}$/);
    // Reworded: the same key, so answers given under it stay with it.
    expect(after[1]).toMatchObject({ key: "goal", nl: "Wat willen we samen bereiken?" });
    // No French: shown in Dutch.
    expect(itemText(after[0] as (typeof after)[number], "fr")).toBe("Wie kennen we al in de buurt?");
    expect((await api.lists.overview()).find((l) => l.key === "preparation")).toMatchObject({ own: true, count: 4 });
    // The starter content changing later does not reach the tenant's copy (it is stored whole).
    const starter = LISTS.preparation.starter as unknown as { nl: string }[];
    const old = starter[0]?.nl as string;
    (starter[0] as { nl: string }).nl = "Een nieuwe standaardvraag";
    try {
      expect((await api.lists.all()).preparation[1]?.nl).toBe("Wat willen we samen bereiken?");
    } finally {
      (starter[0] as { nl: string }).nl = old;
    }
    // Another tenant still has the starter list.
    expect((await call(Other.users.regie as MemberFixture, Other).lists.all()).preparation).toHaveLength(PREPARATION_QUESTIONS.length);
  });

  it("refuses a save over someone else's, an item without words (named by its number), a repeated key", async () => {
    const api = call(regie, T);
    const items = (await api.lists.get({ list: "preparation" })).items;
    await expect(api.lists.save({ list: "preparation", version: 0, items })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      api.lists.save({ list: "preparation", version: 1, items: [...items, { key: null, nl: " ", fr: "", en: "" }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("5") });
    await expect(
      api.lists.save({ list: "preparation", version: 1, items: [...items, items[0] as (typeof items)[number]] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      api.lists.save({ list: "preparation", version: 1, items: [{ key: null, nl: "x".repeat(501), fr: "", en: "" }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("500") });
    await expect(
      api.lists.save({ list: "actionIdeas", version: 0, items: [{ key: null, nl: "Een doel", fr: "", en: "", situation: null }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await api.lists.all()).preparation).toHaveLength(4);
  });

  it("keeps a region on an online source and the parts of an action idea; a reset brings the starter list back", async () => {
    const api = call(regie, T);
    await api.lists.save({
      list: "onlineSources",
      version: 0,
      items: [{ key: null, nl: "De Facebookgroep van de wijk", fr: "", en: "", region: "brussels" }],
    });
    expect((await api.lists.all()).onlineSources).toEqual([
      expect.objectContaining({ nl: "De Facebookgroep van de wijk", region: "brussels" }),
    ]);
    await api.lists.save({
      list: "actionIdeas",
      version: 0,
      items: [
        {
          key: null,
          nl: "Eenzaamheid doorbreken",
          fr: "",
          en: "",
          situation: { nl: "Veel ouderen wonen alleen", fr: "", en: "" },
          actions: null,
        },
      ],
    });
    expect((await api.lists.all()).actionIdeas[0]).toMatchObject({ situation: { nl: "Veel ouderen wonen alleen" }, actions: { nl: "" } });
    expect((await api.lists.all()).boundaryCriteria.every((c) => c.group === "features" || c.group === "practice")).toBe(true);
    await api.lists.save({
      list: "boundaryCriteria",
      version: 0,
      items: [{ key: null, nl: "Waar de bus stopt", fr: "", en: "", group: "practice" }],
    });
    expect((await api.lists.all()).boundaryCriteria).toEqual([expect.objectContaining({ nl: "Waar de bus stopt", group: "practice" })]);
    expect(await api.lists.reset({ list: "onlineSources" })).toEqual({ reset: true });
    expect((await api.lists.all()).onlineSources).toHaveLength(LISTS.onlineSources.starter.length);
    expect(await api.lists.reset({ list: "onlineSources" })).toEqual({ reset: false });
  });
});
