import { describe, expect, it } from "vitest";
import { type NeighbourhoodArea, openingFrame, outsideArea, padded } from "./frame";

const molenwijk: NeighbourhoodArea = {
  id: "n1",
  name: "Molenwijk",
  boundary: {
    type: "Polygon",
    coordinates: [
      [
        [4.69, 50.87],
        [4.71, 50.87],
        [4.71, 50.89],
        [4.69, 50.89],
        [4.69, 50.87],
      ],
    ],
  },
};
const inside = { id: "a", lat: 50.88, lng: 4.7 };
const nearby = { id: "b", lat: 50.895, lng: 4.715 };
const farAway = { id: "c", lat: 51.2, lng: 3.2 };

describe("map framing", () => {
  it("opens on the neighbourhoods, not on every point: one far-away point does not shrink the area", () => {
    expect(openingFrame([inside, farAway], [molenwijk])).toEqual(padded([4.69, 50.87, 4.71, 50.89]));
    // Without boundaries: the points, else the tenant's view.
    expect(openingFrame([inside, nearby], [{ ...molenwijk, boundary: null }])).toEqual(padded([4.7, 50.88, 4.715, 50.895]));
    expect(openingFrame([], [])).toBeNull();
  });

  it("lists the points far outside the neighbourhoods, and none when there is no boundary", () => {
    expect(outsideArea([inside, nearby, farAway], [molenwijk]).map((p) => p.id)).toEqual(["c"]);
    expect(outsideArea([inside, farAway], [{ ...molenwijk, boundary: null }])).toEqual([]);
  });
});
