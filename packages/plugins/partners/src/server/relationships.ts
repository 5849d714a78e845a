/**
 * Each member organisation's own relationship with an actor (ADR 0017). The lead relationship (of the organisation that
 * owns the actor, or of the partnership when nobody does) is the actor's own columns: the shared picture the map, the
 * network and the gaps show. Every other organisation keeps its own in a `PartnersRelationship` row. Who sees them
 * follows the actor (ADR 0009): everyone who sees the actor sees all its relationships, side by side, each with the
 * name of its organisation; a member changes only their own organisation's.
 */
import type { AuditInput } from "@zorgzaam/core/plugin";
import type { RelationshipStatus } from "../domain";
import { P } from "../manifest";
import type { PartnersCtx } from "./access";
import { appError } from "./errors";
import { recordChange } from "./history";

/** A procedure's context: the helpers' part, and the audit log. */
type Ctx = PartnersCtx & { audit: (e: AuditInput) => Promise<unknown> };

type ActorLike = {
  id: string;
  organisationId: string | null;
  status: string;
  offersUs: string;
  offersThem: string;
  statusChangedAt: Date;
  version: number;
  archivedAt: Date | null;
};

/** Where the member's own relationship with this actor lives: on the actor (lead), in their organisation's row, or nowhere. */
export type OwnPlace = { at: "lead" } | { at: "row"; organisationId: string } | { at: "none" };

/**
 * The member's organisation owns the actor (or both are "the partnership": no organisation): the lead relationship.
 * Another organisation's member: their own row. A member without an organisation has no relationship of their own
 * with an actor that an organisation owns.
 */
export function ownPlace(ctx: Pick<PartnersCtx, "membership">, a: { organisationId: string | null }): OwnPlace {
  const org = ctx.membership.organisationId;
  if (a.organisationId === org) return { at: "lead" };
  if (org) return { at: "row", organisationId: org };
  return { at: "none" };
}

export interface RelationshipView {
  /** The organisation it belongs to; null: the partnership as a whole (an actor nobody owns). */
  organisationId: string | null;
  organisationName: string | null;
  lead: boolean;
  own: boolean;
  /** False for the member's own relationship that was never recorded (shown as "not yet contacted", version 0). */
  recorded: boolean;
  status: RelationshipStatus;
  offersUs: string;
  offersThem: string;
  statusChangedAt: Date | null;
  /** For a change: the actor's version (lead) or the row's (0: no row yet). */
  version: number;
  mayChange: boolean;
}

/** The actor's relationships as the member may see them: the lead one first, then the member's own, then the others by name. */
export async function relationshipsOf(ctx: PartnersCtx, a: ActorLike): Promise<RelationshipView[]> {
  const rows = await ctx.tx.partnersRelationship.findMany({
    where: { actorId: a.id, ...(a.organisationId ? { organisationId: { not: a.organisationId } } : {}) },
  });
  const orgIds = [...new Set([a.organisationId, ctx.membership.organisationId, ...rows.map((r) => r.organisationId)])].filter(
    (x): x is string => Boolean(x),
  );
  const orgs = orgIds.length ? await ctx.tx.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } }) : [];
  const name = new Map(orgs.map((o) => [o.id, o.name]));
  const place = ownPlace(ctx, a);
  const may = ctx.permissions.has(P.manage) && a.archivedAt === null;
  const lead: RelationshipView = {
    organisationId: a.organisationId,
    organisationName: a.organisationId ? (name.get(a.organisationId) ?? null) : null,
    lead: true,
    own: place.at === "lead",
    recorded: true,
    status: a.status as RelationshipStatus,
    offersUs: a.offersUs,
    offersThem: a.offersThem,
    statusChangedAt: a.statusChangedAt,
    version: a.version,
    mayChange: may && place.at === "lead",
  };
  const others: RelationshipView[] = rows.map((r) => ({
    organisationId: r.organisationId,
    organisationName: name.get(r.organisationId) ?? null,
    lead: false,
    own: place.at === "row" && place.organisationId === r.organisationId,
    recorded: true,
    status: r.status as RelationshipStatus,
    offersUs: r.offersUs,
    offersThem: r.offersThem,
    statusChangedAt: r.statusChangedAt,
    version: r.version,
    mayChange: may && place.at === "row" && place.organisationId === r.organisationId,
  }));
  if (place.at === "row" && !others.some((r) => r.own)) {
    others.push({
      organisationId: place.organisationId,
      organisationName: name.get(place.organisationId) ?? null,
      lead: false,
      own: true,
      recorded: false,
      status: "not_contacted",
      offersUs: "",
      offersThem: "",
      statusChangedAt: null,
      version: 0,
      mayChange: may,
    });
  }
  others.sort((x, y) => Number(y.own) - Number(x.own) || (x.organisationName ?? "").localeCompare(y.organisationName ?? "", "nl"));
  return [lead, ...others];
}

/** The member's own relationship status per actor (for evaluation rounds): lead status, own row, or null (none). */
export async function ownStatuses(ctx: PartnersCtx, actors: readonly { id: string; organisationId: string | null; status: string }[]) {
  const org = ctx.membership.organisationId;
  const rows =
    org && actors.length
      ? await ctx.tx.partnersRelationship.findMany({
          where: { organisationId: org, actorId: { in: actors.map((a) => a.id) } },
          select: { actorId: true, status: true },
        })
      : [];
  const byActor = new Map(rows.map((r) => [r.actorId, r.status]));
  return new Map(
    actors.map((a) => {
      const place = ownPlace(ctx, a);
      const s = place.at === "lead" ? a.status : place.at === "row" ? (byActor.get(a.id) ?? "not_contacted") : null;
      return [a.id, s as RelationshipStatus | null];
    }),
  );
}

/** The version a change of the member's own relationship must carry (see `saveOwnRelationship`). */
export async function ownVersion(ctx: PartnersCtx, a: { id: string; organisationId: string | null; version: number }): Promise<number> {
  const place = ownPlace(ctx, a);
  if (place.at !== "row") return a.version;
  const row = await ctx.tx.partnersRelationship.findUnique({
    where: { actorId_organisationId: { actorId: a.id, organisationId: place.organisationId } },
    select: { version: true },
  });
  return row?.version ?? 0;
}

export interface RelationshipChange {
  status?: RelationshipStatus;
  offersUs?: string;
  offersThem?: string;
  /** Why (kept in the history). */
  note?: string;
}

/**
 * Writes the member's own organisation's relationship with a visible actor, with a compare-and-set on `version` (the
 * actor's for the lead relationship, the row's otherwise; 0: no row yet). Goes into the actor's history with the
 * organisation named. Returns the new version; nothing to change is not an error.
 */
export async function saveOwnRelationship(
  ctx: Ctx,
  a: ActorLike & { name: string },
  version: number,
  change: RelationshipChange,
  opts: { at?: Date; roundId?: string } = {},
): Promise<{ version: number; changed: boolean; from: RelationshipStatus }> {
  if (a.archivedAt) throw appError("partners.actor.archived");
  const place = ownPlace(ctx, a);
  if (place.at === "none") throw appError("partners.relationship.noOrganisation");
  const now = opts.at ?? new Date();
  if (place.at === "lead") {
    if (a.version !== version) throw appError("partners.actor.conflict");
    const fields = changedFields(a, change);
    if (Object.keys(fields).length === 0) return { version, changed: false, from: a.status as RelationshipStatus };
    const statusChanged = "status" in fields;
    const r = await ctx.tx.partnersActor.updateMany({
      where: { id: a.id, version },
      data: { ...pick(change), version: { increment: 1 }, ...(statusChanged ? { statusChangedAt: now } : {}) },
    });
    if (r.count === 0) throw appError("partners.actor.conflict");
    await recordChange(ctx.tx, {
      tenantId: ctx.tenant.id,
      actorId: a.id,
      kind: statusChanged && Object.keys(fields).length === 1 ? "status" : "updated",
      statusAfter: change.status ?? a.status,
      fields: { ...fields, ...(change.note ? { note: [null, change.note] } : {}) },
      byUserId: ctx.session.userId,
      at: now,
    });
    await audit(ctx, a.id, null, fields, opts.roundId);
    return { version: version + 1, changed: true, from: a.status as RelationshipStatus };
  }
  const existing = await ctx.tx.partnersRelationship.findUnique({
    where: { actorId_organisationId: { actorId: a.id, organisationId: place.organisationId } },
  });
  if ((existing?.version ?? 0) !== version) throw appError("partners.relationship.conflict");
  const before = existing ?? { status: "not_contacted", offersUs: "", offersThem: "" };
  const fields = changedFields(before, change);
  if (Object.keys(fields).length === 0) return { version, changed: false, from: before.status as RelationshipStatus };
  const statusChanged = "status" in fields;
  if (existing) {
    const r = await ctx.tx.partnersRelationship.updateMany({
      where: { id: existing.id, version },
      data: { ...pick(change), version: { increment: 1 }, ...(statusChanged ? { statusChangedAt: now } : {}) },
    });
    if (r.count === 0) throw appError("partners.relationship.conflict");
  } else {
    try {
      await ctx.tx.partnersRelationship.create({
        data: {
          tenantId: ctx.tenant.id,
          actorId: a.id,
          organisationId: place.organisationId,
          ...pick(change),
          statusChangedAt: now,
          createdById: ctx.session.userId,
        },
      });
    } catch (e) {
      // Someone of the same organisation recorded it at the same moment.
      if ((e as { code?: string }).code === "P2002") throw appError("partners.relationship.conflict");
      throw e;
    }
  }
  await recordChange(ctx.tx, {
    tenantId: ctx.tenant.id,
    actorId: a.id,
    kind: "relationship",
    organisationId: place.organisationId,
    statusAfter: a.status,
    fields: { ...fields, ...(change.note ? { note: [null, change.note] } : {}) },
    byUserId: ctx.session.userId,
    at: now,
  });
  await audit(ctx, a.id, place.organisationId, fields, opts.roundId);
  return { version: version + 1, changed: true, from: before.status as RelationshipStatus };
}

const RELATIONSHIP_FIELDS = ["status", "offersUs", "offersThem"] as const;

function pick(change: RelationshipChange) {
  const out: Partial<Record<(typeof RELATIONSHIP_FIELDS)[number], string>> = {};
  for (const f of RELATIONSHIP_FIELDS) if (change[f] !== undefined) out[f] = change[f];
  return out;
}

function changedFields(before: { status: string; offersUs: string; offersThem: string }, change: RelationshipChange) {
  const out: Record<string, [unknown, unknown]> = {};
  for (const f of RELATIONSHIP_FIELDS) if (change[f] !== undefined && change[f] !== before[f]) out[f] = [before[f], change[f]];
  return out;
}

async function audit(
  ctx: Ctx,
  actorId: string,
  organisationId: string | null,
  fields: Record<string, [unknown, unknown]>,
  roundId?: string,
) {
  await ctx.audit({
    action: "partners.actor.status",
    targetType: "PartnersActor",
    targetId: actorId,
    data: {
      ...(fields.status ? { from: String(fields.status[0]), to: String(fields.status[1]) } : {}),
      fields: Object.keys(fields),
      organisationId,
      ...(roundId ? { roundId } : {}),
    },
  });
}
