import { RELATIONSHIP_STATUSES, STATUS_COLORS } from "../../domain";
import type { ColourBy } from "./url";

/** Points without a sector, and clusters that mix colours. */
export const NEUTRAL = "#334155";

export interface SectorColour {
  key: string;
  color: string;
}

/**
 * A point's colour as an index into the palette of the chosen mode (so a cluster can tell whether its points share
 * one colour): sectors in the tenant's order, or the relationship statuses. -1 is the neutral colour.
 */
export function palette(by: ColourBy, sectors: readonly SectorColour[]): string[] {
  return by === "status" ? RELATIONSHIP_STATUSES.map((s) => STATUS_COLORS[s]) : sectors.map((s) => s.color);
}

export function colourIndex(
  by: ColourBy,
  point: { status: string; sector: string | null },
  sectorIndex: ReadonlyMap<string, number>,
): number {
  if (by === "status") return (RELATIONSHIP_STATUSES as readonly string[]).indexOf(point.status);
  return point.sector === null ? -1 : (sectorIndex.get(point.sector) ?? -1);
}

export function colourOf(colours: readonly string[], index: number): string {
  return index >= 0 ? (colours[index] ?? NEUTRAL) : NEUTRAL;
}

/** Relative luminance (WCAG) of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 0;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => {
    const c = Number.parseInt(x as string, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/**
 * Text on a coloured marker: white when it reads well (4.5:1), else near-black. Tenants pick their own sector colours,
 * so a light one must still give a readable cluster count.
 */
export function textOn(background: string): string {
  return contrast(background, "#ffffff") >= 4.5 ? "#ffffff" : "#0f172a";
}

/** Legend entries: the colours in use, in palette order, with the neutral one last when used. */
export function legendEntries(used: ReadonlySet<number>, size: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < size; i++) if (used.has(i)) out.push(i);
  if (used.has(-1)) out.push(-1);
  return out;
}
