import type { PrismaClient } from "@zorgzaam/core/plugin";
import type { SeedContext } from "@zorgzaam/core/plugin";
import { KEY_FIGURE_CONSENT_PURPOSE } from "./actors/validate";
import { type DemoActor, demoNetwork } from "./seed-data";
import { ensureDefaultSectors } from "./sectors";

type Box = { west: number; south: number; east: number; north: number };
const DAY = 86_400_000;

/** The bounding box of a neighbourhood's boundary, or a small square around the tenant's centre. */
function boxOf(boundary: unknown, center: { lat: number; lng: number }, i: number): Box {
  const coords: number[][] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x) && typeof x[0] === "number" && typeof x[1] === "number") coords.push(x as number[]);
    else if (Array.isArray(x)) for (const y of x) walk(y);
  };
  walk((boundary as { coordinates?: unknown } | null)?.coordinates);
  if (coords.length === 0) {
    const west = center.lng - 0.012 + i * 0.012;
    return { west, south: center.lat - 0.004, east: west + 0.01, north: center.lat + 0.004 };
  }
  const lngs = coords.map((c) => c[0] as number);
  const lats = coords.map((c) => c[1] as number);
  return { west: Math.min(...lngs), south: Math.min(...lats), east: Math.max(...lngs), north: Math.max(...lats) };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * The demo network: actors with points inside the demo neighbourhoods, their relationship (and a year of history),
 * links, who in the team knows whom, a key figure who is a Person with consent, a private actor of one organisation,
 * missing places. Runs once per tenant (nothing happens when the tenant already has actors); returns the actors.
 */
export async function seedActors(ctx: SeedContext): Promise<{ id: string; name: string; status: string }[]> {
  const db = ctx.db;
  const tenantId = ctx.tenant.id;
  const existing = await db.partnersActor.findMany({ where: { tenantId }, select: { id: true, name: true, status: true } });
  if (existing.length) return existing;
  await ensureDefaultSectors(db, tenantId);
  const [tenant, organisations, neighbourhoods] = await Promise.all([
    db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { mapCenterLat: true, mapCenterLng: true } }),
    db.organisation.findMany({ where: { tenantId }, orderBy: { createdAt: "asc" }, select: { id: true } }),
    db.neighbourhood.findMany({ where: { tenantId }, orderBy: { createdAt: "asc" }, select: { id: true, boundary: true } }),
  ]);
  const center = { lat: tenant.mapCenterLat, lng: tenant.mapCenterLng };
  const boxes = neighbourhoods.map((n, i) => boxOf(n.boundary, center, i));
  const net = demoNetwork(ctx.tenant.slug);
  const userOf = (role: string) => ctx.usersByRole[role]?.[0]?.id ?? null;
  const author = userOf("regie") ?? userOf("admin");
  const now = Date.now();
  const ids = new Map<string, string>();

  for (const [i, d] of net.actors.entries()) {
    const created = new Date(now - (400 - i * 7) * DAY);
    const a = await db.partnersActor.create({
      data: {
        tenantId,
        ...actorColumns(d, boxes, neighbourhoods, organisations),
        status: d.status,
        statusChangedAt: d.was ? new Date(now - (120 - i * 3) * DAY) : created,
        personId: d.person
          ? await keyFigurePerson(db, tenantId, author, actorColumns(d, boxes, neighbourhoods, organisations).neighbourhoodIds)
          : null,
        source: "seed",
        createdById: author,
        createdAt: created,
      },
      select: { id: true },
    });
    ids.set(d.key, a.id);
    // Other organisations' own relationships with it (only with organisations the tenant has).
    for (const o of d.others ?? []) {
      const organisationId = organisations[o.org]?.id;
      if (!organisationId || organisationId === actorColumns(d, boxes, neighbourhoods, organisations).organisationId) continue;
      await db.partnersRelationship.create({
        data: {
          tenantId,
          actorId: a.id,
          organisationId,
          status: o.status,
          offersUs: o.offersUs ?? "",
          offersThem: o.offersThem ?? "",
          statusChangedAt: new Date(now - 30 * DAY),
          createdById: author,
        },
      });
    }
    await db.partnersActorChange.create({
      data: { tenantId, actorId: a.id, kind: "created", statusAfter: d.was ?? d.status, byUserId: author, at: created },
    });
    if (d.was) {
      await db.partnersActorChange.create({
        data: {
          tenantId,
          actorId: a.id,
          kind: "status",
          statusAfter: d.status,
          fields: { status: [d.was, d.status] },
          byUserId: author,
          at: new Date(now - (120 - i * 3) * DAY),
        },
      });
    }
  }

  for (const [i, [from, type, to]] of net.links.entries()) {
    const f = ids.get(from);
    const t = ids.get(to);
    if (!f || !t) continue;
    await db.partnersLink.create({
      data: { tenantId, fromActorId: f, toActorId: t, type, createdById: author, createdAt: new Date(now - (300 - i * 20) * DAY) },
    });
  }
  // A tie that ended: it shows in the history of the network.
  const [first, second] = [...ids.values()];
  if (first && second) {
    await db.partnersLink.create({
      data: {
        tenantId,
        fromActorId: second,
        toActorId: first,
        type: "other",
        note: "Gezamenlijk project, afgerond",
        createdById: author,
        createdAt: new Date(now - 350 * DAY),
        removedAt: new Date(now - 60 * DAY),
        removedById: author,
      },
    });
  }
  for (const [i, [role, key, strength]] of net.knows.entries()) {
    const userId = userOf(role);
    const actorId = ids.get(key);
    if (!userId || !actorId) continue;
    // Spread over the past year, so "changes between two dates" shows ties growing.
    const createdAt = new Date(now - (330 - i * 45) * DAY);
    await db.partnersAcquaintance.create({ data: { tenantId, actorId, userId, strength, createdById: author, createdAt } });
  }
  // A resident (Person) who knows an actor: the kind of tie the network graph shows as "opens a network".
  const person = await db.person.findFirst({ where: { tenantId }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const wasserette = ids.get("wasserette") ?? ids.get("laverie");
  if (person && wasserette) {
    await db.partnersAcquaintance.create({
      data: {
        tenantId,
        actorId: wasserette,
        personId: person.id,
        strength: "knows",
        note: "Komt er wekelijks",
        createdById: author,
        createdAt: new Date(now - 90 * DAY),
      },
    });
  }
  return db.partnersActor.findMany({ where: { tenantId }, select: { id: true, name: true, status: true } });
}

function actorColumns(d: DemoActor, boxes: Box[], neighbourhoods: { id: string }[], organisations: { id: string }[]) {
  const box = d.at ? boxes[d.at[0]] : undefined;
  const point =
    d.at && box
      ? { lat: round6(box.south + (box.north - box.south) * d.at[2]), lng: round6(box.west + (box.east - box.west) * d.at[1]) }
      : null;
  const serves = (d.serves ?? (d.at ? [d.at[0]] : [])).map((i) => neighbourhoods[i]?.id).filter((x): x is string => Boolean(x));
  const orgIndex = d.org === undefined ? 0 : d.org;
  const organisationId = orgIndex === null ? null : (organisations[orgIndex]?.id ?? organisations[0]?.id ?? null);
  return {
    name: d.name,
    kind: d.kind,
    sectorKeys: d.sectors,
    formal: d.formal ?? true,
    careLine: d.line ?? null,
    aimedAt: d.aimedAt ?? null,
    vindplaats: Boolean(d.vindplaats),
    vindplaatsNote: d.vindplaats ?? null,
    address: d.address ?? null,
    lat: point?.lat ?? null,
    lng: point?.lng ?? null,
    locationSource: point ? ("map" as const) : null,
    neighbourhoodIds: serves,
    languages: d.languages ?? [],
    openingHours: d.opening ?? null,
    tags: d.tags ?? [],
    organisationId,
    visibility: d.private && organisationId ? "organisation" : "partnership",
    missing: Boolean(d.missing),
    missingNote: d.missing ?? null,
    offersUs: d.offersUs ?? "",
    offersThem: d.offersThem ?? "",
  };
}

/**
 * A Person of the tenant who agreed to be a key figure (consent recorded), not linked to an actor yet: one living in a
 * neighbourhood the actor serves when there is one, so the field workers of that neighbourhood may see them (ADR 0011).
 */
async function keyFigurePerson(
  db: PrismaClient,
  tenantId: string,
  recordedById: string | null,
  neighbourhoodIds: readonly string[],
): Promise<string | null> {
  const taken = await db.partnersActor.findMany({ where: { tenantId, personId: { not: null } }, select: { personId: true } });
  const free = { tenantId, id: { notIn: taken.map((t) => t.personId as string) } };
  const order = [{ kinds: "desc" as const }, { createdAt: "asc" as const }];
  const p =
    (neighbourhoodIds.length
      ? await db.person.findFirst({
          where: { ...free, neighbourhoodId: { in: [...neighbourhoodIds] } },
          orderBy: order,
          select: { id: true },
        })
      : null) ?? (await db.person.findFirst({ where: free, orderBy: order, select: { id: true } }));
  if (!p) return null;
  await db.consent.create({
    data: { tenantId, personId: p.id, purpose: KEY_FIGURE_CONSENT_PURPOSE, method: "written", givenAt: new Date(), recordedById },
  });
  return p.id;
}
