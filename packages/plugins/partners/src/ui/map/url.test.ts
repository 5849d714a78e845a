import { describe, expect, it } from "vitest";
import { actorFilters } from "../../server/filters";
import { activeFilterCount, colourFromSearch, filtersFromSearch, pageFromSearch, searchFor, sortFromSearch } from "./url";

const NBH = "3f1c2b9e-8d7a-4c6b-9e5f-1a2b3c4d5e6f";

describe("filters in the address", () => {
  it("read every filter, and write them back the same", () => {
    const sp = {
      q: " bakkerij ",
      sectors: "health,food",
      kinds: "business,key_figure",
      statuses: "dormant",
      formal: "false",
      neighbourhoodId: NBH,
      tags: "Ouderen,koffie",
      missing: "exclude",
      vindplaats: "true",
    };
    const f = filtersFromSearch(sp);
    expect(f).toEqual({
      q: "bakkerij",
      sectors: ["health", "food"],
      kinds: ["business", "key_figure"],
      statuses: ["dormant"],
      formal: false,
      neighbourhoodId: NBH,
      tags: ["ouderen", "koffie"],
      missing: "exclude",
      vindplaats: true,
    });
    // The server accepts what the address gives.
    expect(actorFilters.safeParse(f).success).toBe(true);
    expect(filtersFromSearch(Object.fromEntries(new URLSearchParams(searchFor(f))))).toEqual(f);
    expect(activeFilterCount(f)).toBe(8);
  });

  it("drop what is unknown or malformed instead of failing (old bookmarks still open)", () => {
    const f = filtersFromSearch({
      sectors: "health,Not A Key,,health",
      kinds: "school,spaceship",
      statuses: "friends",
      formal: "maybe",
      neighbourhoodId: "42",
      missing: "everything",
    });
    expect(f).toEqual({ sectors: ["health"], kinds: ["school"], missing: "include" });
    expect(actorFilters.safeParse(f).success).toBe(true);
    expect(filtersFromSearch({})).toEqual({ missing: "include" });
    expect(activeFilterCount(filtersFromSearch({}))).toBe(0);
  });

  it("leave defaults out of the address, and keep the view (colour, order, page)", () => {
    expect(searchFor({ missing: "include" })).toBe("");
    expect(searchFor({ missing: "include" }, { colour: "sector", sort: "name", page: 1 })).toBe("");
    expect(searchFor({ statuses: ["intensive", "occasional"], missing: "only" }, { colour: "status", page: 3, sort: "updated" })).toBe(
      "statuses=intensive%2Coccasional&missing=only&colour=status&sort=updated&page=3",
    );
    expect(colourFromSearch({ colour: "status" })).toBe("status");
    expect(colourFromSearch({ colour: "rainbow" })).toBe("sector");
    expect(pageFromSearch({ page: "4" })).toBe(4);
    expect(pageFromSearch({ page: "-1" })).toBe(1);
    expect(pageFromSearch({ page: "2.5" })).toBe(1);
    expect(sortFromSearch({ sort: "statusChanged" })).toBe("statusChanged");
    expect(sortFromSearch({ sort: "drop table" })).toBe("name");
  });
});
