import type { PersonalDataHook } from "@zorgzaam/core/plugin";

/**
 * What Burenhulp holds about a Person: her requests (with their matches and referrals), her offers (with their
 * matches) and her own limit as a helper. Erasure deletes them all: a request or an offer is about the person and
 * nothing else; matches and referrals go with their request or offer (ON DELETE CASCADE). The figures of the past
 * lose them, which is what erasure means.
 */
export const personalData: PersonalDataHook = {
  models: ["BurenhulpRequest", "BurenhulpOffer", "BurenhulpHelper"],

  async export(ctx, personId) {
    const requests = await ctx.tx.burenhulpRequest.findMany({
      where: { personId },
      include: {
        kind: { select: { key: true, label: true } },
        matches: { select: { status: true, declined: true, createdAt: true, statusChangedAt: true } },
        referrals: { select: { serviceName: true, status: true, outcome: true, createdAt: true } },
      },
    });
    const offers = await ctx.tx.burenhulpOffer.findMany({
      where: { personId },
      include: {
        kind: { select: { key: true, label: true } },
        matches: { select: { status: true, declined: true, createdAt: true, statusChangedAt: true } },
      },
    });
    const helpers = await ctx.tx.burenhulpHelper.findMany({ where: { personId }, select: { maxPerMonth: true, createdAt: true } });
    return { BurenhulpRequest: requests, BurenhulpOffer: offers, BurenhulpHelper: helpers };
  },

  async erase(ctx, personId) {
    const requests = await ctx.tx.burenhulpRequest.deleteMany({ where: { personId } });
    const offers = await ctx.tx.burenhulpOffer.deleteMany({ where: { personId } });
    const helpers = await ctx.tx.burenhulpHelper.deleteMany({ where: { personId } });
    return [
      { model: "BurenhulpRequest", deleted: requests.count, anonymised: 0 },
      { model: "BurenhulpOffer", deleted: offers.count, anonymised: 0 },
      { model: "BurenhulpHelper", deleted: helpers.count, anonymised: 0 },
    ];
  },
};
