import { ACTOR_KINDS, RELATIONSHIP_STATUSES } from "../../domain";

/**
 * The map's points in a compact, columnar shape: 10^4 actors are one array per field instead of 10^4 objects with
 * repeated keys (a third of the bytes). Statuses and kinds travel as their index in the domain lists, the first
 * sector as an index into `sectors`. Both ends use this file, so the indexes cannot drift apart.
 */
export interface PackedPoints {
  id: string[];
  /** The actor's name (for key figures the role people gave, never the Person's): markers are named by it. */
  name: string[];
  lat: number[];
  lng: number[];
  /** Index in RELATIONSHIP_STATUSES. */
  status: number[];
  /** Index in ACTOR_KINDS. */
  kind: number[];
  /** Index of the first sector in `sectors`, -1 for none. */
  sector: number[];
  /** Bit 1: a missing or closed place; bit 2: the point is coarsened (a key figure). */
  flags: number[];
  sectors: string[];
}

export const FLAG_MISSING = 1;
export const FLAG_COARSENED = 2;

export interface PointRow {
  id: string;
  lat: number;
  lng: number;
  status: string;
  kind: string;
  /** The first sector, or null. */
  sector: string | null;
  missing: boolean;
  coarsened: boolean;
  name: string;
}

export interface MapPoint {
  id: string;
  name: string;
  lat: number;
  lng: number;
  status: (typeof RELATIONSHIP_STATUSES)[number];
  kind: (typeof ACTOR_KINDS)[number];
  sector: string | null;
  missing: boolean;
  coarsened: boolean;
}

/** About a metre: enough for a map, and half the digits of a full double. */
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

const statusIndex = new Map<string, number>(RELATIONSHIP_STATUSES.map((s, i) => [s, i]));
const kindIndex = new Map<string, number>(ACTOR_KINDS.map((k, i) => [k, i]));

/** Builds the packed columns one actor at a time, without an object per actor (10^4 of them per request). */
export class PointPacker {
  readonly out: PackedPoints = { id: [], name: [], lat: [], lng: [], status: [], kind: [], sector: [], flags: [], sectors: [] };
  private readonly sectorIndex = new Map<string, number>();

  add(
    id: string,
    lat: number,
    lng: number,
    status: string,
    kind: string,
    sector: string | null,
    missing: boolean,
    coarsened: boolean,
    name: string,
  ): void {
    const out = this.out;
    let s = -1;
    if (sector) {
      s = this.sectorIndex.get(sector) ?? -1;
      if (s < 0) {
        s = out.sectors.push(sector) - 1;
        this.sectorIndex.set(sector, s);
      }
    }
    out.id.push(id);
    out.name.push(name);
    out.lat.push(round5(lat));
    out.lng.push(round5(lng));
    // Values outside the lists cannot be stored (database checks); 0 keeps the arrays aligned all the same.
    out.status.push(statusIndex.get(status) ?? 0);
    out.kind.push(kindIndex.get(kind) ?? 0);
    out.sector.push(s);
    out.flags.push((missing ? FLAG_MISSING : 0) | (coarsened ? FLAG_COARSENED : 0));
  }
}

export function packPoints(rows: Iterable<PointRow>): PackedPoints {
  const packer = new PointPacker();
  for (const r of rows) packer.add(r.id, r.lat, r.lng, r.status, r.kind, r.sector, r.missing, r.coarsened, r.name);
  return packer.out;
}

export function unpackPoints(p: PackedPoints): MapPoint[] {
  return p.id.map((id, i) => {
    const flags = p.flags[i] ?? 0;
    const sector = p.sector[i] ?? -1;
    return {
      id,
      name: p.name[i] ?? "",
      lat: p.lat[i] ?? 0,
      lng: p.lng[i] ?? 0,
      status: RELATIONSHIP_STATUSES[p.status[i] ?? 0] ?? "not_contacted",
      kind: ACTOR_KINDS[p.kind[i] ?? 0] ?? "organisation",
      sector: sector >= 0 ? (p.sectors[sector] ?? null) : null,
      missing: (flags & FLAG_MISSING) !== 0,
      coarsened: (flags & FLAG_COARSENED) !== 0,
    };
  });
}
