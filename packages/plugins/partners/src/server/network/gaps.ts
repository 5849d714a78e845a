import { ACTIVE_STATUSES } from "../../domain";
import { actorScope, type PartnersCtx } from "../access";
import { monthsBefore } from "./dates";
import type { GapsInput } from "./input";
import { orThrow } from "../errors";

const isActive = (status: string) => (ACTIVE_STATUSES as readonly string[]).includes(status);

type ActorRef = { id: string; name: string; status: string };

export interface SectorGap {
  sectorKey: string;
  /** Actors of the sector in the neighbourhood whose tie sleeps (status dormant): the first to wake. */
  dormant: ActorRef[];
  /** Other actors of the sector there that are not an active partner (not contacted yet, let go). */
  others: ActorRef[];
}

export interface DormantTie extends ActorRef {
  /** "status": marked dormant; "quiet": an active tie without any change for `dormantAfterMonths` months. */
  reason: "status" | "quiet";
  lastChangeAt: Date;
}

export interface NeighbourhoodGaps {
  /** null: actors that serve no neighbourhood (only dormant ties and missing places are listed for them). */
  neighbourhood: { id: string; name: string } | null;
  /** Sectors with an active partner serving the neighbourhood. */
  covered: number;
  gaps: SectorGap[];
  dormantTies: DormantTie[];
  missingPlaces: { id: string; name: string; note: string | null }[];
}

/**
 * The gaps page: per neighbourhood (worst first), the tenant's sectors that no active partner serves there (and whether only
 * dormant ones do), the dormant ties (marked dormant, or active but unchanged for the module's `dormantAfterMonths`),
 * and the recorded missing places. Within what the member may see, archived actors left out.
 */
export async function networkGaps(ctx: PartnersCtx & { settings: { dormantAfterMonths: number } }, input: GapsInput, now = new Date()) {
  if (input.neighbourhoodId) {
    orThrow(
      await ctx.tx.neighbourhood.findUnique({ where: { id: input.neighbourhoodId }, select: { id: true } }),
      "partners.neighbourhood.notFound",
    );
  }
  const scope = actorScope(ctx);
  const neighbourhoods = await ctx.tx.neighbourhood.findMany({
    where: input.neighbourhoodId ? { id: input.neighbourhoodId } : {},
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const sectors = await ctx.tx.partnersSector.findMany({ where: { archived: false }, orderBy: [{ sortOrder: "asc" }, { key: "asc" }] });
  const actors = await ctx.tx.partnersActor.findMany({
    where: input.neighbourhoodId ? { AND: [scope, { neighbourhoodIds: { has: input.neighbourhoodId } }] } : scope,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      status: true,
      sectorKeys: true,
      neighbourhoodIds: true,
      missing: true,
      missingNote: true,
      statusChangedAt: true,
    },
  });
  const lastChanges = await ctx.tx.partnersActorChange.groupBy({ by: ["actorId"], where: { actor: scope }, _max: { at: true } });

  const months = ctx.settings.dormantAfterMonths;
  const quietSince = monthsBefore(now, months);
  const lastChange = new Map(lastChanges.map((c) => [c.actorId, c._max.at]));
  const lastChangeOf = (a: (typeof actors)[number]) => {
    const c = lastChange.get(a.id);
    return c && c > a.statusChangedAt ? c : a.statusChangedAt;
  };
  const ref = (a: (typeof actors)[number]): ActorRef => ({ id: a.id, name: a.name, status: a.status });

  const dormantTies = (list: typeof actors): DormantTie[] =>
    list.flatMap((a): DormantTie[] => {
      if (a.missing) return [];
      const last = lastChangeOf(a);
      if (a.status === "dormant") return [{ ...ref(a), reason: "status", lastChangeAt: last }];
      if (isActive(a.status) && last < quietSince) return [{ ...ref(a), reason: "quiet", lastChangeAt: last }];
      return [];
    });
  const missingPlaces = (list: typeof actors) =>
    list.filter((a) => a.missing).map((a) => ({ id: a.id, name: a.name, note: a.missingNote }));

  const groups: NeighbourhoodGaps[] = neighbourhoods.map((n) => {
    const serving = actors.filter((a) => a.neighbourhoodIds.includes(n.id));
    const partners = serving.filter((a) => !a.missing);
    let covered = 0;
    const gaps: SectorGap[] = [];
    for (const s of sectors) {
      const inSector = partners.filter((a) => a.sectorKeys.includes(s.key));
      if (inSector.some((a) => isActive(a.status))) {
        covered++;
        continue;
      }
      gaps.push({
        sectorKey: s.key,
        dormant: inSector.filter((a) => a.status === "dormant").map(ref),
        others: inSector.filter((a) => a.status !== "dormant").map(ref),
      });
    }
    return { neighbourhood: n, covered, gaps, dormantTies: dormantTies(serving), missingPlaces: missingPlaces(serving) };
  });

  // Worst first: the neighbourhood with the most sectors lacking an active partner, then the most dormant ties and
  // missing places; within it, sectors where nobody at all is on the map before those with candidates or dormant ties.
  const weight = (x: SectorGap) => (x.dormant.length ? 2 : x.others.length ? 1 : 0);
  for (const g of groups) g.gaps.sort((a, b) => weight(a) - weight(b));
  groups.sort(
    (a, b) =>
      b.gaps.length - a.gaps.length ||
      b.dormantTies.length - a.dormantTies.length ||
      b.missingPlaces.length - a.missingPlaces.length ||
      (a.neighbourhood?.name ?? "").localeCompare(b.neighbourhood?.name ?? "", "nl"),
  );

  if (!input.neighbourhoodId) {
    const nowhere = actors.filter((a) => a.neighbourhoodIds.length === 0);
    const rest = { dormantTies: dormantTies(nowhere), missingPlaces: missingPlaces(nowhere) };
    if (rest.dormantTies.length || rest.missingPlaces.length) groups.push({ neighbourhood: null, covered: 0, gaps: [], ...rest });
  }

  return {
    dormantAfterMonths: months,
    sectors: sectors.map((s) => ({ key: s.key, nl: s.labelNl, fr: s.labelFr, en: s.labelEn, color: s.color })),
    neighbourhoods: groups,
    totals: {
      neighbourhoods: neighbourhoods.length,
      /** Neighbourhoods with at least one sector without an active partner. */
      withGaps: groups.filter((g) => g.neighbourhood && g.gaps.length > 0).length,
      gaps: groups.reduce((n, g) => n + g.gaps.length, 0),
      dormantTies: new Set(groups.flatMap((g) => g.dormantTies.map((d) => d.id))).size,
      missingPlaces: new Set(groups.flatMap((g) => g.missingPlaces.map((m) => m.id))).size,
    },
  };
}
