import { ACTOR_KINDS, RELATIONSHIP_STATUSES } from "../../domain";
import type { ActorFilters } from "../../server/filters";
import { LIST_SORTS, type ListSort } from "../../server/map/sorts";

/**
 * The map's and the list's state in the URL, so that a filtered view can be bookmarked and shared:
 * ?q=…&sectors=health,food&kinds=…&statuses=…&formal=true&neighbourhoodId=…&tags=…&missing=only&colour=status&page=2.
 * Lists are comma-separated (the platform passes one value per search parameter). Unknown or malformed values are
 * dropped, never an error: an old bookmark still opens.
 */
export type Search = Record<string, string | undefined>;
export type ColourBy = "sector" | "status";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY = /^[a-z0-9][a-z0-9_-]{0,60}$/;

function list(s: string | undefined, max: number, ok: (x: string) => boolean): string[] | undefined {
  if (!s) return undefined;
  const items = [
    ...new Set(
      s
        .split(",")
        .map((x) => x.trim())
        .filter((x) => x && ok(x)),
    ),
  ].slice(0, max);
  return items.length ? items : undefined;
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (x: string): x is T =>
    (values as readonly string[]).includes(x);

export function filtersFromSearch(sp: Search): ActorFilters {
  const f: ActorFilters = { missing: "include" };
  const q = sp.q?.trim().slice(0, 200);
  if (q) f.q = q;
  const sectors = list(sp.sectors, 50, (x) => KEY.test(x));
  if (sectors) f.sectors = sectors;
  const kinds = list(sp.kinds, 20, oneOf(ACTOR_KINDS)) as ActorFilters["kinds"];
  if (kinds) f.kinds = kinds;
  const statuses = list(sp.statuses, 10, oneOf(RELATIONSHIP_STATUSES)) as ActorFilters["statuses"];
  if (statuses) f.statuses = statuses;
  if (sp.formal === "true" || sp.formal === "false") f.formal = sp.formal === "true";
  if (sp.vindplaats === "true" || sp.vindplaats === "false") f.vindplaats = sp.vindplaats === "true";
  if (sp.neighbourhoodId && UUID.test(sp.neighbourhoodId)) f.neighbourhoodId = sp.neighbourhoodId;
  if (sp.organisationId && UUID.test(sp.organisationId)) f.organisationId = sp.organisationId;
  const tags = list(sp.tags, 20, (x) => x.length <= 60)?.map((t) => t.toLowerCase());
  if (tags) f.tags = tags;
  if (sp.missing === "only" || sp.missing === "exclude") f.missing = sp.missing;
  return f;
}

export function colourFromSearch(sp: Search): ColourBy {
  return sp.colour === "status" ? "status" : "sector";
}

export function pageFromSearch(sp: Search): number {
  const n = Number(sp.page);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

export function sortFromSearch(sp: Search): ListSort {
  return (LIST_SORTS as readonly string[]).includes(sp.sort ?? "") ? (sp.sort as ListSort) : "name";
}

export interface ViewState {
  colour?: ColourBy;
  page?: number;
  sort?: ListSort;
}

/** The query string (without "?") for filters and view; defaults are left out so URLs stay short. */
export function searchFor(f: Partial<ActorFilters>, view: ViewState = {}): string {
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  if (f.sectors?.length) p.set("sectors", f.sectors.join(","));
  if (f.kinds?.length) p.set("kinds", f.kinds.join(","));
  if (f.statuses?.length) p.set("statuses", f.statuses.join(","));
  if (f.formal !== undefined) p.set("formal", String(f.formal));
  if (f.vindplaats !== undefined) p.set("vindplaats", String(f.vindplaats));
  if (f.neighbourhoodId) p.set("neighbourhoodId", f.neighbourhoodId);
  if (f.organisationId) p.set("organisationId", f.organisationId);
  if (f.tags?.length) p.set("tags", f.tags.join(","));
  if (f.missing && f.missing !== "include") p.set("missing", f.missing);
  if (view.colour && view.colour !== "sector") p.set("colour", view.colour);
  if (view.sort && view.sort !== "name") p.set("sort", view.sort);
  if (view.page && view.page > 1) p.set("page", String(view.page));
  return p.toString();
}

/** How many filters are set (for "Filters (3)"); the search text is shown on its own and not counted. */
export function activeFilterCount(f: ActorFilters): number {
  return [
    f.sectors?.length,
    f.kinds?.length,
    f.statuses?.length,
    f.formal !== undefined,
    f.vindplaats !== undefined,
    f.neighbourhoodId,
    f.organisationId,
    f.tags?.length,
    f.missing !== "include",
  ].filter(Boolean).length;
}
