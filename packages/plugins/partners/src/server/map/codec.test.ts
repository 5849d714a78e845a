import { describe, expect, it } from "vitest";
import { FLAG_COARSENED, FLAG_MISSING, packPoints, unpackPoints } from "./codec";

const rows = [
  {
    id: "a",
    lat: 50.8812345,
    lng: 4.7012345,
    status: "intensive",
    kind: "service",
    sector: "health",
    missing: false,
    coarsened: false,
    name: "Huisartsen, De Markt",
  },
  { id: "b", lat: 50.88, lng: 4.7, status: "let_go", kind: "place", sector: null, missing: true, coarsened: false, name: "Bank" },
  {
    id: "c",
    lat: 50.875,
    lng: 4.71,
    status: "occasional",
    kind: "key_figure",
    sector: "religion",
    missing: false,
    coarsened: true,
    name: "De imam",
  },
  {
    id: "d",
    lat: 50.87,
    lng: 4.69,
    status: "dormant",
    kind: "business",
    sector: "health",
    missing: false,
    coarsened: false,
    name: "Apotheek",
  },
];

describe("packed points", () => {
  it("round-trip, with sectors stored once and coordinates to about a metre", () => {
    const packed = packPoints(rows);
    expect(packed.sectors).toEqual(["health", "religion"]);
    expect(packed.sector).toEqual([0, -1, 1, 0]);
    expect(packed.flags).toEqual([0, FLAG_MISSING, FLAG_COARSENED, 0]);
    expect(packed.lat[0]).toBe(50.88123);
    expect(unpackPoints(packed)).toEqual([
      {
        id: "a",
        name: "Huisartsen, De Markt",
        lat: 50.88123,
        lng: 4.70123,
        status: "intensive",
        kind: "service",
        sector: "health",
        missing: false,
        coarsened: false,
      },
      { id: "b", name: "Bank", lat: 50.88, lng: 4.7, status: "let_go", kind: "place", sector: null, missing: true, coarsened: false },
      {
        id: "c",
        name: "De imam",
        lat: 50.875,
        lng: 4.71,
        status: "occasional",
        kind: "key_figure",
        sector: "religion",
        missing: false,
        coarsened: true,
      },
      {
        id: "d",
        name: "Apotheek",
        lat: 50.87,
        lng: 4.69,
        status: "dormant",
        kind: "business",
        sector: "health",
        missing: false,
        coarsened: false,
      },
    ]);
  });

  it("are smaller than the same points as objects", () => {
    const many = Array.from(
      { length: 1000 },
      (_, i) => ({ ...rows[i % 4], id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}` }) as (typeof rows)[number],
    );
    const packed = JSON.stringify(packPoints(many)).length;
    const plain = JSON.stringify(unpackPoints(packPoints(many))).length;
    expect(packed).toBeLessThan(plain * 0.6);
  });

  it("keep the arrays aligned when there are no points", () => {
    expect(packPoints([])).toEqual({ id: [], name: [], lat: [], lng: [], status: [], kind: [], sector: [], flags: [], sectors: [] });
    expect(unpackPoints(packPoints([]))).toEqual([]);
  });
});
