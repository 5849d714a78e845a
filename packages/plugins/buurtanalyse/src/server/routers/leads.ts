import { router, type Tx, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { actorChoices } from "@zorgzaam/plugin-partners/server";
import { z } from "zod";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { P } from "../../manifest";
import { assertNotesWritable, requireAnalysis } from "../access";
import { appError, orThrow } from "../errors";
import { procedure } from "../procedures";
import { id, leadFields } from "../schemas";

async function requireLead(tx: Tx, leadId: string) {
  return orThrow(await tx.buurtanalyseLead.findUnique({ where: { id: leadId } }), "buurtanalyse.lead.notFound");
}

/** The actor a lead points at must be one the member may see in Partners (and Partners must be on). */
async function requireActor(
  ctx: Parameters<typeof actorChoices>[0] & { modules: Record<string, { enabled: boolean } | undefined> },
  actorId: string,
) {
  const found = ctx.modules.partners?.enabled === true ? await actorChoices(ctx, { ids: [actorId] }) : [];
  if (found.length === 0) throw appError("buurtanalyse.lead.actorNotFound");
}

/**
 * Round 4's key-figure leads (BA-7): people met in the field who could become key figures, by role and place (never a
 * name here), with a state; once the team added the key figure in Partners (where the person is protected), the lead
 * points at it. Notes are sensitive (the working notes' permission and retention).
 */
export const leadsRouter = router({
  list: procedure(P.view)
    .input(z.object({ analysisId: id }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const leads = await ctx.tx.buurtanalyseLead.findMany({
        where: { analysisId: a.id },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, who: true, place: true, notes: true, status: true, actorId: true, version: true, createdAt: true },
      });
      const partnersOn = ctx.modules.partners?.enabled === true;
      const ids = leads.flatMap((l) => (l.actorId ? [l.actorId] : []));
      // Actors the member may see, by name; a key figure she may not see stays unnamed.
      const actors = partnersOn && ids.length ? await actorChoices(ctx, { ids }) : [];
      const names = new Map(actors.map((x) => [x.id, x.name]));
      return {
        partnersOn,
        notesVisible: ctx.permissions.has(P.notes),
        leads: leads.map((l) => ({
          ...l,
          actor: l.actorId && names.has(l.actorId) ? { id: l.actorId, name: names.get(l.actorId) as string } : null,
        })),
        // The key figures to link to (for a member who may see them).
        choices: partnersOn ? await actorChoices(ctx) : [],
      };
    }),

  add: procedure(P.edit)
    .input(leadFields.extend({ analysisId: id }))
    .mutation(async ({ ctx, input }) => {
      assertNotesWritable(ctx, input.notes);
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      if (input.actorId) await requireActor(ctx, input.actorId);
      const count = await ctx.tx.buurtanalyseLead.count({ where: { analysisId: a.id } });
      if (count >= L.fieldRows) throw appError("buurtanalyse.field.tooMany", { max: L.fieldRows });
      const { analysisId: _a, ...data } = input;
      const lead = await ctx.tx.buurtanalyseLead.create({
        data: { ...data, tenantId: ctx.tenant.id, analysisId: a.id, createdById: ctx.session.userId },
        select: { id: true },
      });
      await ctx.audit({
        action: "buurtanalyse.field.changed",
        targetType: "BuurtanalyseLead",
        targetId: lead.id,
        data: { change: "added" },
      });
      return lead;
    }),

  /** Changes what was sent (the state, the linked actor, the words); what was left out stays as it was. */
  update: procedure(P.edit)
    .meta(updateMeta({ model: "BuurtanalyseLead" }))
    .input(updateInput(leadFields, { id }))
    .mutation(async ({ ctx, input }) => {
      assertNotesWritable(ctx, input.notes);
      const lead = await requireLead(ctx.tx, input.id);
      if (input.actorId) await requireActor(ctx, input.actorId);
      const { id: _id, ...data } = input;
      await ctx.tx.buurtanalyseLead.update({ where: { id: lead.id }, data: { ...data, version: { increment: 1 } } });
      await ctx.audit({
        action: "buurtanalyse.field.changed",
        targetType: "BuurtanalyseLead",
        targetId: lead.id,
        data: { change: "changed" },
      });
      return { ok: true };
    }),

  remove: procedure(P.edit)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const lead = await requireLead(ctx.tx, input.id);
      await ctx.tx.buurtanalyseLead.delete({ where: { id: lead.id } });
      await ctx.audit({
        action: "buurtanalyse.field.changed",
        targetType: "BuurtanalyseLead",
        targetId: lead.id,
        data: { change: "removed" },
      });
      return { ok: true };
    }),
});
