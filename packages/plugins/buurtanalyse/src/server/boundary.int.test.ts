/**
 * BA-3 "teken jouw buurt", at the API: each member's own drawing (one, replaced when drawn again), drawings for someone
 * by role only, the agreement overlay (others' drawings only as bands, never whole), the decision (one boundary or
 * fuzzy) and the confirmed write to the neighbourhood through core, which keeps the old boundary in its history.
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
import { buurtanalysePlugin as buurtanalyse } from "../definition";

installModules([buurtanalyse]);
const call = moduleCaller(buurtanalyse);

let T: TenantFixture;
let regie: MemberFixture;
let worker: MemberFixture;
let analysisId: string;
let otherId: string;

const at = (x: number, y: number) => [4.35 + x / 1000, 50.85 + y / 1000] as [number, number];
const box = (x0: number, y0: number, x1: number, y1: number) => ({
  type: "Polygon" as const,
  coordinates: [[at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)]],
});
const OLD = box(-5, -5, 10, 10);

beforeAll(async () => {
  T = await createTenant({ tag: "ba-bound" });
  await setModuleEnabled(T.id, buurtanalyse, true);
  regie = T.users.regie as MemberFixture;
  worker = T.users.field_worker as MemberFixture;
  await ownerDb().neighbourhood.update({ where: { id: T.neighbourhoods[0].id }, data: { boundary: OLD } });
  const api = call(regie, T);
  analysisId = (await api.analyses.create({ title: "Grens A", neighbourhoodIds: [T.neighbourhoods[0].id] })).id;
  otherId = (await api.analyses.create({ title: "Grens B", neighbourhoodIds: [T.neighbourhoods[1].id] })).id;
});

afterAll(async () => {
  await closeAll();
});

describe("teken jouw buurt", () => {
  it("keeps one drawing of her own per member (drawn again: replaced), and more for someone by role", async () => {
    const w = call(worker, T);
    const first = await w.boundary.draw({ analysisId, geometry: box(0, 0, 2, 2) });
    const again = await w.boundary.draw({ analysisId, geometry: box(0, 0, 3, 2) });
    expect(again.id).toBe(first.id);
    await w.boundary.draw({ analysisId, drawnFor: "resident", geometry: box(1, 1, 3, 3) });
    await call(regie, T).boundary.draw({ analysisId, geometry: box(1, 0, 3, 2) });
    const g = await w.boundary.get({ analysisId });
    expect(g.drawings).toHaveLength(3);
    expect(g.mine?.id).toBe(first.id);
    expect(g.forOthers.map((x) => x.drawnFor)).toEqual(["resident"]);
    expect(g.drawings.find((d) => d.drawnFor === "resident")?.author).toBeTruthy();
    // The others' drawings are not sent whole: only as the bands and the parts one drew alone.
    expect(JSON.stringify(g.drawings)).not.toContain("coordinates");
    expect(g.agreement.drawings).toBe(3);
    expect(g.agreement.bands.all.hectares).toBeGreaterThan(0);
    expect(g.agreement.bands.most.hectares).toBeGreaterThan(0);
  });

  it("refuses an area that is not one ring, and another's drawing", async () => {
    await expect(
      call(worker, T).boundary.draw({ analysisId, geometry: { type: "Polygon", coordinates: [[at(0, 0), at(1, 1)]] } as never }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const g = await call(regie, T).boundary.get({ analysisId });
    const hers = g.drawings.find((d) => !d.mine);
    await expect(call(regie, T).boundary.redraw({ id: hers?.id ?? "", geometry: box(0, 0, 1, 1) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("follows the field worker's neighbourhoods", async () => {
    await expect(call(worker, T).boundary.get({ analysisId: otherId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(call(worker, T).boundary.draw({ analysisId: otherId, geometry: box(0, 0, 1, 1) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("decides fuzzy (core and edge) or one boundary; only the regie writes it, after the confirm, and core keeps the old one", async () => {
    const w = call(worker, T);
    await w.boundary.decide({ analysisId, mode: "fuzzy" });
    let g = await w.boundary.get({ analysisId });
    expect(g.decision?.mode).toBe("fuzzy");
    expect(g.decision?.core).toBeTruthy();
    await expect(
      call(regie, T).boundary.confirm({ analysisId, neighbourhoodId: T.neighbourhoods[0].id, confirm: true }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await w.boundary.decide({ analysisId, mode: "one", source: "most" });
    g = await w.boundary.get({ analysisId });
    expect(g.decision?.source).toBe("most");
    // The field worker may draw and decide, not write a neighbourhood's boundary.
    await expect(w.boundary.confirm({ analysisId, neighbourhoodId: T.neighbourhoods[0].id, confirm: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Only a neighbourhood of the analysis.
    await expect(
      call(regie, T).boundary.confirm({ analysisId, neighbourhoodId: T.neighbourhoods[1].id, confirm: true }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const r = await call(regie, T).boundary.confirm({ analysisId, neighbourhoodId: T.neighbourhoods[0].id, confirm: true });
    expect(r.changed).toBe(true);
    const n = await ownerDb().neighbourhood.findUnique({ where: { id: T.neighbourhoods[0].id } });
    expect(n?.boundary).toEqual(g.decision?.geometry);
    const history = await ownerDb().neighbourhoodBoundaryVersion.findMany({ where: { neighbourhoodId: T.neighbourhoods[0].id } });
    expect(history).toHaveLength(1);
    expect(history[0]?.boundary).toEqual(OLD);
    expect(history[0]?.source).toBe("buurtanalyse");
    expect(history[0]?.replacedById).toBe(regie.id);
    g = await w.boundary.get({ analysisId });
    expect(g.decision?.confirmed?.neighbourhoodId).toBe(T.neighbourhoods[0].id);
  });

  it("decides on one person's drawing; an unknown drawing is refused", async () => {
    const w = call(worker, T);
    const g = await w.boundary.get({ analysisId });
    await w.boundary.decide({ analysisId, mode: "one", source: "drawing", drawingId: g.mine?.id ?? null });
    expect((await w.boundary.get({ analysisId })).decision?.geometry).toEqual(g.mine?.geometry);
    await expect(
      w.boundary.decide({ analysisId, mode: "one", source: "drawing", drawingId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("deletes her own drawing; the regie may delete any", async () => {
    const g = await call(worker, T).boundary.get({ analysisId });
    const resident = g.forOthers[0]?.id ?? "";
    await call(regie, T).boundary.remove({ id: resident });
    await call(worker, T).boundary.remove({ id: g.mine?.id ?? "" });
    expect((await call(worker, T).boundary.get({ analysisId })).drawings).toHaveLength(1);
  });
});
