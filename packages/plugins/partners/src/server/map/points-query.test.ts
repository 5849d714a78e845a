import { sql as sqlTag } from "@zorgzaam/core/plugin";
import { describe, expect, it } from "vitest";
import { coarsen, pointFor } from "../access";
import { PointPacker, unpackPoints } from "./codec";
import { packColumns, pointsStatement } from "./points-query";

const columns = {
  withoutPoint: 3,
  id: "a,b,c",
  lat: "50.881234,50.873456,50.88",
  lng: "4.701234,4.712347,4.7",
  status: "intensive,occasional,let_go",
  kind: "service,key_figure,place",
  sector: "health,,shops",
  missing: "0,0,1",
  name: ["Huisartsen, De Markt", "De imam", "Bank"],
};

describe("points as columns", () => {
  it("read back into points, key figures through pointFor", () => {
    const packer = new PointPacker();
    const noKeyFigures = { permissions: new Set<string>() };
    expect(packColumns(columns, packer, (a) => pointFor(noKeyFigures, a), true)).toBe(3);
    const points = unpackPoints(packer.out);
    expect(points.map((p) => [p.id, p.status, p.kind, p.sector, p.missing, p.coarsened])).toEqual([
      ["a", "intensive", "service", "health", false, false],
      ["b", "occasional", "key_figure", null, false, true],
      ["c", "let_go", "place", "shops", true, false],
    ]);
    expect(points[0]).toMatchObject({ lat: 50.88123, lng: 4.70123, name: "Huisartsen, De Markt" });
    expect(points.map((p) => p.name)).toEqual(["Huisartsen, De Markt", "De imam", "Bank"]);
    expect(points[1]).toMatchObject({ lat: coarsen(50.873456), lng: coarsen(4.712347) });
  });

  it("give nothing for an empty selection (the aggregates are null)", () => {
    const packer = new PointPacker();
    const empty = { withoutPoint: 0, id: null, lat: null, lng: null, status: null, kind: null, sector: null, missing: null };
    expect(packColumns(empty, packer, (a) => a, false)).toBe(0);
    expect(packer.out.id).toEqual([]);
  });

  it("aggregate every column over the same rows (only those with a point) and count the others", () => {
    const sql = pointsStatement(sqlTag`a."tenantId" = ${"t"}::uuid`).text;
    // id, lat, lng, status, kind, sector, missing, personHidden, name.
    expect(sql.match(/FILTER \(WHERE a\."lat" IS NOT NULL AND a\."lng" IS NOT NULL\)/g)).toHaveLength(9);
    expect(sql).toContain(`count(*) FILTER (WHERE NOT (a."lat" IS NOT NULL AND a."lng" IS NOT NULL))`);
  });
});
