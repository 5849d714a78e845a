import type { Tx } from "@zorgzaam/core/plugin";
import { P } from "../manifest";
import { actorScope } from "./access";

/** The kinds of actor another module may refer a resident to. */
const SERVICE_KINDS = ["service", "organisation"];

/**
 * Partners' public server API for other modules (Burenhulp refers heavy requests to a service): the services and
 * organisations on the map the member may see (the map's own visibility rule), not archived, by name. With `ids`,
 * only those (an id the member may not see is simply absent). Never a key figure: no Person behind it.
 */
export async function referralServices(
  ctx: { tx: Tx; membership: { organisationId: string | null } },
  opts: { ids?: readonly string[] } = {},
): Promise<{ id: string; name: string; kind: string }[]> {
  return ctx.tx.partnersActor.findMany({
    where: { ...actorScope(ctx), kind: { in: SERVICE_KINDS }, ...(opts.ids ? { id: { in: [...opts.ids] } } : {}) },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, kind: true },
  });
}

/**
 * Partners' public server API for other modules (the buurtanalyse's round 1 takes a dated snapshot of it): how many
 * actors the member may see on the map (the map's own visibility rule, archived ones left out), per sector, formal or
 * informal, and per relationship status. Counts only: no names, no Person.
 */
export async function mapCounts(
  ctx: { tx: Tx; membership: { organisationId: string | null } },
  locale: string,
): Promise<{
  total: number;
  bySector: { label: string; count: number }[];
  byFormality: { key: "formal" | "informal"; count: number }[];
  byRelationship: { key: string; count: number }[];
}> {
  const actors = await ctx.tx.partnersActor.findMany({
    where: { ...actorScope(ctx), missing: false },
    select: { sectorKeys: true, formal: true, status: true },
  });
  const sectors = await ctx.tx.partnersSector.findMany({ select: { key: true, labelNl: true, labelFr: true, labelEn: true } });
  const label = new Map(
    sectors.map((s) => [s.key, (locale === "fr" ? s.labelFr : locale === "en" ? s.labelEn : s.labelNl) || s.labelNl || s.key]),
  );
  const count = <K extends string>(keys: K[]) => {
    const m = new Map<K, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m].map(([key, n]) => ({ key, count: n })).sort((a, b) => b.count - a.count);
  };
  return {
    total: actors.length,
    bySector: count(actors.flatMap((a) => a.sectorKeys)).map((c) => ({ label: label.get(c.key) ?? c.key, count: c.count })),
    byFormality: count(actors.map((a) => (a.formal ? ("formal" as const) : ("informal" as const)))),
    byRelationship: count(actors.map((a) => a.status)),
  };
}

/** How many places `mapPlaces` hands out at most (an overlay, not the buurtkaart itself). */
export const MAP_PLACES_MAX = 2_000;

/**
 * Partners' public server API for other modules (the buurtanalyse lays the partner map over its own drawing): the
 * actors with a point that the member may see (the map's own visibility rule; archived and missing ones left out),
 * with name, kind and sectors, inside a box when one is given. Never a key figure: their point is a person's.
 */
export async function mapPlaces(
  ctx: { tx: Tx; membership: { organisationId: string | null } },
  opts: { bbox?: readonly [number, number, number, number] | null } = {},
): Promise<{ places: { id: string; name: string; kind: string; sectorKeys: string[]; lat: number; lng: number }[]; more: boolean }> {
  const b = opts.bbox;
  const rows = await ctx.tx.partnersActor.findMany({
    where: {
      ...actorScope(ctx),
      missing: false,
      kind: { not: "key_figure" },
      personId: null,
      lat: b ? { gte: b[1], lte: b[3] } : { not: null },
      lng: b ? { gte: b[0], lte: b[2] } : { not: null },
    },
    orderBy: { name: "asc" },
    take: MAP_PLACES_MAX + 1,
    select: { id: true, name: true, kind: true, sectorKeys: true, lat: true, lng: true },
  });
  const places = rows.slice(0, MAP_PLACES_MAX).map((r) => ({ ...r, lat: r.lat ?? 0, lng: r.lng ?? 0 }));
  return { places, more: rows.length > MAP_PLACES_MAX };
}

/**
 * Partners' public server API for other modules (the buurtanalyse's round 1 links the network evaluation the team
 * did): the evaluation rounds of these neighbourhoods and of the whole network, newest first, for a member who takes
 * part in evaluations (else none). Titles, state and dates only.
 */
export async function evaluationRounds(
  ctx: { tx: Tx; permissions: ReadonlySet<string> },
  opts: { neighbourhoodIds: readonly string[]; ids?: readonly string[] },
): Promise<{ id: string; title: string; status: string; neighbourhoodId: string | null; startedAt: Date; closedAt: Date | null }[]> {
  if (!ctx.permissions.has(P.evaluate)) return [];
  return ctx.tx.partnersEvaluationRound.findMany({
    where: {
      OR: [{ neighbourhoodId: { in: [...opts.neighbourhoodIds] } }, { neighbourhoodId: null }],
      ...(opts.ids ? { id: { in: [...opts.ids] } } : {}),
    },
    orderBy: [{ startedAt: "desc" }, { createdAt: "desc" }],
    take: 50,
    select: { id: true, title: true, status: true, neighbourhoodId: true, startedAt: true, closedAt: true },
  });
}

/**
 * Partners' public server API for other modules (the buurtanalyse links a key-figure lead to the key figure the team
 * added): without `ids`, the key figures the member may see, by name, when she may see key figures at all (else
 * none); with `ids`, those actors (key figures only for a member who may see them). Names only: never the Person.
 */
export async function actorChoices(
  ctx: { tx: Tx; membership: { organisationId: string | null }; permissions: ReadonlySet<string> },
  opts: { ids?: readonly string[] } = {},
): Promise<{ id: string; name: string; kind: string }[]> {
  const keyFigures = ctx.permissions.has(P.keyFigures);
  if (!opts.ids && !keyFigures) return [];
  const kind = opts.ids ? (keyFigures ? {} : { kind: { not: "key_figure" } }) : { kind: "key_figure" };
  return ctx.tx.partnersActor.findMany({
    where: { ...actorScope(ctx), ...kind, ...(opts.ids ? { id: { in: [...opts.ids] } } : {}) },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, kind: true },
  });
}
