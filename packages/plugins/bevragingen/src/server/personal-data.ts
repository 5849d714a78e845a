import type { PersonalDataHook } from "@zorgzaam/core/plugin";

/**
 * What Bevragingen holds about a Person: only the responses she linked to herself by consenting to follow-up
 * (anonymous responses are about nobody). Erasure deletes them: their open answers may describe her.
 */
export const personalData: PersonalDataHook = {
  models: ["BevragingenResponse"],

  async export(ctx, personId) {
    const responses = await ctx.tx.bevragingenResponse.findMany({
      where: { personId },
      select: { channel: true, language: true, answers: true, street: true, createdAt: true, survey: { select: { title: true } } },
    });
    return { BevragingenResponse: responses };
  },

  async erase(ctx, personId) {
    const r = await ctx.tx.bevragingenResponse.deleteMany({ where: { personId } });
    return [{ model: "BevragingenResponse", deleted: r.count, anonymised: 0 }];
  },
};
