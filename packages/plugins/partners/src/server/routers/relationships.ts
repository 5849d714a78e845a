import { router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { PARTNERS_LIMITS } from "../../limits";
import { visibleActor } from "../access";
import { procedure } from "../procedures";
import { saveOwnRelationship } from "../relationships";
import { id, relationshipStatus, text } from "../schemas";

/**
 * Each organisation's own relationship with an actor (ADR 0017). Reading is part of `actors.get` (side by side);
 * `save` changes only the caller's own organisation's relationship, whoever owns the actor.
 */
export const relationshipsRouter = router({
  save: procedure(P.manage)
    .input(
      z.object({
        actorId: id,
        /** The version the person saw: the actor's for the lead relationship, the row's otherwise (0: none yet). */
        version: z.number().int().min(0).max(2_147_483_647),
        status: relationshipStatus.optional(),
        offersUs: text(5000).optional(),
        offersThem: text(5000).optional(),
        note: text(PARTNERS_LIMITS.note).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const a = await visibleActor(ctx, input.actorId);
      const { actorId: _a, version, ...change } = input;
      const r = await saveOwnRelationship(ctx, a, version, change);
      return { version: r.version, changed: r.changed };
    }),
});
