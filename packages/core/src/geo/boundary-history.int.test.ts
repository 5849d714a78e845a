/**
 * No boundary is lost (BA-3, migration 20261206050000): the database keeps the boundary a change replaces, whoever
 * makes it: core's setNeighbourhoodBoundary (its source and the transaction's user), and a plain UPDATE that does not go
 * through it (a module, a script: source "direct"). Nothing is kept when there was no boundary or nothing changed,
 * and the kept rows stay inside their tenant.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "../db/client";
import { closeAll, createTenant, ownerDb, type TenantFixture } from "../testing/index";
import { setNeighbourhoodBoundary } from "./boundary-history";

const square = (x: number) => ({
  type: "Polygon",
  coordinates: [
    [
      [4.3 + x, 50.8],
      [4.31 + x, 50.8],
      [4.31 + x, 50.81],
      [4.3 + x, 50.81],
      [4.3 + x, 50.8],
    ],
  ],
});

let A: TenantFixture;
let B: TenantFixture;
let nId: string;

beforeAll(async () => {
  A = await createTenant({ tag: "boundary-keep-a" });
  B = await createTenant({ tag: "boundary-keep-b" });
  const n = await ownerDb().neighbourhood.create({
    data: { tenantId: A.id, name: "Zonder grens", boundary: undefined },
    select: { id: true },
  });
  nId = n.id;
});
afterAll(closeAll);

const versions = () => ownerDb().neighbourhoodBoundaryVersion.findMany({ where: { neighbourhoodId: nId }, orderBy: { replacedAt: "asc" } });

describe("the boundary history is kept by the database", () => {
  it("keeps nothing for a first boundary or an unchanged one, then the replaced one with its source and user", async () => {
    const regie = A.users.regie.id;
    await withTenant(A.id, regie, (tx) =>
      setNeighbourhoodBoundary(tx, { tenantId: A.id, neighbourhoodId: nId, boundary: square(0), source: "core" }),
    );
    expect(await versions()).toHaveLength(0);
    const same = await withTenant(A.id, regie, (tx) =>
      setNeighbourhoodBoundary(tx, { tenantId: A.id, neighbourhoodId: nId, boundary: square(0), source: "core" }),
    );
    expect(same).toEqual({ changed: false, versionId: null });
    const r = await withTenant(A.id, regie, (tx) =>
      setNeighbourhoodBoundary(tx, { tenantId: A.id, neighbourhoodId: nId, boundary: square(0.01), source: "buurtanalyse" }),
    );
    const kept = await versions();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ id: r.versionId, source: "buurtanalyse", replacedById: regie, boundary: square(0) });
  });

  it("keeps the boundary replaced by an UPDATE that does not go through core (source 'direct')", async () => {
    const worker = A.users.field_worker.id;
    await withTenant(
      A.id,
      worker,
      (tx) => tx.$executeRaw`UPDATE "Neighbourhood" SET "boundary" = ${JSON.stringify(square(0.02))}::jsonb WHERE "id" = ${nId}::uuid`,
    );
    const kept = await versions();
    expect(kept).toHaveLength(2);
    expect(kept[1]).toMatchObject({ source: "direct", replacedById: worker, boundary: square(0.01) });
    // Removing the boundary keeps the last one too.
    await withTenant(A.id, null, (tx) => tx.neighbourhood.update({ where: { id: nId }, data: { name: "Nog steeds zonder grens" } }));
    expect(await versions()).toHaveLength(2);
    await withTenant(A.id, null, (tx) => tx.$executeRaw`UPDATE "Neighbourhood" SET "boundary" = NULL WHERE "id" = ${nId}::uuid`);
    expect((await versions()).at(-1)).toMatchObject({ source: "direct", replacedById: null, boundary: square(0.02) });
  });

  it("keeps the history inside its tenant", async () => {
    const seen = await withTenant(B.id, null, (tx) => tx.neighbourhoodBoundaryVersion.count({ where: { neighbourhoodId: nId } }));
    expect(seen).toBe(0);
    const own = await withTenant(A.id, null, (tx) => tx.neighbourhoodBoundaryVersion.count({ where: { neighbourhoodId: nId } }));
    expect(own).toBe(3);
  });
});
