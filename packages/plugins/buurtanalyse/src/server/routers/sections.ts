import { type Prisma, router, type Tx } from "@zorgzaam/core/plugin";
import { addFoundActor, evaluationRounds, mapCounts } from "@zorgzaam/plugin-partners/server";
import { z } from "zod";
import { FOUND_ACTOR_KINDS, type SectionContent, type SectionKey, type SectionStatus } from "../../domain";
import { P } from "../../manifest";
import { assertNotesWritable, requireAnalysis } from "../access";
import { appError } from "../errors";
import { procedure } from "../procedures";
import { id, sectionContent, sectionKey, sectionStatus } from "../schemas";

const json = (v: unknown) => v as Prisma.InputJsonValue;
const asContent = (v: unknown) => (v ?? {}) as SectionContent;

/**
 * The sections of an analysis: each keeps a status, its structured content and working notes, with who changed it
 * last and when. A section that was never saved reads as "niet begonnen" and empty; saving creates it.
 */
export const sectionsRouter = router({
  get: procedure(P.view)
    .input(z.object({ analysisId: id, key: sectionKey }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const s = await ctx.tx.buurtanalyseSection.findUnique({
        where: { tenantId_analysisId_key: { tenantId: ctx.tenant.id, analysisId: a.id, key: input.key } },
        select: {
          status: true,
          content: true,
          notes: true,
          version: true,
          updatedAt: true,
          updatedBy: { select: { name: true, email: true } },
        },
      });
      return {
        analysisId: a.id,
        title: a.title,
        key: input.key as SectionKey,
        status: (s?.status ?? "niet_begonnen") as SectionStatus,
        content: asContent(s?.content),
        notes: s?.notes ?? null,
        notesVisible: ctx.permissions.has(P.notes),
        version: s?.version ?? 0,
        updatedAt: s?.updatedAt ?? null,
        updatedBy: s?.updatedBy ? s.updatedBy.name || s.updatedBy.email : null,
      };
    }),

  /** Saves what was sent (status, parts of the content, notes); what was left out stays as it was. */
  save: procedure(P.edit)
    .input(
      z.object({
        analysisId: id,
        key: sectionKey,
        status: sectionStatus.optional(),
        content: sectionContent.optional(),
        notes: z.string().trim().max(5_000).nullable().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      assertNotesWritable(ctx, input.notes);
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const roundId = input.content?.partnersRoundId;
      if (roundId) {
        const found =
          ctx.modules.partners?.enabled === true
            ? await evaluationRounds(ctx, { neighbourhoodIds: await areaIds(ctx.tx, a.id), ids: [roundId] })
            : [];
        if (found.length === 0) throw appError("buurtanalyse.partnersRound.notFound");
      }
      const where = { tenantId_analysisId_key: { tenantId: ctx.tenant.id, analysisId: a.id, key: input.key } };
      const old = await ctx.tx.buurtanalyseSection.findUnique({ where, select: { content: true, status: true } });
      const content = { ...asContent(old?.content), ...(input.content ?? {}) };
      // Writing in a section that was not begun means it is under way, unless a status was chosen.
      const status =
        input.status ??
        (old?.status && old.status !== "niet_begonnen" ? old.status : input.content || input.notes ? "bezig" : "niet_begonnen");
      const notes = input.notes === undefined ? {} : { notes: input.notes || null };
      const s = await ctx.tx.buurtanalyseSection.upsert({
        where,
        create: {
          tenantId: ctx.tenant.id,
          analysisId: a.id,
          key: input.key,
          status,
          content: json(content),
          ...notes,
          updatedById: ctx.session.userId,
        },
        update: { status, content: json(content), ...notes, updatedById: ctx.session.userId, version: { increment: 1 } },
        select: { id: true, version: true, status: true, updatedAt: true },
      });
      await ctx.audit({
        action: "buurtanalyse.section.saved",
        targetType: "BuurtanalyseSection",
        targetId: s.id,
        data: { key: input.key, status, parts: Object.keys(input.content ?? {}), notes: input.notes !== undefined },
      });
      return s;
    }),

  /**
   * Round 1: the Partners evaluation rounds of the analysis's neighbourhoods and of the whole network (for a member who
   * takes part in evaluations, when Partners is on), and the one the team linked.
   */
  partnersRounds: procedure(P.view)
    .input(z.object({ analysisId: id }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      if (ctx.modules.partners?.enabled !== true) return { available: false as const, rounds: [], linkedId: null };
      const rounds = await evaluationRounds(ctx, { neighbourhoodIds: await areaIds(ctx.tx, a.id) });
      const s = await ctx.tx.buurtanalyseSection.findUnique({
        where: { tenantId_analysisId_key: { tenantId: ctx.tenant.id, analysisId: a.id, key: "ronde1" } },
        select: { content: true },
      });
      const linkedId = asContent(s?.content).partnersRoundId ?? null;
      return { available: true as const, rounds, linkedId };
    }),

  /**
   * Round 1: a dated snapshot of the partner map's counts (per sector, formal or informal, relationship status),
   * through Partners' public server API. When Partners is off there is nothing to count: the round is written by hand.
   */
  snapshot: procedure(P.edit)
    .input(z.object({ analysisId: id }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      if (ctx.modules.partners?.enabled !== true) return { taken: false as const };
      const counts = await mapCounts(ctx, ctx.locale);
      const where = { tenantId_analysisId_key: { tenantId: ctx.tenant.id, analysisId: a.id, key: "ronde1" } };
      const old = await ctx.tx.buurtanalyseSection.findUnique({ where, select: { content: true, status: true } });
      const snapshot = { takenAt: new Date().toISOString(), ...counts };
      const content = json({ ...asContent(old?.content), snapshot });
      await ctx.tx.buurtanalyseSection.upsert({
        where,
        create: { tenantId: ctx.tenant.id, analysisId: a.id, key: "ronde1", status: "bezig", content, updatedById: ctx.session.userId },
        update: { content, updatedById: ctx.session.userId, version: { increment: 1 } },
      });
      return { taken: true as const, snapshot };
    }),

  /**
   * Round 3, "toevoegen als actor" (BA-6): an actor found online goes on the partner map through Partners' public
   * server API, with where it was found in its notes; the round keeps the link back. Only when Partners is on and the
   * member may add actors there.
   */
  addActor: procedure(P.edit)
    .input(
      z.object({
        analysisId: id,
        sourceKey: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/),
        sourceLabel: z.string().trim().min(1).max(300),
        name: z.string().trim().min(1).max(200),
        kind: z.enum(FOUND_ACTOR_KINDS).default("organisation"),
        website: z
          .string()
          .trim()
          .max(500)
          .regex(/^https?:\/\/[^\s]+\.[^\s]+$/i)
          .nullable()
          .default(null),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      if (ctx.modules.partners?.enabled !== true) throw appError("buurtanalyse.partners.off");
      const areas = await ctx.tx.buurtanalyseArea.findMany({ where: { analysisId: a.id }, select: { neighbourhoodId: true } });
      const foundVia = `${a.title}, ronde 3: ${input.sourceLabel}`;
      const actor = await addFoundActor(ctx, {
        name: input.name,
        kind: input.kind,
        website: input.website,
        foundVia,
        neighbourhoodIds: areas.map((x) => x.neighbourhoodId),
      });
      if (!actor) throw appError("buurtanalyse.partners.forbidden");
      const where = { tenantId_analysisId_key: { tenantId: ctx.tenant.id, analysisId: a.id, key: "ronde3" } };
      const old = await ctx.tx.buurtanalyseSection.findUnique({ where, select: { content: true } });
      const before = asContent(old?.content);
      const found = [
        ...(before.foundActors ?? []),
        { actorId: actor.id, name: input.name, sourceKey: input.sourceKey, addedAt: new Date().toISOString() },
      ];
      const content = json({ ...before, foundActors: found });
      await ctx.tx.buurtanalyseSection.upsert({
        where,
        create: { tenantId: ctx.tenant.id, analysisId: a.id, key: "ronde3", status: "bezig", content, updatedById: ctx.session.userId },
        update: { content, updatedById: ctx.session.userId, version: { increment: 1 } },
      });
      return { actorId: actor.id };
    }),
});

async function areaIds(tx: Tx, analysisId: string): Promise<string[]> {
  const areas = await tx.buurtanalyseArea.findMany({ where: { analysisId }, select: { neighbourhoodId: true } });
  return areas.map((x) => x.neighbourhoodId);
}
