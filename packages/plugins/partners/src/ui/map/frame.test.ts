import { describe, expect, it } from "vitest";
import type { Bbox } from "@zorgzaam/ui/map";
import { openingFrame, outsideArea, padded } from "./frame";

/** The box of the neighbourhoods (core's boundariesArea gives it with the map config). */
const molenwijk: Bbox = [4.69, 50.87, 4.71, 50.89];
const inside = { id: "a", lat: 50.88, lng: 4.7 };
const nearby = { id: "b", lat: 50.895, lng: 4.715 };
const farAway = { id: "c", lat: 51.2, lng: 3.2 };

describe("map framing", () => {
  it("opens on the neighbourhoods, not on every point: one far-away point does not shrink the area", () => {
    expect(openingFrame([inside, farAway], molenwijk)).toEqual(padded([4.69, 50.87, 4.71, 50.89]));
    // Without boundaries: the points, else the tenant's view.
    expect(openingFrame([inside, nearby], null)).toEqual(padded([4.7, 50.88, 4.715, 50.895]));
    expect(openingFrame([], null)).toBeNull();
  });

  it("lists the points far outside the neighbourhoods, and none when there is no boundary", () => {
    expect(outsideArea([inside, nearby, farAway], molenwijk).map((p) => p.id)).toEqual(["c"]);
    expect(outsideArea([inside, farAway], null)).toEqual([]);
  });
});
