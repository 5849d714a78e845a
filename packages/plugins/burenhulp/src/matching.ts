/**
 * Matching (BH-5) as a pure function: which offers may help with a request (hard filters), and in which order
 * (a score with its reasons). A person always decides; this only proposes. No database, no clock: the caller passes
 * the facts (the helpers' load, earlier matches) and "today".
 *
 * Hard filters: the same kind; not the asker herself; near enough (both points within the radius, else the same
 * street, else the same neighbourhood); a day both can (weekdays and date ranges overlap); a shared language when the
 * request names languages; the helper under her own monthly limit.
 * Score (0..100): nearness 40, shared days 20, a shared language 10, how free the helper is this month 20, earlier
 * good help between the two 10. Ties keep a stable order (the offer's id).
 */

export interface Place {
  neighbourhoodId: string | null;
  street: string | null;
  lat: number | null;
  lng: number | null;
}

export interface Timing {
  /** ISO weekdays 1..7; empty: any day. */
  weekdays: readonly number[];
  startsOn: Date | null;
  endsOn: Date | null;
}

export interface MatchRequest extends Place, Timing {
  personId: string | null;
  kindId: string;
  whenKind: "once" | "period" | "recurring";
  languages: readonly string[];
}

export interface MatchOffer extends Place, Timing {
  id: string;
  personId: string;
  kindId: string;
  languages: readonly string[];
}

export interface HelperFacts {
  /** Matches of this helper that are open (proposed, contacted, confirmed) or done this month. */
  thisMonth: number;
  /** Her own limit; undefined: the tenant's default. */
  maxPerMonth?: number;
  /** Earlier matches between her and the asker that were done. */
  doneWithAsker: number;
}

export interface MatchOptions {
  radiusM: number;
  defaultMaxPerMonth: number;
}

export type Reason =
  | { code: "distance"; meters: number }
  | { code: "sameStreet" }
  | { code: "sameNeighbourhood" }
  | { code: "days"; shared: number }
  | { code: "speaks"; language: string }
  | { code: "freeThisMonth" }
  | { code: "load"; count: number; max: number }
  | { code: "helpedBefore"; count: number };

export interface Candidate {
  offerId: string;
  personId: string;
  score: number;
  reasons: Reason[];
}

const EARTH_M = 6_371_000;

/** Great-circle distance in metres. */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

const normStreet = (s: string | null) => (s ?? "").trim().toLocaleLowerCase().replace(/\s+/g, " ");

/** How near: metres between points, or the same street / neighbourhood; null: not near enough (or unknown). */
export function nearness(r: Place, o: Place, radiusM: number): { meters: number } | "street" | "neighbourhood" | null {
  if (r.lat !== null && r.lng !== null && o.lat !== null && o.lng !== null) {
    const meters = distanceM({ lat: r.lat, lng: r.lng }, { lat: o.lat, lng: o.lng });
    return meters <= radiusM ? { meters } : null;
  }
  const sameArea = r.neighbourhoodId !== null && r.neighbourhoodId === o.neighbourhoodId;
  if (
    normStreet(r.street) !== "" &&
    normStreet(r.street) === normStreet(o.street) &&
    (sameArea || !r.neighbourhoodId || !o.neighbourhoodId)
  )
    return "street";
  return sameArea ? "neighbourhood" : null;
}

const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];
/** ISO weekday (1 Monday .. 7 Sunday) of a calendar date (UTC, as dates are stored). */
export const isoWeekday = (d: Date) => ((d.getUTCDay() + 6) % 7) + 1;

/** The weekdays a request needs: a one-off its date's day, otherwise its weekdays (none named: any). */
function requestDays(r: MatchRequest): number[] {
  if (r.whenKind === "once" && r.startsOn) return [isoWeekday(r.startsOn)];
  return r.weekdays.length ? [...r.weekdays] : ALL_DAYS;
}

/** The request's days the helper can, when their date ranges overlap; [] when they cannot meet. */
export function sharedDays(r: MatchRequest, o: MatchOffer): number[] {
  const rStart = r.startsOn?.getTime() ?? Number.NEGATIVE_INFINITY;
  const rEnd = (r.whenKind === "once" ? r.startsOn : r.endsOn)?.getTime() ?? Number.POSITIVE_INFINITY;
  const oStart = o.startsOn?.getTime() ?? Number.NEGATIVE_INFINITY;
  const oEnd = o.endsOn?.getTime() ?? Number.POSITIVE_INFINITY;
  if (rStart > oEnd || oStart > rEnd) return [];
  const can = new Set(o.weekdays.length ? o.weekdays : ALL_DAYS);
  return requestDays(r).filter((d) => can.has(d));
}

/** The languages both speak (the request's own order). */
export function sharedLanguages(r: MatchRequest, o: MatchOffer): string[] {
  const spoken = new Set(o.languages.map((l) => l.toLowerCase()));
  return r.languages.filter((l) => spoken.has(l.toLowerCase()));
}

/** Whether an offer passes every hard filter, and how near it is. */
export function passes(r: MatchRequest, o: MatchOffer, facts: HelperFacts, opts: MatchOptions) {
  if (o.kindId !== r.kindId) return null;
  if (r.personId !== null && o.personId === r.personId) return null;
  const near = nearness(r, o, opts.radiusM);
  if (!near) return null;
  const days = sharedDays(r, o);
  if (days.length === 0) return null;
  const languages = sharedLanguages(r, o);
  if (r.languages.length > 0 && languages.length === 0) return null;
  const max = facts.maxPerMonth ?? opts.defaultMaxPerMonth;
  if (facts.thisMonth >= max) return null;
  return { near, days, languages, max };
}

/**
 * The candidates for a request, best first: every offer that passes the hard filters, with its score and the reasons
 * behind it. `factsOf` gives each helper's load (by person id); a helper with several offers appears once (her best).
 */
export function proposeCandidates(
  request: MatchRequest,
  offers: readonly MatchOffer[],
  factsOf: (personId: string) => HelperFacts,
  opts: MatchOptions,
): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const o of offers) {
    const facts = factsOf(o.personId);
    const ok = passes(request, o, facts, opts);
    if (!ok) continue;
    const reasons: Reason[] = [];
    let score = 0;
    if (ok.near === "street") {
      score += 40;
      reasons.push({ code: "sameStreet" });
    } else if (ok.near === "neighbourhood") {
      score += 20;
      reasons.push({ code: "sameNeighbourhood" });
    } else {
      score += 40 * (1 - ok.near.meters / opts.radiusM);
      reasons.push({ code: "distance", meters: Math.round(ok.near.meters / 10) * 10 });
    }
    const needed = requestDays(request).length;
    score += 20 * (ok.days.length / needed);
    if (request.whenKind !== "once") reasons.push({ code: "days", shared: ok.days.length });
    const language = ok.languages[0];
    if (language) {
      score += 10;
      reasons.push({ code: "speaks", language });
    }
    score += 20 * (1 - facts.thisMonth / ok.max);
    reasons.push(facts.thisMonth === 0 ? { code: "freeThisMonth" } : { code: "load", count: facts.thisMonth, max: ok.max });
    if (facts.doneWithAsker > 0) {
      score += 10;
      reasons.push({ code: "helpedBefore", count: facts.doneWithAsker });
    }
    const c: Candidate = { offerId: o.id, personId: o.personId, score: Math.round(score * 10) / 10, reasons };
    const prev = best.get(o.personId);
    if (!prev || byScore(c, prev) < 0) best.set(o.personId, c);
  }
  return [...best.values()].sort(byScore);
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0);
}
