import { dateInput, router, suppress, suppressTotal } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { REFERRAL_OUTCOMES } from "../../domain";
import { P } from "../../manifest";
import { procedure } from "../procedures";

/** A count under this is hidden (as in survey results): a figure never points at one or two people. */
export const FIGURES_MIN = 5;
const DAY_MS = 86_400_000;

type Row = {
  requests: number;
  offers: number;
  matchesMade: number;
  matchesDone: number;
  askers: Set<string>;
  givers: Set<string>;
  heavyReferred: number;
  outcomes: Record<string, number>;
  /** Spontaneous help from the facilitation log (BH-10): how many times it happened. */
  spontaneous: number;
};

const empty = (): Row => ({
  requests: 0,
  offers: 0,
  matchesMade: 0,
  matchesDone: 0,
  askers: new Set(),
  givers: new Set(),
  heavyReferred: 0,
  outcomes: Object.fromEntries([...REFERRAL_OUTCOMES, "open"].map((o) => [o, 0])),
  spontaneous: 0,
});

/**
 * Figures for impact (BH-11) per neighbourhood and for the whole, over a period (default: the last twelve months):
 * requests, offers, matches made and done, the share of people who both asked and offered, heavy requests referred
 * and their outcome, spontaneous help from the facilitation log. Counts only, every one under FIGURES_MIN hidden; never a person, never a ranking. A field worker
 * counts what she sees (her neighbourhoods); anonymised requests count for everyone.
 */
export const figuresRouter = router({
  get: procedure(P.view)
    .input(z.object({ from: dateInput.nullable().default(null), to: dateInput.nullable().default(null) }).optional())
    .query(async ({ ctx, input }) => {
      const to = input?.to ?? new Date();
      const from = input?.from ?? new Date(to.getTime() - 365 * DAY_MS);
      const end = new Date(to.getTime() + DAY_MS);
      const period = { gte: from, lt: end };
      const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
      const rows = new Map<string, Row>([["", empty()], ...neighbourhoods.map((n) => [n.id, empty()] as [string, Row])]);
      const add = (nbh: string | null, f: (r: Row) => void) => {
        f(rows.get("") as Row);
        const r = nbh ? rows.get(nbh) : undefined;
        if (r) f(r);
      };
      const requests = await ctx.tx.burenhulpRequest.findMany({
        where: { createdAt: period },
        select: { neighbourhoodId: true, personId: true },
      });
      for (const r of requests)
        add(r.neighbourhoodId, (x) => {
          x.requests++;
          if (r.personId) x.askers.add(r.personId);
        });
      const offers = await ctx.tx.burenhulpOffer.findMany({
        where: { createdAt: period },
        select: { neighbourhoodId: true, personId: true },
      });
      for (const o of offers)
        add(o.neighbourhoodId, (x) => {
          x.offers++;
          x.givers.add(o.personId);
        });
      const made = await ctx.tx.burenhulpMatch.findMany({
        where: { createdAt: period },
        select: { request: { select: { neighbourhoodId: true } } },
      });
      for (const m of made) add(m.request.neighbourhoodId, (x) => x.matchesMade++);
      const done = await ctx.tx.burenhulpMatch.findMany({
        where: { status: "done", statusChangedAt: period },
        select: { request: { select: { neighbourhoodId: true } } },
      });
      for (const m of done) add(m.request.neighbourhoodId, (x) => x.matchesDone++);
      const referrals = await ctx.tx.burenhulpReferral.findMany({
        where: { createdAt: period },
        select: { outcome: true, request: { select: { neighbourhoodId: true } } },
      });
      for (const r of referrals)
        add(r.request.neighbourhoodId, (x) => {
          x.heavyReferred++;
          const key = r.outcome ?? "open";
          x.outcomes[key] = (x.outcomes[key] ?? 0) + 1;
        });
      // The log of spontaneous help counts by the day it happened.
      const stories = await ctx.tx.burenhulpStory.groupBy({
        by: ["neighbourhoodId"],
        where: { happenedOn: period },
        _sum: { times: true },
      });
      for (const s of stories) add(s.neighbourhoodId, (x) => (x.spontaneous += s._sum.times ?? 0));

      const min = FIGURES_MIN;
      const shown = (id: string, name: string | null) => {
        const r = rows.get(id) as Row;
        const people = new Set([...r.askers, ...r.givers]);
        const both = [...r.askers].filter((p) => r.givers.has(p)).length;
        const peopleShown = suppressTotal(people.size, min);
        const bothShown = suppressTotal(both, min);
        return {
          neighbourhoodId: id || null,
          name,
          requests: suppressTotal(r.requests, min),
          offers: suppressTotal(r.offers, min),
          matchesMade: suppressTotal(r.matchesMade, min),
          matchesDone: suppressTotal(r.matchesDone, min),
          people: peopleShown,
          // The share only when both of its counts may be shown.
          bothShare: peopleShown && bothShown !== null ? Math.round((100 * both) / people.size) : null,
          heavyReferred: suppressTotal(r.heavyReferred, min),
          spontaneous: suppressTotal(r.spontaneous, min),
          outcomes:
            suppressTotal(r.heavyReferred, min) === null
              ? []
              : suppress(
                  Object.entries(r.outcomes).map(([key, count]) => ({ key, count })),
                  min,
                ),
        };
      };
      return {
        from,
        to,
        min,
        total: shown("", null),
        neighbourhoods: neighbourhoods.map((n) => shown(n.id, n.name)),
      };
    }),
});
