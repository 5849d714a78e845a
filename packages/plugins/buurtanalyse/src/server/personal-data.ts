import type { PersonalDataHook } from "@zorgzaam/core/plugin";

/**
 * What Buurtanalyse holds about a Person (BA-11): participants are counted by role and quotes are said by a role, so
 * by default nothing. Staff may link a quote to a Person (she agreed to be quoted and may ask for it later), and a
 * photo of an observation may be a core file of a Person. Export lists those quotes and the observations showing her
 * photo; erasure deletes the quotes (text and all) and unhooks the photo from its observation (core deletes the file
 * itself, with every file of the person). Working notes that may still name someone are sensitive fields with a
 * retention.
 */
export const personalData: PersonalDataHook = {
  models: ["BuurtanalyseQuote"],

  async export(ctx, personId) {
    const quotes = await ctx.tx.buurtanalyseQuote.findMany({
      where: { personId },
      select: { text: true, saidBy: true, audiences: true, createdAt: true, analysis: { select: { title: true } } },
      orderBy: { createdAt: "asc" },
    });
    const photos = await ctx.tx.buurtanalyseObservation.findMany({
      where: { photo: { personId } },
      select: { text: true, observedAt: true, photoAudiences: true, photoFileId: true, analysis: { select: { title: true } } },
      orderBy: { observedAt: "asc" },
    });
    return { BuurtanalyseQuote: quotes, BuurtanalyseObservation: photos };
  },

  async erase(ctx, personId) {
    const quotes = await ctx.tx.buurtanalyseQuote.deleteMany({ where: { personId } });
    const photos = await ctx.tx.buurtanalyseObservation.updateMany({
      where: { photo: { personId } },
      data: { photoFileId: null, photoAudiences: [] },
    });
    return [
      { model: "BuurtanalyseQuote", deleted: quotes.count, anonymised: 0 },
      { model: "BuurtanalyseObservation", deleted: 0, anonymised: photos.count },
    ];
  },
};
