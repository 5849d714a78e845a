import type { Tx } from "@zorgzaam/core/plugin";
import { coarsen, hidesPersonal, mayEdit, type PartnersCtx, pointFor } from "../access";
import type { Contact } from "../schemas";

type ActorRow = NonNullable<Awaited<ReturnType<Tx["partnersActor"]["findFirst"]>>>;

/**
 * An actor as a member may see it. For key figures without the key-figure permission: no address, no contacts, no
 * person link, a coarsened point; the name is the role description people gave ("de imam van …"), never the Person's.
 */
export function presentActor(ctx: PartnersCtx, a: ActorRow, opts: { personVisible?: boolean } = {}) {
  // A key figure whose Person lies outside the member's neighbourhoods (ADR 0011) is shown as to a member without the
  // key-figure permission.
  const outOfScope = opts.personVisible === false;
  const hidePersonal = hidesPersonal(ctx, a) || outOfScope;
  const point = outOfScope ? coarsePoint(a) : pointFor(ctx, a);
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    sectorKeys: a.sectorKeys,
    formal: a.formal,
    careLine: a.careLine as 1 | 2 | 3 | null,
    aimedAt: a.aimedAt as "groups" | "individuals" | "both" | null,
    vindplaats: a.vindplaats,
    vindplaatsNote: a.vindplaatsNote,
    address: hidePersonal ? null : a.address,
    postcode: hidePersonal ? null : a.postcode,
    city: a.city,
    lat: point?.lat ?? null,
    lng: point?.lng ?? null,
    pointCoarsened: hidePersonal && point !== null,
    locationSource: a.locationSource,
    neighbourhoodIds: a.neighbourhoodIds,
    languages: a.languages,
    openingHours: a.openingHours,
    contacts: hidePersonal ? [] : (a.contacts as Contact[]),
    website: a.website,
    notes: a.notes,
    tags: a.tags,
    organisationId: a.organisationId,
    visibility: a.visibility as "partnership" | "organisation",
    personId: hidePersonal ? null : a.personId,
    hasPerson: a.personId !== null,
    missing: a.missing,
    missingNote: a.missingNote,
    status: a.status as "intensive" | "occasional" | "dormant" | "not_contacted" | "let_go",
    offersUs: a.offersUs,
    offersThem: a.offersThem,
    statusChangedAt: a.statusChangedAt,
    source: a.source,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    archivedAt: a.archivedAt,
    mayEdit: mayEdit(ctx, a),
  };
}
export type PresentedActor = ReturnType<typeof presentActor>;

function coarsePoint(a: { lat: number | null; lng: number | null }) {
  return a.lat === null || a.lng === null ? null : { lat: coarsen(a.lat), lng: coarsen(a.lng) };
}

/** Whether the Person behind a key figure is one the member may see (row-level security decides, ADR 0011). */
export async function keyFigurePersonVisible(ctx: PartnersCtx, a: { personId: string | null }): Promise<boolean> {
  if (!a.personId) return true;
  return (await ctx.tx.person.findUnique({ where: { id: a.personId }, select: { id: true } })) !== null;
}

/** Display names of members by user id (left out when not a member of this tenant any more). */
export async function memberNames(tx: Tx, userIds: readonly (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((x): x is string => Boolean(x)))];
  if (ids.length === 0) return new Map();
  const rows = await tx.membership.findMany({
    where: { userId: { in: ids } },
    select: { userId: true, user: { select: { name: true, email: true } } },
  });
  return new Map(rows.map((m) => [m.userId, m.user.name?.trim() || m.user.email]));
}
