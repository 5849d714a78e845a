import { deleteStoredFiles, fileLink, type Prisma, personInputs, router, storeFile, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";
import type { ConsentAudience, ConversationKind } from "../../domain";
import { BUURTANALYSE_LIMITS as L } from "../../limits";
import { P } from "../../manifest";
import { assertNotesWritable, requireAnalysis } from "../access";
import { appError, orThrow } from "../errors";
import { procedure } from "../procedures";
import { audienceList, conversationFields, id, observationFields, quoteFields } from "../schemas";

const who = (u: { name: string | null; email: string } | null) => (u ? u.name || u.email : null);
type Point = { type: "Point"; coordinates: [number, number] };

export async function requireObservation(tx: Tx, observationId: string, analysisId?: string) {
  const o = await tx.buurtanalyseObservation.findUnique({ where: { id: observationId } });
  return orThrow(o && (!analysisId || o.analysisId === analysisId) ? o : null, "buurtanalyse.observation.notFound");
}

export async function requireConversation(tx: Tx, conversationId: string, analysisId?: string) {
  const c = await tx.buurtanalyseConversation.findUnique({ where: { id: conversationId } });
  return orThrow(c && (!analysisId || c.analysisId === analysisId) ? c : null, "buurtanalyse.conversation.notFound");
}

export async function requireQuote(tx: Tx, quoteId: string, analysisId?: string) {
  const q = await tx.buurtanalyseQuote.findUnique({ where: { id: quoteId } });
  return orThrow(q && (!analysisId || q.analysisId === analysisId) ? q : null, "buurtanalyse.quote.notFound");
}

export async function requireSurveyLink(tx: Tx, surveyLinkId: string, analysisId?: string) {
  const s = await tx.buurtanalyseSurveyLink.findUnique({ where: { id: surveyLinkId } });
  return orThrow(s && (!analysisId || s.analysisId === analysisId) ? s : null, "buurtanalyse.surveyLink.notFound");
}

const quoteSelect = {
  id: true,
  text: true,
  saidBy: true,
  audiences: true,
  conversationId: true,
  observationId: true,
  version: true,
  createdAt: true,
  // Through the relation: a person outside the reader's neighbourhoods is not shown (row-level security).
  person: { select: { id: true, firstName: true, lastName: true } },
} as const;

/**
 * Round 4 as records (BA-7, ADR 0032): observations entered on a phone (text, the cue it answers, a point, a time, a
 * photo stored through core with EXIF removed), conversations and focus groups (with whom by role, never a name; notes
 * are sensitive), quotes (said by a role; staff may link a Person), and the consent of each quote and photo: where it
 * may appear besides the team.
 */
export const fieldRouter = router({
  get: procedure(P.view)
    .input(z.object({ analysisId: id }))
    .query(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const observations = await ctx.tx.buurtanalyseObservation.findMany({
        where: { analysisId: a.id },
        orderBy: [{ observedAt: "desc" }, { id: "asc" }],
        take: L.fieldRows,
        select: {
          id: true,
          text: true,
          cueKey: true,
          point: true,
          observedAt: true,
          photoAudiences: true,
          version: true,
          photo: { select: { id: true, tenantId: true, status: true, thumbKey: true } },
          createdBy: { select: { name: true, email: true } },
          quotes: { select: quoteSelect, orderBy: { createdAt: "asc" } },
        },
      });
      const conversations = await ctx.tx.buurtanalyseConversation.findMany({
        where: { analysisId: a.id },
        orderBy: [{ heldOn: "desc" }, { id: "asc" }],
        take: L.fieldRows,
        select: {
          id: true,
          kind: true,
          withWhom: true,
          participants: true,
          place: true,
          heldOn: true,
          notes: true,
          version: true,
          createdBy: { select: { name: true, email: true } },
          quotes: { select: quoteSelect, orderBy: { createdAt: "asc" } },
        },
      });
      const loose = await ctx.tx.buurtanalyseQuote.findMany({
        where: { analysisId: a.id, conversationId: null, observationId: null },
        orderBy: { createdAt: "asc" },
        take: L.fieldRows,
        select: quoteSelect,
      });
      const userId = ctx.session.userId;
      const shapeQuote = ({ person, audiences, ...q }: Prisma.BuurtanalyseQuoteGetPayload<{ select: typeof quoteSelect }>) => ({
        ...q,
        audiences: audiences as ConsentAudience[],
        person: person ? { id: person.id, name: [person.firstName, person.lastName].filter(Boolean).join(" ") } : null,
      });
      return {
        analysisId: a.id,
        title: a.title,
        notesVisible: ctx.permissions.has(P.notes),
        observations: observations.map(({ photo, createdBy, point, quotes, photoAudiences, ...o }) => ({
          ...o,
          point: (point as Point | null) ?? null,
          photoAudiences: photoAudiences as ConsentAudience[],
          createdBy: who(createdBy),
          photo:
            photo && photo.status === "active"
              ? {
                  id: photo.id,
                  thumb: fileLink(photo, photo.thumbKey ? "thumb" : "original", userId),
                  full: fileLink(photo, "original", userId),
                }
              : null,
          quotes: quotes.map(shapeQuote),
        })),
        conversations: conversations.map(({ createdBy, quotes, kind, ...c }) => ({
          ...c,
          kind: kind as ConversationKind,
          createdBy: who(createdBy),
          quotes: quotes.map(shapeQuote),
        })),
        quotes: loose.map(shapeQuote),
      };
    }),

  /** One observation in one call, from the phone: the photo (optional) is stored through core, EXIF removed. */
  addObservation: procedure(P.edit)
    .input(observationFields.extend({ analysisId: id }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const count = await ctx.tx.buurtanalyseObservation.count({ where: { analysisId: a.id } });
      if (count >= L.fieldRows) throw appError("buurtanalyse.field.tooMany", { max: L.fieldRows });
      let photoFileId: string | null = null;
      if (input.photo) {
        const bytes = Buffer.from(input.photo.slice(input.photo.indexOf(",") + 1), "base64");
        const f = await storeFile(ctx.tx, {
          tenantId: ctx.tenant.id,
          moduleId: "buurtanalyse",
          bytes,
          name: "waarneming.jpg",
          accept: "image",
          uploadedById: ctx.session.userId,
        });
        photoFileId = f.id;
      }
      const o = await ctx.tx.buurtanalyseObservation.create({
        data: {
          tenantId: ctx.tenant.id,
          analysisId: a.id,
          text: input.text,
          cueKey: input.cueKey,
          point: input.point ? (input.point as Prisma.InputJsonValue) : undefined,
          observedAt: input.observedAt ?? new Date(),
          photoFileId,
          photoAudiences: photoFileId ? input.photoAudiences : [],
          createdById: ctx.session.userId,
        },
        select: { id: true },
      });
      await ctx.audit({
        action: "buurtanalyse.field.changed",
        targetType: "BuurtanalyseObservation",
        targetId: o.id,
        data: { change: "added", photo: photoFileId !== null, point: input.point !== null },
      });
      return { id: o.id, photoFileId };
    }),

  removeObservation: procedure(P.edit)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const o = await requireObservation(ctx.tx, input.id);
      await ctx.tx.buurtanalyseObservation.delete({ where: { id: o.id } });
      if (o.photoFileId) await deleteStoredFiles(ctx.tx, { id: o.photoFileId });
      await ctx.audit({
        action: "buurtanalyse.field.changed",
        targetType: "BuurtanalyseObservation",
        targetId: o.id,
        data: { change: "removed" },
      });
      return { ok: true };
    }),

  addConversation: procedure(P.edit)
    .input(conversationFields.extend({ analysisId: id }))
    .mutation(async ({ ctx, input }) => {
      assertNotesWritable(ctx, input.notes);
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      const count = await ctx.tx.buurtanalyseConversation.count({ where: { analysisId: a.id } });
      if (count >= L.fieldRows) throw appError("buurtanalyse.field.tooMany", { max: L.fieldRows });
      const { analysisId: _a, ...data } = input;
      const c = await ctx.tx.buurtanalyseConversation.create({
        data: { ...data, tenantId: ctx.tenant.id, analysisId: a.id, createdById: ctx.session.userId },
        select: { id: true },
      });
      await ctx.audit({
        action: "buurtanalyse.field.changed",
        targetType: "BuurtanalyseConversation",
        targetId: c.id,
        data: { change: "added", kind: input.kind },
      });
      return c;
    }),

  /** Removes a conversation with its quotes. */
  removeConversation: procedure(P.edit)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const c = await requireConversation(ctx.tx, input.id);
      await ctx.tx.buurtanalyseConversation.delete({ where: { id: c.id } });
      await ctx.audit({
        action: "buurtanalyse.field.changed",
        targetType: "BuurtanalyseConversation",
        targetId: c.id,
        data: { change: "removed" },
      });
      return { ok: true };
    }),

  /** A quote, from a conversation or with an observation (or neither); a Person only when staff link one. */
  addQuote: procedure(P.edit)
    .meta(personInputs("personId"))
    .input(quoteFields.extend({ analysisId: id }))
    .mutation(async ({ ctx, input }) => {
      const a = await requireAnalysis(ctx.tx, input.analysisId);
      if (input.conversationId) await requireConversation(ctx.tx, input.conversationId, a.id);
      if (input.observationId) await requireObservation(ctx.tx, input.observationId, a.id);
      const count = await ctx.tx.buurtanalyseQuote.count({ where: { analysisId: a.id } });
      if (count >= L.fieldRows) throw appError("buurtanalyse.field.tooMany", { max: L.fieldRows });
      const { analysisId: _a, ...data } = input;
      const q = await ctx.tx.buurtanalyseQuote.create({
        data: { ...data, tenantId: ctx.tenant.id, analysisId: a.id, createdById: ctx.session.userId },
        select: { id: true },
      });
      await ctx.audit({
        action: "buurtanalyse.field.changed",
        targetType: "BuurtanalyseQuote",
        targetId: q.id,
        data: { change: "added", audiences: input.audiences, person: input.personId !== null },
      });
      return q;
    }),

  removeQuote: procedure(P.edit)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const q = await requireQuote(ctx.tx, input.id);
      await ctx.tx.buurtanalyseQuote.delete({ where: { id: q.id } });
      await ctx.audit({
        action: "buurtanalyse.field.changed",
        targetType: "BuurtanalyseQuote",
        targetId: q.id,
        data: { change: "removed" },
      });
      return { ok: true };
    }),

  /** The consent of a quote or a photo: where it may appear besides the team (none: the team only). */
  consent: procedure(P.edit)
    .input(z.object({ target: z.enum(["quote", "photo"]), id, audiences: audienceList }))
    .mutation(async ({ ctx, input }) => {
      if (input.target === "quote") {
        const q = await requireQuote(ctx.tx, input.id);
        await ctx.tx.buurtanalyseQuote.update({ where: { id: q.id }, data: { audiences: input.audiences, version: { increment: 1 } } });
      } else {
        const o = await requireObservation(ctx.tx, input.id);
        if (!o.photoFileId) throw appError("buurtanalyse.observation.notFound");
        await ctx.tx.buurtanalyseObservation.update({
          where: { id: o.id },
          data: { photoAudiences: input.audiences, version: { increment: 1 } },
        });
      }
      await ctx.audit({
        action: "buurtanalyse.field.consent",
        targetType: input.target === "quote" ? "BuurtanalyseQuote" : "BuurtanalyseObservation",
        targetId: input.id,
        data: { audiences: input.audiences },
      });
      return { ok: true };
    }),
});
