import type { PersonalDataHook } from "@zorgzaam/core/plugin";
import { eraseEvaluationOfActors, exportEvaluationOfActors } from "./evaluation/personal-data";
import { recordChange } from "./history";

const ERASED_NAME = "Sleutelfiguur (gewist)";

/**
 * What Partners holds about a Person: the key-figure actor linked to them (PartnersActor.personId) and the actors they
 * are recorded as knowing (PartnersAcquaintance.personId).
 * Erasure: the acquaintances are deleted; the key-figure actor is anonymised (name, address, city, point, contacts,
 * notes, languages, sectors, tags, neighbourhoods, the notes on its links and the values in its history are wiped, the link to the Person is cut, it is archived) so the network's history
 * keeps a neutral node instead of losing the links other actors had with it. What evaluation rounds wrote about that
 * actor in free text is wiped too (the choices stay for the round's figures).
 */
export const personalData: PersonalDataHook = {
  models: ["PartnersActor", "PartnersAcquaintance"],

  async export(ctx, personId) {
    const actors = await ctx.tx.partnersActor.findMany({
      where: { personId },
      select: {
        id: true,
        name: true,
        kind: true,
        sectorKeys: true,
        address: true,
        postcode: true,
        city: true,
        lat: true,
        lng: true,
        languages: true,
        contacts: true,
        notes: true,
        status: true,
        offersUs: true,
        offersThem: true,
        createdAt: true,
        updatedAt: true,
      },
    });
    const acquaintances = await ctx.tx.partnersAcquaintance.findMany({
      where: { personId },
      select: { id: true, strength: true, note: true, createdAt: true, removedAt: true, actor: { select: { id: true, name: true } } },
    });
    // What evaluation rounds said about the key figure (free text may name the person).
    const evaluation = await exportEvaluationOfActors(
      ctx.tx,
      actors.map((a) => a.id),
    );
    return { PartnersActor: actors, PartnersAcquaintance: acquaintances, ...evaluation };
  },

  async erase(ctx, personId) {
    const deleted = await ctx.tx.partnersAcquaintance.deleteMany({ where: { personId } });
    const actors = await ctx.tx.partnersActor.findMany({ where: { personId }, select: { id: true, status: true } });
    const evaluation = await eraseEvaluationOfActors(
      ctx.tx,
      actors.map((a) => a.id),
    );
    let relationships = 0;
    for (const a of actors) {
      await ctx.tx.partnersActor.update({
        where: { id: a.id },
        data: {
          personId: null,
          name: ERASED_NAME,
          address: null,
          postcode: null,
          lat: null,
          lng: null,
          locationSource: null,
          contacts: [],
          notes: null,
          vindplaatsNote: null,
          website: null,
          openingHours: null,
          // What else describes the person: where they live and work, their languages, their faith or field (sector),
          // the labels someone gave them, a note about a place, an id in another system.
          city: null,
          neighbourhoodIds: [],
          languages: [],
          sectorKeys: [],
          tags: [],
          missingNote: null,
          externalId: null,
          offersUs: "",
          offersThem: "",
          archivedAt: new Date(),
          version: { increment: 1 },
        },
      });
      await ctx.tx.partnersActorChange.updateMany({ where: { actorId: a.id }, data: { fields: {} } });
      // The other organisations' own relationships may describe the person in what they offer each other.
      relationships += (await ctx.tx.partnersRelationship.updateMany({ where: { actorId: a.id }, data: { offersUs: "", offersThem: "" } }))
        .count;
      // Notes on links to and from the key figure may name the person; the links themselves stay for the network.
      await ctx.tx.partnersLink.updateMany({
        where: { OR: [{ fromActorId: a.id }, { toActorId: a.id }], note: { not: null } },
        data: { note: null },
      });
      await recordChange(ctx.tx, { tenantId: ctx.tenantId, actorId: a.id, kind: "erased", statusAfter: a.status, byUserId: null });
    }
    return [
      { model: "PartnersAcquaintance", deleted: deleted.count, anonymised: 0 },
      { model: "PartnersActor", deleted: 0, anonymised: actors.length },
      { model: "PartnersRelationship", deleted: 0, anonymised: relationships },
      { model: "PartnersEvaluationActor", deleted: 0, anonymised: evaluation.answers },
      { model: "PartnersFollowUp", deleted: 0, anonymised: evaluation.followUps },
    ];
  },
};
