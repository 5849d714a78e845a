/**
 * Facilitation (BH-10): where the tenant or a neighbourhood only facilitates, nobody is matched, and workers keep a
 * light log of spontaneous help (counted in the figures; the story under the notes' permission; a field worker sees
 * her neighbourhoods' entries and her own).
 */
import {
  closeAll,
  createTenant,
  installModules,
  type MemberFixture,
  moduleCaller,
  ownerDb,
  setModuleEnabled,
  type TenantFixture,
} from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { burenhulpPlugin as burenhulp } from "../definition";

installModules([burenhulp]);
const call = moduleCaller(burenhulp);

let T: TenantFixture;
let regie: MemberFixture;
let worker: MemberFixture;
let shopping: string;
let asker: string;
let helper: string;

async function person(firstName: string, neighbourhoodId: string) {
  return (
    await ownerDb().person.create({
      data: { tenantId: T.id, firstName, lastName: "Buur", neighbourhoodId, languages: [] },
      select: { id: true },
    })
  ).id;
}

async function setMode(mode: "matching" | "facilitation") {
  await ownerDb().tenantModule.update({
    where: { tenantId_moduleId: { tenantId: T.id, moduleId: "burenhulp" } },
    data: { settings: { mode } },
  });
}

const [A, B] = [0, 1] as const;

beforeAll(async () => {
  T = await createTenant({ tag: "bh-facil" });
  await setModuleEnabled(T.id, burenhulp, true);
  regie = T.users.regie as MemberFixture;
  worker = T.users.field_worker as MemberFixture;
  shopping = (await call(regie, T).kinds.list()).find((k) => k.key === "shopping")?.id ?? "";
  [asker, helper] = [await person("Fatima", T.neighbourhoods[A].id), await person("Ann", T.neighbourhoods[A].id)];
  await call(regie, T).offers.create({ personId: helper, kindId: shopping, neighbourhoodId: T.neighbourhoods[A].id, street: "Kerkstraat" });
});

afterAll(async () => {
  await closeAll();
});

describe("the way of working", () => {
  it("a neighbourhood set to facilitation gets no proposed helpers and no match; the others still do", async () => {
    const api = call(regie, T);
    const req = async (n: typeof A | typeof B) =>
      (
        await api.requests.create({
          personId: asker,
          kindId: shopping,
          channel: "field_worker",
          weight: "small",
          neighbourhoodId: T.neighbourhoods[n].id,
          street: "Kerkstraat",
        })
      ).id;
    const here = await req(A);
    expect((await api.matches.candidates({ requestId: here })).length).toBe(1);
    expect((await api.areas.list()).neighbourhoods.find((n) => n.id === T.neighbourhoods[A].id)?.mode).toBe("matching");
    // A field worker may not change it; regie may.
    await expect(call(worker, T).areas.set({ neighbourhoodId: T.neighbourhoods[A].id, mode: "facilitation" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await api.areas.set({ neighbourhoodId: T.neighbourhoods[A].id, mode: "facilitation" });
    expect((await api.areas.list()).neighbourhoods.find((n) => n.id === T.neighbourhoods[A].id)?.mode).toBe("facilitation");
    expect((await api.requests.get({ id: here })).facilitation).toBe(true);
    await expect(api.matches.candidates({ requestId: here })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("koppelen we niet"),
    });
    const offerId = (await api.offers.list()).items[0]?.id ?? "";
    await expect(api.matches.create({ requestId: here, offerId })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    // The other neighbourhood still matches (the helper lives in A, the street is the same: distance is advice).
    const there = await req(B);
    expect((await api.requests.get({ id: there })).facilitation).toBe(false);
    await expect(api.matches.candidates({ requestId: there })).resolves.toBeInstanceOf(Array);
    // An audit event says who changed it.
    expect(await ownerDb().auditEvent.count({ where: { tenantId: T.id, action: "burenhulp.area.mode" } })).toBe(1);
    await api.areas.set({ neighbourhoodId: T.neighbourhoods[A].id, mode: "matching" });
    expect((await api.matches.candidates({ requestId: here })).length).toBe(1);
    // The whole tenant facilitating: everywhere.
    await setMode("facilitation");
    expect((await api.requests.get({ id: there })).facilitation).toBe(true);
    expect((await api.stories.list()).facilitation).toBe("all");
    await expect(api.matches.candidates({ requestId: here })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await setMode("matching");
  });
});

describe("the log of spontaneous help", () => {
  it("counts entries in the figures, keeps their story, refuses bad input, and follows the neighbourhood scope", async () => {
    const api = call(regie, T);
    const on = new Date(Date.now() - 2 * 86_400_000);
    const day = new Date(Date.UTC(on.getUTCFullYear(), on.getUTCMonth(), on.getUTCDate()));
    const inA = await api.stories.create({
      happenedOn: day,
      neighbourhoodId: T.neighbourhoods[A].id,
      kindId: shopping,
      times: 3,
      story: "Drie buren deden samen boodschappen na de koffieochtend.",
    });
    const inB = await api.stories.create({ happenedOn: day, neighbourhoodId: T.neighbourhoods[B].id, times: 4 });
    const list = await api.stories.list();
    expect(list.items.map((s) => s.id).sort()).toEqual([inA.id, inB.id].sort());
    expect(list.total).toEqual({ entries: 2, times: 7 });
    expect(list.items.find((s) => s.id === inA.id)).toMatchObject({ times: 3, story: expect.stringContaining("koffieochtend") });
    // Figures: 7 times in total; per neighbourhood 3 and 4 are under the small-cell rule.
    const f = await api.figures.get();
    expect(f.total.spontaneous).toBe(7);
    expect(f.neighbourhoods.find((n) => n.neighbourhoodId === T.neighbourhoods[A].id)?.spontaneous).toBeNull();
    // The field worker (neighbourhood A) sees A's entry, not B's; her own entry without a neighbourhood too.
    const own = await call(worker, T).stories.create({ happenedOn: day, times: 1 });
    expect((await call(worker, T).stories.list()).items.map((s) => s.id).sort()).toEqual([inA.id, own.id].sort());
    await expect(call(worker, T).stories.remove({ id: inB.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Bad input: a count of 0 and a story over the limit are refused, naming the field.
    await expect(api.stories.create({ happenedOn: day, times: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.stories.create({ happenedOn: day, story: "x".repeat(2_001) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/2[.\s\u202f]?000/),
    });
    // A mistaken entry goes, with an audit event.
    await api.stories.remove({ id: inB.id });
    expect((await api.stories.list()).total.entries).toBe(2);
    expect(await ownerDb().auditEvent.count({ where: { tenantId: T.id, action: "burenhulp.story.removed", targetId: inB.id } })).toBe(1);
    // A period without entries.
    expect((await api.stories.list({ from: new Date("2000-01-01"), to: new Date("2000-12-31") })).total).toEqual({ entries: 0, times: 0 });
  });
});
