import { BoundaryError, type Prisma, parseBoundary, router, setNeighbourhoodBoundary, tenantMapConfig } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { type Area, agreement } from "../../agreement";
import type { BoundaryDecision, DrawnFor, SectionContent } from "../../domain";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { P } from "../../manifest";
import { requireAnalysis } from "../access";
import { appError, orThrow } from "../errors";
import { procedure } from "../procedures";
import { decideInput, drawInput, drawingGeometry, id } from "../schemas";
import { boxOf } from "./map";

const json = (v: unknown) => v as Prisma.InputJsonValue;
const who = (u: { name: string | null; email: string } | null) => (u ? u.name || u.email : null);
const asContent = (v: unknown) => (v ?? {}) as SectionContent;
type Tx = Parameters<typeof requireAnalysis>[0];

async function drawingsOf(tx: Tx, analysisId: string) {
  return tx.buurtanalyseDrawing.findMany({
    where: { analysisId },
    orderBy: { createdAt: "asc" },
    take: L.drawings,
    select: {
      id: true,
      drawnFor: true,
      geometry: true,
      version: true,
      updatedAt: true,
      createdById: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
}

const sectionWhere = (tenantId: string, analysisId: string) => ({
  tenantId_analysisId_key: { tenantId, analysisId, key: "afbakening" },
});

/** Writes the decision into the Afbakening section's content (the rest of the content stays as it was). */
async function writeDecision(
  ctx: { tx: Tx; tenant: { id: string }; session: { userId: string } },
  analysisId: string,
  decision: BoundaryDecision | null,
) {
  const where = sectionWhere(ctx.tenant.id, analysisId);
  const old = await ctx.tx.buurtanalyseSection.findUnique({ where, select: { content: true, status: true } });
  const { decision: _old, ...rest } = asContent(old?.content);
  const content = json(decision ? { ...rest, decision } : rest);
  return ctx.tx.buurtanalyseSection.upsert({
    where,
    create: { tenantId: ctx.tenant.id, analysisId, key: "afbakening", status: "bezig", content, updatedById: ctx.session.userId },
    update: { content, updatedById: ctx.session.userId, version: { increment: 1 } },
    select: { id: true },
  });
}

/**
 * BA-3 "teken jouw buurt": each member draws her own version of the buurt (and, for someone she spoke with, a version
 * known by role only); the team sees them together as agreement bands (how many drew each part, computed here with
 * turf) and the parts one person drew alone; it decides one boundary or keeps it fuzzy, and after an explicit confirm
 * writes one boundary to a neighbourhood through core's setNeighbourhoodBoundary (which keeps the old one).
 */
export const boundaryRouter = router({
  get: procedure(P.view)
    .input(z.object({ analysisId: id }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const rows = await drawingsOf(ctx.tx, a.id);
      const areas = await ctx.tx.buurtanalyseArea.findMany({
        where: { analysisId: a.id },
        select: { neighbourhood: { select: { id: true, name: true, boundary: true } } },
      });
      const neighbourhoods = areas.map((x) => x.neighbourhood);
      const boundaries = neighbourhoods
        .filter((n) => n.boundary !== null)
        .map((n) => ({ id: n.id, name: n.name, geometry: n.boundary as unknown as Area }));
      const result = agreement(rows.map((r) => ({ label: r.id, geometry: r.geometry })));
      const me = ctx.session.userId;
      const drawings = rows.map((r) => ({
        id: r.id,
        author: who(r.createdBy),
        drawnFor: r.drawnFor as DrawnFor | null,
        mine: r.createdById === me,
        usable: !result.skipped.includes(r.id),
      }));
      const section = await ctx.tx.buurtanalyseSection.findUnique({
        where: sectionWhere(ctx.tenant.id, a.id),
        select: { content: true },
      });
      // Her own drawings come back whole (to redraw them); the others' only as the overlay.
      const own = rows.filter((r) => r.createdById === me);
      return {
        analysisId: a.id,
        title: a.title,
        config: await tenantMapConfig(ctx.tx, ctx.tenant.id),
        frame: boxOf([...boundaries.map((b) => b.geometry), ...rows.map((r) => r.geometry)]),
        neighbourhoods: neighbourhoods.map((n) => ({ id: n.id, name: n.name, hasBoundary: n.boundary !== null })),
        boundaries,
        mine:
          own
            .filter((r) => r.drawnFor === null)
            .map((r) => ({ id: r.id, geometry: r.geometry as unknown as Area, version: r.version, updatedAt: r.updatedAt }))[0] ?? null,
        forOthers: own
          .filter((r) => r.drawnFor !== null)
          .map((r) => ({ id: r.id, drawnFor: r.drawnFor as DrawnFor, geometry: r.geometry as unknown as Area, version: r.version })),
        drawings,
        agreement: {
          drawings: result.drawings,
          mostFrom: result.mostFrom,
          bands: result.bands,
          atLeastHalf: result.atLeastHalf,
          onlyOne: result.onlyOne.map((o) => ({ drawingId: o.label, geometry: o.geometry, hectares: o.hectares })),
        },
        decision: asContent(section?.content).decision ?? null,
        limit: L.drawings,
      };
    }),

  /** Draws her own version (replacing the one she had) or, with `drawnFor`, a new one for someone known by role. */
  draw: procedure(P.edit)
    .input(drawInput)
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const me = ctx.session.userId;
      const own =
        input.drawnFor === null
          ? await ctx.tx.buurtanalyseDrawing.findFirst({
              where: { analysisId: a.id, createdById: me, drawnFor: null },
              select: { id: true },
            })
          : null;
      if (own) {
        await ctx.tx.buurtanalyseDrawing.update({
          where: { id: own.id },
          data: { geometry: json(input.geometry), updatedById: me, version: { increment: 1 } },
        });
        await ctx.audit({
          action: "buurtanalyse.drawing.changed",
          targetType: "BuurtanalyseDrawing",
          targetId: own.id,
          data: { change: "redrawn" },
        });
        return { id: own.id };
      }
      const count = await ctx.tx.buurtanalyseDrawing.count({ where: { analysisId: a.id } });
      if (count >= L.drawings) throw appError("buurtanalyse.drawing.tooMany", { max: L.drawings });
      const d = await ctx.tx.buurtanalyseDrawing.create({
        data: {
          tenantId: ctx.tenant.id,
          analysisId: a.id,
          drawnFor: input.drawnFor,
          geometry: json(input.geometry),
          createdById: me,
          updatedById: me,
        },
        select: { id: true },
      });
      await ctx.audit({
        action: "buurtanalyse.drawing.changed",
        targetType: "BuurtanalyseDrawing",
        targetId: d.id,
        data: { change: "added", drawnFor: input.drawnFor },
      });
      return d;
    }),

  /** Replaces the shape of one of her drawings. */
  redraw: procedure(P.edit)
    .input(z.object({ id, geometry: drawingGeometry }))
    .mutation(async ({ ctx, input }) => {
      const d = orThrow(await ctx.tx.buurtanalyseDrawing.findUnique({ where: { id: input.id } }), "buurtanalyse.drawing.notFound");
      if (d.createdById !== ctx.session.userId) throw appError("buurtanalyse.drawing.notYours");
      await ctx.tx.buurtanalyseDrawing.update({
        where: { id: d.id },
        data: { geometry: json(input.geometry), updatedById: ctx.session.userId, version: { increment: 1 } },
      });
      await ctx.audit({
        action: "buurtanalyse.drawing.changed",
        targetType: "BuurtanalyseDrawing",
        targetId: d.id,
        data: { change: "redrawn" },
      });
      return { ok: true };
    }),

  /** Deletes one of her drawings (the regie may delete any, e.g. one drawn by mistake). */
  remove: procedure(P.edit)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const d = orThrow(await ctx.tx.buurtanalyseDrawing.findUnique({ where: { id: input.id } }), "buurtanalyse.drawing.notFound");
      if (d.createdById !== ctx.session.userId && !ctx.permissions.has(P.manage)) throw appError("buurtanalyse.drawing.notYours");
      await ctx.tx.buurtanalyseDrawing.delete({ where: { id: d.id } });
      await ctx.audit({
        action: "buurtanalyse.drawing.changed",
        targetType: "BuurtanalyseDrawing",
        targetId: d.id,
        data: { change: "removed" },
      });
      return { ok: true };
    }),

  /** The team's decision: one boundary (from the agreement, one drawing, or drawn anew) or kept fuzzy (core and edge). */
  decide: procedure(P.edit)
    .input(decideInput)
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const rows = await drawingsOf(ctx.tx, a.id);
      const r = agreement(rows.map((x) => ({ label: x.id, geometry: x.geometry })));
      const base = { drawings: r.drawings, decidedAt: new Date().toISOString(), confirmed: null };
      let decision: BoundaryDecision;
      if (input.mode === "fuzzy") {
        if (!r.atLeastHalf) throw appError("buurtanalyse.decision.empty");
        decision = { mode: "fuzzy", source: null, geometry: null, core: r.atLeastHalf, edge: r.bands.some.geometry, ...base };
      } else {
        let geometry: Area | null = null;
        if (input.source === "all") geometry = r.bands.all.geometry;
        else if (input.source === "most") geometry = r.atLeastHalf;
        else if (input.source === "drawing") {
          const d = rows.find((x) => x.id === input.drawingId);
          if (!d) throw appError("buurtanalyse.drawing.notFound");
          geometry = d.geometry as unknown as Area;
        } else geometry = input.geometry;
        if (!geometry) throw appError("buurtanalyse.decision.empty");
        decision = { mode: "one", source: input.source, geometry, core: null, edge: null, ...base };
      }
      const s = await writeDecision(ctx, a.id, decision);
      await ctx.audit({
        action: "buurtanalyse.section.saved",
        targetType: "BuurtanalyseSection",
        targetId: s.id,
        data: { key: "afbakening", parts: ["decision"], mode: decision.mode, source: decision.source },
      });
      return { mode: decision.mode };
    }),

  /**
   * Writes the decided boundary to one of the analysis's neighbourhoods, after the explicit confirm (`confirm: true`,
   * asked by the page in words). Core keeps the boundary it replaces in the neighbourhood's history.
   */
  confirm: procedure(P.manage)
    .input(z.object({ analysisId: id, neighbourhoodId: id, confirm: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const area = await ctx.tx.buurtanalyseArea.findFirst({
        where: { analysisId: a.id, neighbourhoodId: input.neighbourhoodId },
        select: { neighbourhood: { select: { id: true, name: true } } },
      });
      const n = orThrow(area?.neighbourhood ?? null, "buurtanalyse.decision.neighbourhood");
      const section = await ctx.tx.buurtanalyseSection.findUnique({
        where: sectionWhere(ctx.tenant.id, a.id),
        select: { content: true },
      });
      const decision = asContent(section?.content).decision;
      if (decision?.mode !== "one" || !decision.geometry) throw appError("buurtanalyse.decision.none");
      try {
        parseBoundary(decision.geometry);
      } catch (e) {
        if (e instanceof BoundaryError) throw appError("buurtanalyse.decision.invalid", { problem: e.messageIn(ctx.locale) });
        throw e;
      }
      const result = await setNeighbourhoodBoundary(ctx.tx, {
        tenantId: ctx.tenant.id,
        neighbourhoodId: n.id,
        boundary: decision.geometry,
        source: "buurtanalyse",
      });
      await writeDecision(ctx, a.id, { ...decision, confirmed: { neighbourhoodId: n.id, name: n.name, at: new Date().toISOString() } });
      await ctx.audit({
        action: "buurtanalyse.boundary.confirmed",
        targetType: "Neighbourhood",
        targetId: n.id,
        data: { analysisId: a.id, changed: result.changed, keptVersion: result.versionId },
      });
      return { ok: true, changed: result.changed };
    }),
});
