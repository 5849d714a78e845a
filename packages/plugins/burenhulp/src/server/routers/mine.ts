import { receiveContactMessage, router, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { appError } from "../errors";
import { recordFollowUp } from "../follow-up";
import { mailLocale, translator } from "../i18n";
import { procedure } from "../procedures";
import { id } from "../schemas";
import { answerFields } from "./follow-ups";

/**
 * The persons the signed-in member is, for Burenhulp: those with her e-mail address (the address the confirmations
 * and follow-ups already go to, so the page shows nothing its mailbox does not get). At most a few.
 */
async function myPersons(tx: Tx, email: string) {
  return tx.person.findMany({
    where: { email: { equals: email, mode: "insensitive" } },
    select: { id: true, firstName: true, neighbourhoodId: true, languages: true },
    take: 5,
  });
}

const RECENT_DAYS = 90;

/**
 * A helper's own page on her phone (BH-7): her offers, her matches (who and where only once confirmed), the
 * follow-ups waiting for her, and "dit wordt me te veel". Nobody gets a title: this is just "what I do".
 */
export const mineRouter = router({
  overview: procedure(P.own).query(async ({ ctx }) => {
    const persons = await myPersons(ctx.tx, ctx.session.email);
    const ids = persons.map((p) => p.id);
    const kind = { select: { key: true, label: true } } as const;
    const offers = await ctx.tx.burenhulpOffer.findMany({
      where: { personId: { in: ids }, status: { in: ["active", "paused"] } },
      orderBy: { createdAt: "desc" },
      select: { id: true, status: true, weekdays: true, whenNote: true, peerOptIn: true, kind },
    });
    const since = new Date(Date.now() - RECENT_DAYS * 86_400_000);
    const matches = await ctx.tx.burenhulpMatch.findMany({
      where: {
        offer: { personId: { in: ids } },
        OR: [{ status: { in: ["proposed", "contacted", "confirmed"] } }, { status: "done", statusChangedAt: { gte: since } }],
      },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: {
        id: true,
        status: true,
        request: {
          select: {
            startsOn: true,
            whenNote: true,
            street: true,
            kind,
            person: { select: { firstName: true } },
            neighbourhood: { select: { name: true } },
          },
        },
        followUps: { where: { side: "helper" }, select: { id: true, answeredAt: true } },
      },
    });
    const limit = ids.length
      ? await ctx.tx.burenhulpHelper.findFirst({ where: { personId: { in: ids } }, select: { maxPerMonth: true } })
      : null;
    return {
      known: ids.length > 0,
      // Peer mode (a tenant setting, default off): whether she opted in to see requests nearby.
      peerMode: ctx.settings.peerMode && ctx.settings.mode !== "facilitation",
      peerOptIn: offers.some((x) => x.status === "active" && x.peerOptIn),
      maxPerMonth: limit?.maxPerMonth ?? ctx.settings.defaultMaxPerMonth,
      offers,
      matches: matches.map((m) => {
        const shown = m.status === "confirmed" || m.status === "done";
        const f = m.followUps[0];
        return {
          id: m.id,
          status: m.status,
          kind: m.request.kind,
          startsOn: m.request.startsOn,
          whenNote: m.request.whenNote,
          neighbourhood: m.request.neighbourhood?.name ?? null,
          // Who and the street only once the match is confirmed (BH-1).
          who: shown ? (m.request.person?.firstName ?? null) : null,
          street: shown ? m.request.street : null,
          followUpId: shown && !f?.answeredAt ? (f?.id ?? null) : null,
        };
      }),
    };
  }),

  /**
   * Peer mode: she opts in (or out) to see anonymised open small requests near her for what she offers (all her
   * active and paused offers at once). Only while the tenant has peer mode on.
   */
  setPeer: procedure(P.own)
    .input(z.object({ on: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      if (!ctx.settings.peerMode || ctx.settings.mode === "facilitation") throw appError("burenhulp.peer.off");
      const ids = (await myPersons(ctx.tx, ctx.session.email)).map((p) => p.id);
      if (ids.length === 0) throw appError("burenhulp.mine.notKnown");
      const offers = await ctx.tx.burenhulpOffer.findMany({
        where: { personId: { in: ids }, status: { in: ["active", "paused"] }, peerOptIn: !input.on },
        select: { id: true },
      });
      for (const o of offers) {
        await ctx.tx.burenhulpOffer.update({ where: { id: o.id }, data: { peerOptIn: input.on, version: { increment: 1 } } });
        await ctx.audit({ action: "burenhulp.offer.updated", targetType: "BurenhulpOffer", targetId: o.id, data: { peerOptIn: input.on } });
      }
      return { changed: offers.length };
    }),

  /** Her answer to a follow-up waiting for her (the same as the mailed link). */
  answerFollowUp: procedure(P.own)
    .input(z.object({ followUpId: id, ...answerFields }))
    .mutation(async ({ ctx, input }) => {
      const ids = (await myPersons(ctx.tx, ctx.session.email)).map((p) => p.id);
      const f = await ctx.tx.burenhulpFollowUp.findFirst({
        where: { id: input.followUpId, side: "helper", match: { offer: { personId: { in: ids } } } },
        select: { id: true },
      });
      if (!f) throw appError("burenhulp.followUp.linkInvalid");
      await recordFollowUp(ctx.tx, f.id, { happened: input.happened, went: input.went, heavier: input.heavier }, "link");
      await ctx.audit({
        action: "burenhulp.followup.answered",
        targetType: "BurenhulpFollowUp",
        targetId: f.id,
        data: { via: "own page" },
      });
      return { ok: true };
    }),

  /**
   * "Dit wordt me te veel": her active offers are paused (no new proposals) and the contact point hears it, so a worker
   * checks in. Her open matches stay: the worker talks them through with her.
   */
  tooMuch: procedure(P.own).mutation(async ({ ctx }) => {
    const persons = await myPersons(ctx.tx, ctx.session.email);
    if (persons.length === 0) throw appError("burenhulp.mine.notKnown");
    const ids = persons.map((p) => p.id);
    const paused = await ctx.tx.burenhulpOffer.updateMany({
      where: { personId: { in: ids }, status: "active" },
      data: { status: "paused", version: { increment: 1 } },
    });
    const p = persons[0] as (typeof persons)[number];
    const tenant = await ctx.tx.tenant.findUnique({ where: { id: ctx.tenant.id }, select: { defaultLocale: true } });
    const locale = mailLocale(p.languages, tenant?.defaultLocale ?? "nl");
    await receiveContactMessage(ctx, {
      personId: p.id,
      neighbourhoodId: p.neighbourhoodId,
      body: translator(locale, "mine")("tooMuchMessage", { name: p.firstName, count: paused.count }),
      locale,
      source: "module",
    });
    for (const person of persons)
      await ctx.audit({ action: "burenhulp.helper.too_much", targetType: "Person", targetId: person.id, data: { paused: paused.count } });
    return { paused: paused.count };
  }),
});
