/**
 * BA-3 on the map, at the API: points, lines and areas drawn on an analysis's map with a label, a category and a note;
 * shapes checked (an area closed, too few corners refused); the note a sensitive field with the working notes'
 * retention; the field worker's neighbourhood scope; the layers under the drawing: the neighbourhood's boundary and,
 * with Partners on, its actors through Partners' public server API (never a key figure, never a private actor of
 * another organisation).
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
import { manifest as partnersManifest } from "@zorgzaam/plugin-partners/manifest";
import { server as partnersServer } from "@zorgzaam/plugin-partners/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buurtanalysePlugin as buurtanalyse } from "../definition";
import { clearExpiredNotes } from "./jobs/retention";

const partnersPlugin = { manifest: partnersManifest, server: partnersServer, messages: { nl: {}, fr: {}, en: {} } };
installModules([partnersPlugin, buurtanalyse]);
const call = moduleCaller(buurtanalyse);

let T: TenantFixture;
let regie: MemberFixture;
let worker: MemberFixture;
let admin: MemberFixture;
let analysisId: string;
let otherId: string;

const SQUARE = [
  [4.35, 50.84],
  [4.36, 50.84],
  [4.36, 50.85],
  [4.35, 50.85],
  [4.35, 50.84],
] as [number, number][];

beforeAll(async () => {
  T = await createTenant({ tag: "ba-map" });
  await setModuleEnabled(T.id, buurtanalyse, true);
  regie = T.users.regie as MemberFixture;
  worker = T.users.field_worker as MemberFixture;
  admin = T.users.admin as MemberFixture;
  await ownerDb().neighbourhood.update({
    where: { id: T.neighbourhoods[0].id },
    data: { boundary: { type: "Polygon", coordinates: [SQUARE] } },
  });
  const api = call(regie, T);
  analysisId = (
    await api.analyses.create({ title: "Kaart A", periodEnd: new Date("2025-06-30"), neighbourhoodIds: [T.neighbourhoods[0].id] })
  ).id;
  otherId = (await api.analyses.create({ title: "Kaart B", neighbourhoodIds: [T.neighbourhoods[1].id] })).id;
});

afterAll(async () => {
  await closeAll();
});

describe("drawing on the analysis's map", () => {
  it("keeps points, lines and areas with their label, category and note; an area's ring is closed", async () => {
    const api = call(worker, T);
    const p = await api.map.add({
      analysisId,
      category: "meeting_place",
      label: "Bankje aan de kerk",
      note: "Elke ochtend zitten daar dezelfde buren",
      geometry: { type: "Point", coordinates: [4.355, 50.845] },
    });
    await api.map.add({
      analysisId,
      category: "barrier",
      label: "Steenweg",
      note: null,
      geometry: {
        type: "LineString",
        coordinates: [
          [4.35, 50.846],
          [4.36, 50.846],
        ],
      },
    });
    const area = await api.map.add({
      analysisId,
      category: "avoided",
      label: "Donker parkje",
      note: null,
      geometry: { type: "Polygon", coordinates: [SQUARE.slice(0, 4)] },
    });
    const m = await api.map.get({ analysisId });
    expect(m.items.map((i) => [i.kind, i.category, i.label])).toEqual([
      ["point", "meeting_place", "Bankje aan de kerk"],
      ["line", "barrier", "Steenweg"],
      ["area", "avoided", "Donker parkje"],
    ]);
    const a = m.items.find((i) => i.id === area.id);
    expect(a?.geometry.type === "Polygon" && a.geometry.coordinates[0]).toEqual(SQUARE);
    expect(m.items.find((i) => i.id === p.id)?.note).toContain("dezelfde buren");
    expect(m.boundaries).toHaveLength(1);
    expect(m.frame).toEqual([4.35, 50.84, 4.36, 50.85]);
    expect(m.partners).toBeNull();

    // Moved on the map: only the shape changes; words stay.
    await api.map.update({ id: p.id, geometry: { type: "Point", coordinates: [4.356, 50.844] } });
    // Changed in the list: a point may become an area (its kind follows the shape).
    await api.map.update({ id: p.id, label: "Kerkplein", geometry: { type: "Polygon", coordinates: [SQUARE] } });
    const after = (await api.map.get({ analysisId })).items.find((i) => i.id === p.id);
    expect(after).toMatchObject({ label: "Kerkplein", kind: "area", category: "meeting_place", version: 3 });
    expect(after?.note).toContain("dezelfde buren");
  });

  it("refuses shapes it cannot keep, with the field named", async () => {
    const api = call(worker, T);
    const bad = [
      { type: "LineString", coordinates: [[4.35, 50.84]] },
      { type: "Polygon", coordinates: [SQUARE.slice(0, 2)] },
      { type: "Polygon", coordinates: [SQUARE, SQUARE] },
      { type: "Point", coordinates: [200, 50] },
      { type: "MultiPoint", coordinates: [[4.35, 50.84]] },
    ];
    for (const geometry of bad) {
      await expect(
        api.map.add({ analysisId, category: "other", label: "x", note: null, geometry: geometry as never }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(
      api.map.add({ analysisId, category: "other", label: "x".repeat(101), note: null, geometry: { type: "Point", coordinates: [4, 50] } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("keeps notes from those without the notes permission, and clears them with the working notes", async () => {
    const m = await call(admin, T).map.get({ analysisId });
    expect(m.notesVisible).toBe(false);
    expect(m.items.every((i) => i.note === null)).toBe(true);
    // An admin may not edit, and a member without the notes permission may not write a note anyway.
    await expect(
      call(admin, T).map.add({ analysisId, category: "other", label: "x", note: "y", geometry: { type: "Point", coordinates: [4, 50] } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const db = ownerDb();
    expect(await clearExpiredNotes(db as never, T.id, 24, new Date("2026-01-01"))).toBe(0);
    expect(await clearExpiredNotes(db as never, T.id, 1, new Date("2026-01-01"))).toBe(1);
    expect(await db.buurtanalyseMapItem.count({ where: { analysisId, note: { not: null } } })).toBe(0);
  });

  it("follows the field worker's neighbourhoods: another neighbourhood's map is not found", async () => {
    await call(regie, T).map.add({
      analysisId: otherId,
      category: "facility",
      label: "Bib",
      note: null,
      geometry: { type: "Point", coordinates: [4.3, 50.8] },
    });
    const item = (await call(regie, T).map.get({ analysisId: otherId })).items[0];
    // The fixture's field worker has the first neighbourhood only.
    await expect(call(worker, T).map.get({ analysisId: otherId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(call(worker, T).map.update({ id: item?.id ?? "", label: "Niet van mij" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(call(worker, T).map.remove({ id: item?.id ?? "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await call(regie, T).map.remove({ id: item?.id ?? "" });
    expect((await call(regie, T).map.get({ analysisId: otherId })).items).toHaveLength(0);
  });

  it("lays the partner map's actors around the buurt over the drawing when Partners is on, never a key figure", async () => {
    await setModuleEnabled(T.id, partnersPlugin, true);
    const db = ownerDb();
    const other = await db.organisation.create({ data: { tenantId: T.id, name: "Andere organisatie" } });
    await db.partnersActor.createMany({
      data: [
        { tenantId: T.id, name: "Buurthuis", kind: "organisation", lat: 50.845, lng: 4.355 },
        { tenantId: T.id, name: "Ver weg", kind: "organisation", lat: 51.2, lng: 3.2 },
        { tenantId: T.id, name: "Sleutelfiguur", kind: "key_figure", lat: 50.845, lng: 4.356 },
        { tenantId: T.id, name: "Zonder punt", kind: "service" },
        {
          tenantId: T.id,
          name: "Privé van een ander",
          kind: "service",
          lat: 50.845,
          lng: 4.357,
          organisationId: other.id,
          visibility: "organisation",
        },
      ],
    });
    const m = await call(worker, T).map.get({ analysisId });
    expect(m.partners?.places.map((p) => p.name)).toEqual(["Buurthuis"]);
    expect(m.partners?.more).toBe(false);
  });
});
