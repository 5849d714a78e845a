import type { PersonalDataHook } from "@zorgzaam/core/plugin";

/**
 * What Bevragingen holds about a Person: only the responses she linked to herself by consenting to follow-up
 * (anonymous responses are about nobody), and such answers kept after a refusal. Erasure deletes them: their open
 * answers may describe her.
 */
export const personalData: PersonalDataHook = {
  models: ["BevragingenResponse", "BevragingenRejected"],

  async export(ctx, personId) {
    const responses = await ctx.tx.bevragingenResponse.findMany({
      where: { personId },
      select: { channel: true, language: true, answers: true, street: true, createdAt: true, survey: { select: { title: true } } },
    });
    const rejected = await ctx.tx.bevragingenRejected.findMany({
      where: { personId },
      select: { channel: true, language: true, answers: true, street: true, createdAt: true, code: true },
    });
    return { BevragingenResponse: responses, BevragingenRejected: rejected };
  },

  async erase(ctx, personId) {
    const r = await ctx.tx.bevragingenResponse.deleteMany({ where: { personId } });
    const k = await ctx.tx.bevragingenRejected.deleteMany({ where: { personId } });
    return [
      { model: "BevragingenResponse", deleted: r.count, anonymised: 0 },
      { model: "BevragingenRejected", deleted: k.count, anonymised: 0 },
    ];
  },
};
