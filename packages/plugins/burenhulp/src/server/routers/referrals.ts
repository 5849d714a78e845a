import { router, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { referralServices } from "@zorgzaam/plugin-partners/server";
import { z } from "zod";
import { REFERRAL_OUTCOMES, REFERRAL_STATUSES } from "../../domain";
import { BURENHULP_LIMITS as L } from "../../limits";
import { P } from "../../manifest";
import { requireRequest } from "../access";
import { appError, orThrow } from "../errors";
import { procedure } from "../procedures";
import { syncContactMessage } from "./partner";
import { id } from "../schemas";

type Ctx = Parameters<typeof referralServices>[0] & { modules: Record<string, { enabled: boolean } | undefined> };

/** Partners on: its services and organisations (its own visibility rule); off: none, a name is typed instead. */
const partnersOn = (ctx: Ctx) => ctx.modules.partners?.enabled === true;

const updateFields = z.object({
  status: z.enum(REFERRAL_STATUSES),
  outcome: z.enum(REFERRAL_OUTCOMES).nullable(),
});

/** Heavy requests go to a professional service (BH-4), with their status and outcome tracked (a closed loop). */
export const referralsRouter = router({
  services: procedure(P.view).query(async ({ ctx }) => (partnersOn(ctx) ? referralServices(ctx) : [])),

  create: procedure(P.manage)
    .input(
      z.object({
        requestId: id,
        serviceActorId: id.nullable().default(null),
        serviceName: z.string().trim().max(L.serviceName).nullable().default(null),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const r = await requireRequest(ctx.tx, input.requestId);
      if (r.weight !== "heavy") throw appError("burenhulp.referral.notHeavy");
      let serviceActorId: string | null = null;
      if (input.serviceActorId) {
        if (!partnersOn(ctx)) throw appError("burenhulp.referral.serviceNotFound");
        const [s] = await referralServices(ctx, { ids: [input.serviceActorId] });
        serviceActorId = orThrow(s, "burenhulp.referral.serviceNotFound").id;
      } else if (!input.serviceName) throw appError("burenhulp.referral.serviceRequired");
      const ref = await ctx.tx.burenhulpReferral.create({
        data: {
          tenantId: ctx.tenant.id,
          requestId: r.id,
          serviceActorId,
          serviceName: serviceActorId ? null : input.serviceName,
          createdById: ctx.session.userId,
        },
        select: { id: true },
      });
      await ctx.tx.burenhulpRequest.update({ where: { id: r.id }, data: { status: "referred", version: { increment: 1 } } });
      await syncContactMessage(ctx.tx, r.id);
      await ctx.audit({ action: "burenhulp.referral.created", targetType: "BurenhulpReferral", targetId: ref.id });
      return ref;
    }),

  /** The service's answer and, when done, the outcome. */
  update: procedure(P.manage)
    .meta(updateMeta({ model: "BurenhulpReferral", derived: { status: ["statusChangedAt"] } }))
    .input(updateInput(updateFields, { id }))
    .mutation(async ({ ctx, input }) => {
      const ref = orThrow(await ctx.tx.burenhulpReferral.findUnique({ where: { id: input.id } }), "burenhulp.referral.notFound");
      const status = input.status ?? ref.status;
      if (input.outcome && status !== "done") throw appError("burenhulp.referral.outcomeWhenDone");
      await ctx.tx.burenhulpReferral.update({
        where: { id: ref.id },
        data: {
          ...(input.status !== undefined ? { status: input.status, statusChangedAt: new Date() } : {}),
          ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
        },
      });
      await ctx.audit({ action: "burenhulp.referral.updated", targetType: "BurenhulpReferral", targetId: ref.id });
      return { ok: true };
    }),
});
