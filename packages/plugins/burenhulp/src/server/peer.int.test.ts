/**
 * Peer mode without a dispatcher (issue 12): a helper with an account who opted in sees anonymised open small requests
 * near her (kind, street name, when; never the asker, her house number, the notes; heavy or untriaged never) and can
 * say "ik kan helpen", which makes a proposed match that a worker confirms before any details are shared. Off by default
 * per tenant; an opted-out helper sees nothing.
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
import { streetName } from "./routers/peer";

installModules([burenhulp]);
const call = moduleCaller(burenhulp);

let T: TenantFixture;
let regie: MemberFixture;
let volunteer: MemberFixture;
let shopping: string;
let plants: string;
let me: string;
let small: string;
let heavy: string;
let unsure: string;
let otherKind: string;
let farAway: string;
let asker: string;

const NOTE = "GEHEIM-NOTITIE-over-de-gezondheid";

async function person(firstName: string, lastName: string, neighbourhoodId: string | null, email: string | null = null) {
  return (
    await ownerDb().person.create({
      data: { tenantId: T.id, firstName, lastName, neighbourhoodId, email, languages: [] },
      select: { id: true },
    })
  ).id;
}

async function setPeerMode(on: boolean) {
  await ownerDb().tenantModule.update({
    where: { tenantId_moduleId: { tenantId: T.id, moduleId: "burenhulp" } },
    data: { settings: { peerMode: on } },
  });
}

beforeAll(async () => {
  T = await createTenant({ tag: "bh-peer" });
  await setModuleEnabled(T.id, burenhulp, true);
  regie = T.users.regie as MemberFixture;
  volunteer = T.users.volunteer as MemberFixture;
  const api = call(regie, T);
  const kinds = await api.kinds.list();
  shopping = kinds.find((k) => k.key === "shopping")?.id ?? "";
  plants = kinds.find((k) => k.key === "plants")?.id ?? "";
  const [here, there] = [T.neighbourhoods[0].id, T.neighbourhoods[1]?.id ?? null];
  me = await person("Vera", "Helpt", here, volunteer.email);
  await api.offers.create({ personId: me, kindId: shopping, neighbourhoodId: here, street: "Kerkstraat" });
  asker = await person("Fatima", "Vraagtgeheim", here);
  const ask = async (kindId: string, weight: "small" | "heavy" | "unsure", neighbourhoodId: string | null, street: string) =>
    (
      await api.requests.create({
        personId: asker,
        kindId,
        channel: "field_worker",
        weight,
        neighbourhoodId,
        street,
        notes: NOTE,
        whenKind: "once",
        startsOn: "2030-03-06",
      } as never)
    ).id;
  small = await ask(shopping, "small", here, "Kerkstraat 12 bus 3");
  heavy = await ask(shopping, "heavy", here, "Kerkstraat 14");
  unsure = await ask(shopping, "unsure", here, "Kerkstraat 16");
  otherKind = await ask(plants, "small", here, "Kerkstraat 18");
  farAway = await ask(shopping, "small", there, "Verre Laan 1");
});

afterAll(async () => {
  await closeAll();
});

describe("peer mode (no dispatcher)", () => {
  it("is off by default: nothing listed, opting in and offering are refused", async () => {
    const peer = call(volunteer, T);
    expect((await peer.mine.overview()).peerMode).toBe(false);
    expect(await peer.peer.nearby()).toEqual([]);
    await expect(peer.mine.setPeer({ on: true })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    // She cannot see the request near her (she has not opted in), so it is not found for her, as another tenant's id.
    await expect(peer.peer.offerHelp({ requestId: small })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows an opted-out helper nothing, even with peer mode on", async () => {
    await setPeerMode(true);
    const peer = call(volunteer, T);
    expect(await peer.mine.overview()).toMatchObject({ peerMode: true, peerOptIn: false });
    expect(await peer.peer.nearby()).toEqual([]);
    await expect(peer.peer.offerHelp({ requestId: small })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows an opted-in helper only small open requests of her kind nearby, with no personal field", async () => {
    const peer = call(volunteer, T);
    expect(await peer.mine.setPeer({ on: true })).toEqual({ changed: 1 });
    expect((await peer.mine.overview()).peerOptIn).toBe(true);
    const list = await peer.peer.nearby();
    expect(list.map((r) => r.requestId)).toEqual([small]);
    expect(list[0]).toEqual({
      requestId: small,
      kind: { key: "shopping", label: expect.anything() },
      street: "Kerkstraat",
      neighbourhood: T.neighbourhoods[0].name,
      whenKind: "once",
      startsOn: new Date("2030-03-06"),
      endsOn: null,
      weekdays: [],
    });
    const text = JSON.stringify(list);
    for (const secret of ["Fatima", "Vraagtgeheim", asker, NOTE, "Kerkstraat 12", "bus 3"]) expect(text).not.toContain(secret);
    for (const never of [heavy, unsure, otherKind, farAway]) expect(text).not.toContain(never);
    // Heavy requests are never offered, not even by id.
    await expect(peer.peer.offerHelp({ requestId: heavy })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Where the neighbourhood only facilitates (BH-10), nobody is matched: not even by a helper herself.
    await call(regie, T).areas.set({ neighbourhoodId: T.neighbourhoods[0].id, mode: "facilitation" });
    expect(await peer.peer.nearby()).toEqual([]);
    await expect(peer.peer.offerHelp({ requestId: small })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await call(regie, T).areas.set({ neighbourhoodId: T.neighbourhoods[0].id, mode: "matching" });
    expect((await peer.peer.nearby()).map((r) => r.requestId)).toEqual([small]);
  });

  it("'ik kan helpen' proposes a match; who and where are shared only once a worker confirms", async () => {
    const peer = call(volunteer, T);
    const { id } = await peer.peer.offerHelp({ requestId: small });
    expect(await ownerDb().burenhulpMatch.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "proposed", requestId: small });
    // The contact point hears it.
    expect(await ownerDb().contactMessage.count({ where: { tenantId: T.id, personId: me } })).toBe(1);
    // Gone from her list, and not twice.
    expect(await peer.peer.nearby()).toEqual([]);
    await expect(peer.peer.offerHelp({ requestId: small })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const before = (await peer.mine.overview()).matches.find((m) => m.id === id);
    expect(before).toMatchObject({ status: "proposed", who: null, street: null });
    expect(JSON.stringify(await peer.mine.overview())).not.toContain("Fatima");
    // The worker sees it on the request and confirms.
    await call(regie, T).matches.setStatus({ id, status: "confirmed" });
    const after = (await peer.mine.overview()).matches.find((m) => m.id === id);
    expect(after).toMatchObject({ status: "confirmed", who: "Fatima", street: "Kerkstraat 12 bus 3" });
  });

  it("opting out hides the list again", async () => {
    const peer = call(volunteer, T);
    await peer.mine.setPeer({ on: false });
    expect((await peer.mine.overview()).peerOptIn).toBe(false);
    expect(await peer.peer.nearby()).toEqual([]);
  });
});

describe("streetName", () => {
  it("keeps the street name only", () => {
    expect(streetName("Kerkstraat 12 bus 3")).toBe("Kerkstraat");
    expect(streetName("12, rue Haute")).toBe("rue Haute");
    expect(streetName("Rue du Midi 4A")).toBe("Rue du Midi");
    expect(streetName("  Lindestraat ")).toBe("Lindestraat");
    expect(streetName("")).toBeNull();
    expect(streetName(null)).toBeNull();
  });
});
