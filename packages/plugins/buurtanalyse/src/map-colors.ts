import type { MapCategory } from "./domain";

/** The colour of each category on the map (and its swatch in the list); the words are in the catalogs. */
export const CATEGORY_COLOR: Record<MapCategory, string> = {
  meeting_place: "#15803d",
  barrier: "#b91c1c",
  avoided: "#c2410c",
  facility: "#1d4ed8",
  missing: "#7e22ce",
  boundary: "#0f766e",
  other: "#475569",
};
