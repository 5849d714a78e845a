import { type Prisma, router, tenantMapConfig, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { mapPlaces } from "@zorgzaam/plugin-partners/server";
import { z } from "zod";
import type { MapCategory, MapKind, SectionContent } from "../../domain";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { P } from "../../manifest";
import { assertNotesWritable, requireAnalysis } from "../access";
import { appError, orThrow } from "../errors";
import { procedure } from "../procedures";
import { id, type MapGeometry, mapItemFields } from "../schemas";

const KIND: Record<MapGeometry["type"], MapKind> = { Point: "point", LineString: "line", Polygon: "area" };
const json = (v: unknown) => v as Prisma.InputJsonValue;
const who = (u: { name: string | null; email: string } | null) => (u ? u.name || u.email : null);

type Box = [number, number, number, number];

/** The box around every position of some GeoJSON geometries, or null when there are none. */
export function boxOf(geometries: unknown[]): Box | null {
  let box: Box | null = null;
  const visit = (c: unknown) => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === "number" && typeof c[1] === "number") {
      const [x, y] = c as [number, number];
      box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)] : [x, y, x, y];
      return;
    }
    for (const d of c) visit(d);
  };
  for (const g of geometries) visit((g as { coordinates?: unknown } | null)?.coordinates);
  return box;
}

/** A box grown by a share of its size on each side (the actors just outside the buurt matter too). */
const grow = ([w, s, e, n]: Box, f = 0.25): Box => {
  const dx = Math.max((e - w) * f, 0.002);
  const dy = Math.max((n - s) * f, 0.002);
  return [w - dx, s - dy, e + dx, n + dy];
};

/**
 * BA-3 on the map: what the team draws on the analysis's map (points, lines and areas with a label, a category and a
 * note) and the layers shown under it: the boundaries of the analysis's neighbourhoods and, when Partners is on, the
 * actors of the partner map around them (through Partners' public server API, with the map's own visibility rule).
 */
export const mapRouter = router({
  get: procedure(P.view)
    .input(z.object({ analysisId: id }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const rows = await ctx.tx.buurtanalyseMapItem.findMany({
        where: { analysisId: a.id },
        orderBy: { createdAt: "asc" },
        take: L.mapItems,
        select: {
          id: true,
          kind: true,
          category: true,
          label: true,
          note: true,
          geometry: true,
          version: true,
          updatedAt: true,
          updatedBy: { select: { name: true, email: true } },
        },
      });
      const areas = await ctx.tx.buurtanalyseArea.findMany({
        where: { analysisId: a.id },
        select: { neighbourhood: { select: { id: true, name: true, boundary: true } } },
      });
      const boundaries = areas
        .map((x) => x.neighbourhood)
        .filter((n) => n.boundary !== null)
        .map((n) => ({ id: n.id, name: n.name, geometry: n.boundary as { type: string; coordinates: unknown } }));
      const items = rows.map(({ updatedBy, ...r }) => ({
        ...r,
        kind: r.kind as MapKind,
        category: r.category as MapCategory,
        geometry: r.geometry as MapGeometry,
        updatedBy: who(updatedBy),
      }));
      // Round 4: observations with a point, an overlay on the map (BA-7).
      const observed = await ctx.tx.buurtanalyseObservation.findMany({
        where: { analysisId: a.id },
        orderBy: { observedAt: "desc" },
        take: L.fieldRows,
        select: { id: true, text: true, point: true, observedAt: true },
      });
      const observations = observed.flatMap((o) => {
        const c = (o.point as { coordinates?: unknown } | null)?.coordinates;
        return Array.isArray(c) && typeof c[0] === "number" && typeof c[1] === "number"
          ? [{ id: o.id, text: o.text, observedAt: o.observedAt, lng: c[0], lat: c[1] }]
          : [];
      });
      const frame = boxOf([...boundaries.map((b) => b.geometry), ...items.map((i) => i.geometry)]);
      // The team's decision on the boundary ("teken jouw buurt"): one boundary, or a core and an edge.
      const afbakening = await ctx.tx.buurtanalyseSection.findUnique({
        where: { tenantId_analysisId_key: { tenantId: ctx.tenant.id, analysisId: a.id, key: "afbakening" } },
        select: { content: true },
      });
      const d = ((afbakening?.content ?? {}) as SectionContent).decision;
      const partnersOn = ctx.modules.partners?.enabled === true;
      const partners = partnersOn ? await mapPlaces(ctx, { bbox: frame ? grow(frame) : null }) : null;
      return {
        analysisId: a.id,
        title: a.title,
        config: await tenantMapConfig(ctx.tx, ctx.tenant.id),
        frame,
        items,
        notesVisible: ctx.permissions.has(P.notes),
        boundaries,
        decision: d ? { mode: d.mode, geometry: d.geometry, core: d.core, edge: d.edge } : null,
        partners,
        observations,
      };
    }),

  add: procedure(P.edit)
    .input(mapItemFields.extend({ analysisId: id }))
    .mutation(async ({ ctx, input }) => {
      assertNotesWritable(ctx, input.note);
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const count = await ctx.tx.buurtanalyseMapItem.count({ where: { analysisId: a.id } });
      if (count >= L.mapItems) throw appError("buurtanalyse.map.tooMany", { max: L.mapItems });
      const item = await ctx.tx.buurtanalyseMapItem.create({
        data: {
          tenantId: ctx.tenant.id,
          analysisId: a.id,
          kind: KIND[input.geometry.type],
          category: input.category,
          label: input.label,
          note: input.note,
          geometry: json(input.geometry),
          createdById: ctx.session.userId,
          updatedById: ctx.session.userId,
        },
        select: { id: true },
      });
      await ctx.audit({
        action: "buurtanalyse.map.changed",
        targetType: "BuurtanalyseMapItem",
        targetId: item.id,
        data: { change: "added", kind: KIND[input.geometry.type], category: input.category },
      });
      return item;
    }),

  /** Changes what was sent: the label, category or note (from the list) or the shape (from the map). */
  update: procedure(P.edit)
    .meta(updateMeta({ model: "BuurtanalyseMapItem", derived: { geometry: ["kind"] } }))
    .input(updateInput(mapItemFields, { id }))
    .mutation(async ({ ctx, input }) => {
      assertNotesWritable(ctx, input.note);
      const item = orThrow(await ctx.tx.buurtanalyseMapItem.findUnique({ where: { id: input.id } }), "buurtanalyse.map.notFound");
      const { id: _id, geometry, ...fields } = input;
      await ctx.tx.buurtanalyseMapItem.update({
        where: { id: item.id },
        data: {
          ...fields,
          ...(geometry ? { geometry: json(geometry), kind: KIND[geometry.type] } : {}),
          updatedById: ctx.session.userId,
          version: { increment: 1 },
        },
      });
      await ctx.audit({
        action: "buurtanalyse.map.changed",
        targetType: "BuurtanalyseMapItem",
        targetId: item.id,
        data: { change: "updated", fields: Object.keys(input).filter((k) => k !== "id") },
      });
      return { ok: true };
    }),

  remove: procedure(P.edit)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const item = orThrow(await ctx.tx.buurtanalyseMapItem.findUnique({ where: { id: input.id } }), "buurtanalyse.map.notFound");
      await ctx.tx.buurtanalyseMapItem.delete({ where: { id: item.id } });
      await ctx.audit({
        action: "buurtanalyse.map.changed",
        targetType: "BuurtanalyseMapItem",
        targetId: item.id,
        data: { change: "removed", kind: item.kind, category: item.category },
      });
      return { ok: true };
    }),
});
