import { personInputs, router, updateMeta } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { P } from "../../manifest";
import { actorScope, editableActor, hidesPersonal, type PartnersCtx, requireNeighbourhoods, seesKeyFigures, visibleActor } from "../access";
import { ACTOR_DERIVED, type ActorFields, createActorInput, normaliseList, normaliseTags, updateActorInput } from "../actors/input";
import { keyFigurePersonVisible, memberNames, presentActor } from "../actors/present";
import { KEY_FIGURE_CONSENT_PURPOSE, linkKeyFigure, requireSectors } from "../actors/validate";
import { diff, recordChange, untrackedChanges } from "../history";
import { relationshipsOf } from "../relationships";
import { neighbourhoodsForPoint } from "../places";
import { procedure } from "../procedures";
import { id } from "../schemas";
import { geocodeLater } from "../transfer/geocode";
import { appError, zodMessage } from "../errors";

/** Checks and normalises what was filled in; returns the columns to write. */
async function columns(ctx: PartnersCtx, input: Partial<ActorFields>, current?: { sectorKeys: string[]; id: string; kind: string }) {
  const kind = input.kind ?? current?.kind;
  if (input.sectorKeys) await requireSectors(ctx, input.sectorKeys, current?.sectorKeys ?? []);
  if (input.neighbourhoodIds) await requireNeighbourhoods(ctx.tx, input.neighbourhoodIds);
  if (input.personId) {
    if (kind !== "key_figure") throw appError("partners.person.onlyKeyFigure");
    await linkKeyFigure(ctx, { personId: input.personId, consentMethod: input.consentMethod ?? null, actorId: current?.id });
  }
  const { consentMethod: _consent, tags, languages, sectorKeys, neighbourhoodIds, website, ...rest } = input;
  return {
    ...rest,
    ...(kind && kind !== "key_figure" && input.kind ? { personId: null } : {}),
    ...(tags ? { tags: normaliseTags(tags) } : {}),
    ...(languages ? { languages: normaliseList(languages) } : {}),
    ...(sectorKeys ? { sectorKeys: normaliseList(sectorKeys) } : {}),
    ...(neighbourhoodIds ? { neighbourhoodIds: [...new Set(neighbourhoodIds)] } : {}),
    ...(website !== undefined ? { website: website || null } : {}),
    ...(input.lat !== undefined ? { locationSource: input.lat === null ? null : ("map" as const) } : {}),
  };
}

/** Actors: the rows behind the map, the list and the graph. Reads follow `actorScope`, writes `editableActor`. */
export const actorsRouter = router({
  /** What the actor form offers: sectors, neighbourhoods, organisations, and what the member may do. */
  options: procedure(P.view).query(async ({ ctx }) => {
    const sectors = await ctx.tx.partnersSector.findMany({ orderBy: [{ sortOrder: "asc" }, { key: "asc" }] });
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
    const organisations = await ctx.tx.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
    return {
      sectors: sectors.map((s) => ({ key: s.key, nl: s.labelNl, fr: s.labelFr, en: s.labelEn, color: s.color, archived: s.archived })),
      neighbourhoods,
      organisations,
      myOrganisationId: ctx.membership.organisationId,
      defaultVisibility: ctx.membership.organisationId ? ctx.settings.defaultVisibility : ("partnership" as const),
      canManage: ctx.permissions.has(P.manage),
      seesKeyFigures: seesKeyFigures(ctx),
    };
  }),

  get: procedure(P.view)
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const a = await visibleActor(ctx, input.id);
      const links = await ctx.tx.partnersLink.findMany({
        where: { removedAt: null, OR: [{ fromActorId: a.id }, { toActorId: a.id }] },
        orderBy: { createdAt: "asc" },
        include: {
          from: { select: { id: true, name: true, kind: true, visibility: true, organisationId: true, archivedAt: true } },
          to: { select: { id: true, name: true, kind: true, visibility: true, organisationId: true, archivedAt: true } },
        },
      });
      const acquaintances = await ctx.tx.partnersAcquaintance.findMany({
        where: { actorId: a.id, removedAt: null },
        orderBy: { createdAt: "asc" },
      });
      const organisation = a.organisationId
        ? await ctx.tx.organisation.findUnique({ where: { id: a.organisationId }, select: { id: true, name: true } })
        : null;
      const neighbourhoods = await ctx.tx.neighbourhood.findMany({
        where: { id: { in: a.neighbourhoodIds } },
        select: { id: true, name: true },
      });
      const org = ctx.membership.organisationId;
      const sees = (x: { visibility: string; organisationId: string | null }) =>
        x.visibility === "partnership" || x.organisationId === null || x.organisationId === org;
      const names = await memberNames(
        ctx.tx,
        acquaintances.map((q) => q.userId),
      );
      const showPeople = seesKeyFigures(ctx);
      const personIds = showPeople ? acquaintances.map((q) => q.personId).filter((x): x is string => Boolean(x)) : [];
      const people = personIds.length
        ? await ctx.tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true, firstName: true, lastName: true } })
        : [];
      const personName = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`.trim()]));
      return {
        actor: presentActor(ctx, a, { personVisible: await keyFigurePersonVisible(ctx, a) }),
        /** Every organisation's relationship with the actor, side by side (lead first, ADR 0017). */
        relationships: await relationshipsOf(ctx, a),
        organisation,
        neighbourhoods,
        links: links
          .map((l) => {
            const outgoing = l.fromActorId === a.id;
            const other = outgoing ? l.to : l.from;
            return { id: l.id, type: l.type, note: l.note, outgoing, other, createdAt: l.createdAt };
          })
          // A link to an actor the member may not see is left out entirely (not even "someone").
          .filter((l) => sees(l.other))
          .map((l) => ({ ...l, other: { id: l.other.id, name: l.other.name, kind: l.other.kind, archived: l.other.archivedAt !== null } })),
        acquaintances: acquaintances.map((q) => ({
          id: q.id,
          strength: q.strength,
          note: q.note,
          userId: q.userId,
          memberName: q.userId ? (names.get(q.userId) ?? null) : null,
          // Only a person the member may see (her neighbourhoods, ADR 0011) is named or linked; others are "a person".
          personId: showPeople && q.personId && personName.has(q.personId) ? q.personId : null,
          personName: q.personId ? (personName.get(q.personId) ?? null) : null,
          isPerson: q.personId !== null,
        })),
      };
    }),

  /** The key figure's personal details (the core Person): own permission, and every read is audit-logged. */
  keyFigure: procedure(P.keyFigures)
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const a = await visibleActor(ctx, input.id);
      if (!a.personId) return null;
      const p = await ctx.tx.person.findUnique({
        where: { id: a.personId },
        select: { id: true, firstName: true, lastName: true, email: true, phone: true, address: true, languages: true },
      });
      if (!p) return null;
      const consent = await ctx.tx.consent.findFirst({
        where: { personId: p.id, purpose: KEY_FIGURE_CONSENT_PURPOSE },
        orderBy: { givenAt: "desc" },
        select: { givenAt: true, method: true, withdrawnAt: true },
      });
      await ctx.audit({ action: "partners.keyfigure.read", targetType: "Person", targetId: p.id, data: { actorId: a.id } });
      return { person: p, consent };
    }),

  /** Changes of the actor, newest first, with who made them. */
  history: procedure(P.view)
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const a = await visibleActor(ctx, input.id);
      const rows = await ctx.tx.partnersActorChange.findMany({ where: { actorId: a.id }, orderBy: { at: "desc" }, take: 200 });
      const names = await memberNames(
        ctx.tx,
        rows.map((r) => r.byUserId),
      );
      const hidePersonal = hidesPersonal(ctx, a);
      const orgIds = [...new Set(rows.map((r) => r.organisationId).filter((x): x is string => x !== null))];
      const orgs = orgIds.length
        ? await ctx.tx.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })
        : [];
      const orgName = new Map(orgs.map((o) => [o.id, o.name]));
      return rows.map((r) => {
        const fields = r.fields as Record<string, [unknown, unknown]>;
        if (hidePersonal) for (const f of ["address", "lat", "lng"]) delete fields[f];
        return {
          id: r.id,
          kind: r.kind,
          at: r.at,
          statusAfter: r.statusAfter,
          /** Whose own relationship changed (kind "relationship"). */
          organisationName: r.organisationId ? (orgName.get(r.organisationId) ?? null) : null,
          fields,
          by: r.byUserId ? (names.get(r.byUserId) ?? null) : null,
        };
      });
    }),

  create: procedure(P.manage)
    .meta(personInputs("personId"))
    .input(createActorInput)
    .mutation(async ({ ctx, input }) => {
      const organisationId = ctx.membership.organisationId;
      const visibility = input.visibility ?? (organisationId ? ctx.settings.defaultVisibility : "partnership");
      if (visibility === "organisation" && !organisationId) throw appError("partners.actor.privateNeedsOrganisation");
      if (input.personId === null && input.consentMethod) input.consentMethod = null;
      const cols = await columns(ctx, input);
      const inside = await neighbourhoodsForPoint(ctx.tx, cols.neighbourhoodIds, input);
      if (inside) cols.neighbourhoodIds = inside;
      const a = await ctx.tx.partnersActor.create({
        data: {
          ...cols,
          name: input.name,
          kind: input.kind,
          formal: input.formal ?? input.kind !== "key_figure",
          tenantId: ctx.tenant.id,
          organisationId,
          visibility,
          createdById: ctx.session.userId,
          source: "manual",
        },
      });
      await recordChange(ctx.tx, {
        tenantId: ctx.tenant.id,
        actorId: a.id,
        kind: "created",
        statusAfter: a.status,
        byUserId: ctx.session.userId,
      });
      await ctx.audit({ action: "partners.actor.created", targetType: "PartnersActor", targetId: a.id, data: { kind: a.kind } });
      if (a.address && a.lat === null) await geocodeLater(ctx, [a.id]);
      return { id: a.id };
    }),

  update: procedure(P.manage)
    .meta(personInputs("personId"))
    .meta(updateMeta({ model: "PartnersActor", derived: ACTOR_DERIVED }))
    .input(updateActorInput)
    .mutation(async ({ ctx, input }) => {
      const a = await editableActor(ctx, input.id);
      if (a.version !== input.version) throw appError("partners.actor.conflict");
      const { id: actorId, version: _v, ...fields } = input;
      if (fields.visibility === "organisation" && !a.organisationId) throw appError("partners.actor.privateNeedsOrganisation");
      const cols = await columns(ctx, fields, a);
      if (cols.lat !== undefined) {
        const inside = await neighbourhoodsForPoint(ctx.tx, cols.neighbourhoodIds ?? a.neighbourhoodIds, { lat: cols.lat, lng: cols.lng });
        if (inside) cols.neighbourhoodIds = inside;
      }
      const changes = diff(a as unknown as Record<string, unknown>, cols as Record<string, unknown>);
      const other = untrackedChanges(a as unknown as Record<string, unknown>, cols as Record<string, unknown>);
      if (Object.keys(changes).length === 0 && other.length === 0) return { id: a.id, version: a.version };
      // Free-text fields (notes, contacts, ...) are named in the history, not copied into it.
      if (other.length) changes.other = [null, other];
      const statusChanged = cols.status !== undefined && cols.status !== a.status;
      const r = await ctx.tx.partnersActor.updateMany({
        where: { id: actorId, version: a.version },
        data: { ...cols, version: { increment: 1 }, ...(statusChanged ? { statusChangedAt: new Date() } : {}) },
      });
      if (r.count === 0) throw appError("partners.actor.conflict");
      const status = cols.status ?? a.status;
      await recordChange(ctx.tx, {
        tenantId: ctx.tenant.id,
        actorId,
        kind: statusChanged && Object.keys(changes).length === 1 ? "status" : "updated",
        statusAfter: status,
        fields: changes,
        byUserId: ctx.session.userId,
      });
      await ctx.audit({
        action: "partners.actor.updated",
        targetType: "PartnersActor",
        targetId: actorId,
        data: { fields: Object.keys(changes) },
      });
      const address = cols.address !== undefined ? cols.address : a.address;
      const hasPoint = cols.lat !== undefined ? cols.lat !== null : a.lat !== null;
      if (address && !hasPoint && (cols.address !== undefined || cols.lat !== undefined)) await geocodeLater(ctx, [actorId]);
      return { id: actorId, version: a.version + 1 };
    }),

  /** Archiving takes an actor off the map and the graph; its history and links stay (restore brings it back). */
  archive: procedure(P.manage)
    .input(z.object({ id, archived: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const a = await editableActor(ctx, input.id, { allowArchived: true });
      if ((a.archivedAt !== null) === input.archived) return { ok: true };
      await ctx.tx.partnersActor.update({
        where: { id: a.id },
        data: { archivedAt: input.archived ? new Date() : null, version: { increment: 1 } },
      });
      await recordChange(ctx.tx, {
        tenantId: ctx.tenant.id,
        actorId: a.id,
        kind: input.archived ? "archived" : "restored",
        statusAfter: a.status,
        byUserId: ctx.session.userId,
      });
      await ctx.audit({
        action: input.archived ? "partners.actor.archived" : "partners.actor.restored",
        targetType: "PartnersActor",
        targetId: a.id,
      });
      return { ok: true };
    }),

  /** Actors to pick from (e.g. the other end of a link): visible, not archived, by name. */
  search: procedure(P.view)
    .input(
      z.object({
        q: z
          .string()
          .trim()
          .max(100, zodMessage("partners.schema.maxChars", { max: 100 }))
          .default(""),
        exclude: id.optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const rows = await ctx.tx.partnersActor.findMany({
        where: {
          AND: [
            actorScope(ctx),
            ...(input.q ? [{ name: { contains: input.q, mode: "insensitive" as const } }] : []),
            ...(input.exclude ? [{ id: { not: input.exclude } }] : []),
          ],
        },
        orderBy: { name: "asc" },
        take: 20,
        select: { id: true, name: true, kind: true },
      });
      return rows;
    }),

  /** The figures on the home card. */
  summary: procedure(P.view).query(async ({ ctx }) => {
    const rows = await ctx.tx.partnersActor.groupBy({ by: ["status"], where: actorScope(ctx), _count: { _all: true } });
    const n = (s: string) => rows.find((r) => r.status === s)?._count._all ?? 0;
    return {
      actors: rows.reduce((sum, r) => sum + r._count._all, 0),
      active: n("intensive") + n("occasional"),
      dormant: n("dormant"),
    };
  }),

  /** People of the tenant who could be a key figure (for the form's picker): only with the key-figure permission. */
  people: procedure(P.keyFigures)
    .input(
      z.object({
        q: z
          .string()
          .trim()
          .max(100, zodMessage("partners.schema.maxChars", { max: 100 }))
          .default(""),
      }),
    )
    .query(async ({ ctx, input }) => {
      const words = input.q.split(/\s+/).filter(Boolean).slice(0, 4);
      const rows = await ctx.tx.person.findMany({
        where: {
          AND: words.map((w) => ({
            OR: [{ firstName: { contains: w, mode: "insensitive" as const } }, { lastName: { contains: w, mode: "insensitive" as const } }],
          })),
        },
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
        take: 20,
        select: { id: true, firstName: true, lastName: true },
      });
      if (rows.length === 0) return [];
      const consents = await ctx.tx.consent.findMany({
        where: { personId: { in: rows.map((r) => r.id) }, purpose: KEY_FIGURE_CONSENT_PURPOSE, withdrawnAt: null },
        select: { personId: true },
      });
      const taken = await ctx.tx.partnersActor.findMany({ where: { personId: { in: rows.map((r) => r.id) } }, select: { personId: true } });
      const hasConsent = new Set(consents.map((c) => c.personId));
      const isTaken = new Set(taken.map((t) => t.personId));
      return rows.map((r) => ({
        id: r.id,
        name: `${r.firstName} ${r.lastName}`.trim(),
        hasConsent: hasConsent.has(r.id),
        taken: isTaken.has(r.id),
      }));
    }),
});
