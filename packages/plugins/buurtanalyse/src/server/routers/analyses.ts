import { router, type Tx, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { SECTION_KEYS, type SectionStatus } from "../../domain";
import { P } from "../../manifest";
import { requireAnalysis, requireMembers, requireNeighbourhoods } from "../access";
import { appError } from "../errors";
import { procedure } from "../procedures";
import { analysisFields, areaSectors, createAnalysis, id } from "../schemas";

function checkPeriod(start: Date | null | undefined, end: Date | null | undefined) {
  if (start && end && end < start) throw appError("buurtanalyse.period.order");
}

/** A later analysis starts from the previous one: its hypotheses (verdict open again), SWOT and unfinished actions. */
async function copyFromPrevious(tx: Tx, tenantId: string, userId: string, fromId: string, toId: string) {
  const hypotheses = await tx.buurtanalyseHypothesis.findMany({ where: { analysisId: fromId }, orderBy: { position: "asc" } });
  const newIds = new Map<string, string>();
  for (const h of hypotheses) {
    const c = await tx.buurtanalyseHypothesis.create({
      data: {
        tenantId,
        analysisId: toId,
        text: h.text,
        rationale: h.rationale,
        indicators: h.indicators,
        position: h.position,
        verdict: "open",
        updatedById: userId,
      },
      select: { id: true },
    });
    newIds.set(h.id, c.id);
  }
  const swot = await tx.buurtanalyseSwot.findMany({ where: { analysisId: fromId }, orderBy: { position: "asc" } });
  if (swot.length)
    await tx.buurtanalyseSwot.createMany({
      data: swot.map((s) => ({
        tenantId,
        analysisId: toId,
        kind: s.kind,
        text: s.text,
        position: s.position,
        hypothesisId: s.hypothesisId ? (newIds.get(s.hypothesisId) ?? null) : null,
        updatedById: userId,
      })),
    });
  const actions = await tx.buurtanalyseAction.findMany({ where: { analysisId: fromId, status: { in: ["planned", "running"] } } });
  if (actions.length)
    await tx.buurtanalyseAction.createMany({
      // The earlier round's evaluation stays with it: the action is evaluated again in this one.
      data: actions.map(({ id: _id, analysisId: _a, createdAt: _c, updatedAt: _u, approach: _p, result: _r, adjust: _j, ...a }) => ({
        ...a,
        tenantId,
        analysisId: toId,
        updatedById: userId,
      })),
    });
}

/** Analyses: the list, one analysis with its progress, start one (from scratch or from a previous one), change it. */
export const analysesRouter = router({
  list: procedure(P.view).query(async ({ ctx }) => {
    const rows = await ctx.tx.buurtanalyseAnalysis.findMany({
      orderBy: { createdAt: "desc" },
      take: 200,
      select: {
        id: true,
        title: true,
        periodStart: true,
        periodEnd: true,
        areas: { select: { neighbourhood: { select: { name: true } } } },
        sections: { select: { status: true } },
      },
    });
    return rows.map(({ areas, sections, ...a }) => ({
      ...a,
      neighbourhoods: areas.map((x) => x.neighbourhood.name),
      done: sections.filter((s) => s.status === "klaar").length,
      total: SECTION_KEYS.length,
    }));
  }),

  get: procedure(P.view)
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.id);
      // One transaction: its queries run one after the other.
      const areas = await ctx.tx.buurtanalyseArea.findMany({
        where: { analysisId: a.id },
        select: { neighbourhoodId: true, sectorCodes: true, neighbourhood: { select: { name: true } } },
      });
      const team = await ctx.tx.buurtanalyseTeamMember.findMany({
        where: { analysisId: a.id },
        select: { userId: true, user: { select: { name: true, email: true } } },
      });
      const sections = await ctx.tx.buurtanalyseSection.findMany({
        where: { analysisId: a.id },
        select: { key: true, status: true, updatedAt: true, updatedBy: { select: { name: true, email: true } } },
      });
      const previous = a.previousId
        ? await ctx.tx.buurtanalyseAnalysis.findUnique({ where: { id: a.previousId }, select: { id: true, title: true } })
        : null;
      const byKey = new Map(sections.map((s) => [s.key, s]));
      return {
        id: a.id,
        title: a.title,
        periodStart: a.periodStart,
        periodEnd: a.periodEnd,
        previous,
        areas: areas.map((x) => ({ neighbourhoodId: x.neighbourhoodId, name: x.neighbourhood.name, sectorCodes: x.sectorCodes })),
        team: team.map((m) => ({ userId: m.userId, name: m.user.name || m.user.email })),
        sections: SECTION_KEYS.map((key) => {
          const s = byKey.get(key);
          return {
            key,
            status: (s?.status ?? "niet_begonnen") as SectionStatus,
            updatedAt: s?.updatedAt ?? null,
            updatedBy: s?.updatedBy ? s.updatedBy.name || s.updatedBy.email : null,
          };
        }),
      };
    }),

  /** What the new-analysis form offers (to those who start analyses): neighbourhoods, members, earlier analyses. */
  options: procedure(P.manage).query(async ({ ctx }) => {
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
    const members = await ctx.tx.membership.findMany({
      take: 500,
      select: { userId: true, user: { select: { name: true, email: true } } },
    });
    const analyses = await ctx.tx.buurtanalyseAnalysis.findMany({
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, title: true },
    });
    return {
      neighbourhoods,
      members: members.map((m) => ({ userId: m.userId, name: m.user.name || m.user.email })).sort((x, y) => x.name.localeCompare(y.name)),
      analyses,
    };
  }),

  create: procedure(P.manage)
    .input(createAnalysis)
    .mutation(async ({ ctx, input }) => {
      checkPeriod(input.periodStart, input.periodEnd);
      const neighbourhoods = await requireNeighbourhoods(ctx.tx, input.neighbourhoodIds);
      await requireMembers(ctx.tx, input.teamUserIds);
      if (input.previousId)
        await requireAnalysis(ctx.tx, input.previousId).catch(() => {
          throw appError("buurtanalyse.previous.notFound");
        });
      const tenantId = ctx.tenant.id;
      const a = await ctx.tx.buurtanalyseAnalysis.create({
        data: {
          tenantId,
          title: input.title,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          previousId: input.previousId,
          createdById: ctx.session.userId,
        },
        select: { id: true },
      });
      await ctx.tx.buurtanalyseArea.createMany({
        data: neighbourhoods.map((n) => ({ tenantId, analysisId: a.id, neighbourhoodId: n.id, sectorCodes: n.sectorCodes })),
      });
      await ctx.tx.buurtanalyseTeamMember.createMany({
        data: [...new Set(input.teamUserIds)].map((userId) => ({ tenantId, analysisId: a.id, userId })),
      });
      if (input.previousId) await copyFromPrevious(ctx.tx, tenantId, ctx.session.userId, input.previousId, a.id);
      await ctx.audit({ action: "buurtanalyse.analysis.created", targetType: "BuurtanalyseAnalysis", targetId: a.id });
      return a;
    }),

  update: procedure(P.manage)
    .meta(updateMeta({ model: "BuurtanalyseAnalysis" }))
    .input(updateInput(analysisFields, { id }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.id);
      const { id: _id, ...data } = input;
      checkPeriod(
        data.periodStart === undefined ? a.periodStart : data.periodStart,
        data.periodEnd === undefined ? a.periodEnd : data.periodEnd,
      );
      await ctx.tx.buurtanalyseAnalysis.update({ where: { id: a.id }, data: { ...data, version: { increment: 1 } } });
      await ctx.audit({
        action: "buurtanalyse.analysis.updated",
        targetType: "BuurtanalyseAnalysis",
        targetId: a.id,
        data: { fields: Object.keys(data) },
      });
      return { ok: true };
    }),

  /** The team: members of the tenant (replaces the list). */
  setTeam: procedure(P.manage)
    .input(z.object({ analysisId: id, teamUserIds: z.array(id).max(50) }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      await requireMembers(ctx.tx, input.teamUserIds);
      await ctx.tx.buurtanalyseTeamMember.deleteMany({ where: { analysisId: a.id } });
      await ctx.tx.buurtanalyseTeamMember.createMany({
        data: [...new Set(input.teamUserIds)].map((userId) => ({ tenantId: ctx.tenant.id, analysisId: a.id, userId })),
      });
      await ctx.audit({
        action: "buurtanalyse.analysis.updated",
        targetType: "BuurtanalyseAnalysis",
        targetId: a.id,
        data: { fields: ["team"] },
      });
      return { ok: true };
    }),

  /** The statistical sectors a neighbourhood of the analysis is made of (for the indicator import). */
  setSectors: procedure(P.edit)
    .input(areaSectors)
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const r = await ctx.tx.buurtanalyseArea.updateMany({
        where: { analysisId: a.id, neighbourhoodId: input.neighbourhoodId },
        data: { sectorCodes: [...new Set(input.sectorCodes)] },
      });
      if (r.count === 0) throw appError("buurtanalyse.neighbourhood.notFound");
      return { ok: true };
    }),

  remove: procedure(P.manage)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.id);
      await ctx.tx.buurtanalyseAnalysis.delete({ where: { id: a.id } });
      await ctx.audit({ action: "buurtanalyse.analysis.deleted", targetType: "BuurtanalyseAnalysis", targetId: a.id });
      return { ok: true };
    }),
});
