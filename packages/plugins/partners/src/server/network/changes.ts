import { RELATIONSHIP_STATUSES, type RelationshipStatus } from "../../domain";
import { actorScope, type PartnersCtx, seesKeyFigures } from "../access";
import { memberNames } from "../actors/present";
import { nextDay, startOfDay } from "./dates";
import type { ChangesInput } from "./input";

/** Lists longer than this are cut (the counts stay exact). */
export const CHANGES_LIST_LIMIT = 300;

interface ActorRow {
  id: string;
  name: string;
  kind: string;
  status: string;
  createdAt: Date;
  archivedAt: Date | null;
}
interface ChangeRow {
  actorId: string;
  kind: string;
  statusAfter: string;
  at: Date;
}

/**
 * An actor's state at an instant, from its history: the status is the `statusAfter` of its last change before the
 * instant; it is archived when its last archive/restore change before the instant archived it.
 */
export function stateAt(a: ActorRow, changes: readonly ChangeRow[], at: Date): { exists: boolean; status: string | null } {
  if (a.createdAt >= at) return { exists: false, status: null };
  let status: string | null = null;
  let archived: boolean | null = null;
  for (const c of changes) {
    if (c.at >= at) break;
    status = c.statusAfter;
    if (c.kind === "archived") archived = true;
    if (c.kind === "restored") archived = false;
  }
  // Rows without history (e.g. made before history existed): the current values are the best we know.
  if (archived === null) archived = a.archivedAt !== null && a.archivedAt < at;
  return { exists: !archived, status: status ?? a.status };
}

export interface NetworkSnapshot {
  actors: number;
  byStatus: Record<RelationshipStatus, number>;
  links: number;
  acquaintances: number;
}

/** How the network changed between two calendar days (both included), within what the member may see. */
export async function networkChanges(ctx: PartnersCtx, input: ChangesInput) {
  const fromAt = startOfDay(input.from);
  const toAt = startOfDay(nextDay(input.to));
  const visible = actorScope(ctx, { archived: true });

  const actors = await ctx.tx.partnersActor.findMany({
    where: { ...visible, createdAt: { lt: toAt } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, kind: true, status: true, createdAt: true, archivedAt: true },
  });
  const changes = await ctx.tx.partnersActorChange.findMany({
    where: { at: { lt: toAt }, actor: visible },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { actorId: true, kind: true, statusAfter: true, at: true },
  });
  const links = await ctx.tx.partnersLink.findMany({
    where: { createdAt: { lt: toAt }, from: visible, to: visible },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      createdAt: true,
      removedAt: true,
      from: { select: { id: true, name: true } },
      to: { select: { id: true, name: true } },
    },
  });
  const acquaintances = await ctx.tx.partnersAcquaintance.findMany({
    where: { createdAt: { lt: toAt }, actor: visible },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      userId: true,
      personId: true,
      strength: true,
      createdAt: true,
      removedAt: true,
      actor: { select: { id: true, name: true } },
    },
  });

  const history = new Map<string, ChangeRow[]>();
  for (const c of changes) {
    const list = history.get(c.actorId);
    if (list) list.push(c);
    else history.set(c.actorId, [c]);
  }
  const before = new Map<string, ReturnType<typeof stateAt>>();
  const after = new Map<string, ReturnType<typeof stateAt>>();
  for (const a of actors) {
    const h = history.get(a.id) ?? [];
    before.set(a.id, stateAt(a, h, fromAt));
    after.set(a.id, stateAt(a, h, toAt));
  }
  const existed = (id: string, at: "from" | "to") => (at === "from" ? before : after).get(id)?.exists ?? false;

  const added = actors.filter((a) => a.createdAt >= fromAt);
  const archivedInPeriod = new Map<string, Date>();
  for (const c of changes) if (c.kind === "archived" && c.at >= fromAt) archivedInPeriod.set(c.actorId, c.at);
  for (const a of actors) {
    // Archived without a history row: the archive date itself.
    if (a.archivedAt && a.archivedAt >= fromAt && a.archivedAt < toAt && !history.get(a.id)?.some((c) => c.kind === "archived")) {
      archivedInPeriod.set(a.id, a.archivedAt);
    }
  }
  const archived = actors
    .filter((a) => archivedInPeriod.has(a.id) && !existed(a.id, "to"))
    .map((a) => ({ id: a.id, name: a.name, kind: a.kind, at: archivedInPeriod.get(a.id) as Date }));
  // From the status at the start of the period (or, for an actor added during it, the status it was added with) to
  // the status at the end.
  const statusChanges = actors.flatMap((a) => {
    const x = before.get(a.id);
    const y = after.get(a.id);
    if (!y?.exists) return [];
    const start = x?.exists ? x.status : a.createdAt >= fromAt ? (history.get(a.id)?.[0]?.statusAfter ?? null) : null;
    return start && y.status && start !== y.status ? [{ id: a.id, name: a.name, kind: a.kind, from: start, to: y.status }] : [];
  });

  const linkRow = (l: (typeof links)[number], at: Date) => ({ id: l.id, type: l.type, from: l.from, to: l.to, at });
  const linksAdded = links.filter((l) => l.createdAt >= fromAt).map((l) => linkRow(l, l.createdAt));
  const linksRemoved = links
    .filter((l) => l.removedAt && l.removedAt >= fromAt && l.removedAt < toAt)
    .map((l) => linkRow(l, l.removedAt as Date));

  const names = await memberNames(
    ctx.tx,
    acquaintances.map((q) => q.userId),
  );
  const showPeople = seesKeyFigures(ctx);
  const personIds = showPeople ? [...new Set(acquaintances.map((q) => q.personId).filter((x): x is string => Boolean(x)))] : [];
  const people = personIds.length
    ? await ctx.tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true, firstName: true, lastName: true } })
    : [];
  const personName = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`.trim()]));
  const acqRow = (q: (typeof acquaintances)[number], at: Date) => ({
    id: q.id,
    actor: q.actor,
    strength: q.strength,
    // A Person is named only for members with the key-figure permission; others read "a resident".
    who: q.userId
      ? { kind: "member" as const, name: names.get(q.userId) ?? null }
      : { kind: "person" as const, name: q.personId ? (personName.get(q.personId) ?? null) : null },
    at,
  });
  const acqAdded = acquaintances.filter((q) => q.createdAt >= fromAt).map((q) => acqRow(q, q.createdAt));
  const acqRemoved = acquaintances
    .filter((q) => q.removedAt && q.removedAt >= fromAt && q.removedAt < toAt)
    .map((q) => acqRow(q, q.removedAt as Date));

  const snapshot = (at: Date, which: "from" | "to"): NetworkSnapshot => {
    const byStatus = Object.fromEntries(RELATIONSHIP_STATUSES.map((s) => [s, 0])) as Record<RelationshipStatus, number>;
    let n = 0;
    for (const a of actors) {
      const s = (which === "from" ? before : after).get(a.id);
      if (!s?.exists) continue;
      n++;
      if (s.status && s.status in byStatus) byStatus[s.status as RelationshipStatus]++;
    }
    const alive = (x: { createdAt: Date; removedAt: Date | null }) => x.createdAt < at && (x.removedAt === null || x.removedAt >= at);
    return {
      actors: n,
      byStatus,
      links: links.filter((l) => alive(l) && existed(l.from.id, which) && existed(l.to.id, which)).length,
      acquaintances: acquaintances.filter((q) => alive(q) && existed(q.actor.id, which)).length,
    };
  };

  const cut = <T>(xs: T[]) => xs.slice(0, CHANGES_LIST_LIMIT);
  return {
    from: input.from,
    to: input.to,
    counts: {
      added: added.length,
      archived: archived.length,
      statusChanges: statusChanges.length,
      linksAdded: linksAdded.length,
      linksRemoved: linksRemoved.length,
      acquaintancesAdded: acqAdded.length,
      acquaintancesRemoved: acqRemoved.length,
    },
    added: cut(
      added.map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        status: after.get(a.id)?.status ?? a.status,
        at: a.createdAt,
        stillThere: existed(a.id, "to"),
      })),
    ),
    archived: cut(archived),
    statusChanges: cut(statusChanges),
    links: { added: cut(linksAdded), removed: cut(linksRemoved) },
    acquaintances: { added: cut(acqAdded), removed: cut(acqRemoved) },
    summary: { from: snapshot(fromAt, "from"), to: snapshot(toAt, "to") },
    limit: CHANGES_LIST_LIMIT,
  };
}
