import { type PartnersCtx, seesKeyFigures } from "../access";
import { actorWhere } from "../filters";
import { analyse, buildGraph, type NetworkData } from "./graph";
import type { GraphInput } from "./input";
import type { NetworkGraph } from "./types";

/** The graph shows at most this many actors; more asks the member to narrow the filters (and keeps it readable). */
export const GRAPH_LIMIT = 1000;

/**
 * Everything the graph is built from, within what the member may see: the actors matching the filters (the visibility
 * rule is part of `actorWhere`), the current links among them, who knows them, our organisations.
 */
export async function loadNetwork(ctx: PartnersCtx, input: GraphInput): Promise<{ data: NetworkData; truncated: boolean }> {
  const rows = await ctx.tx.partnersActor.findMany({
    where: actorWhere(ctx, input.filters),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: GRAPH_LIMIT + 1,
    select: { id: true, name: true, kind: true, status: true, sectorKeys: true, missing: true, organisationId: true, personId: true },
  });
  const organisations = await ctx.tx.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  const actors = rows.slice(0, GRAPH_LIMIT);
  const ids = actors.map((a) => a.id);
  const links = ids.length
    ? await ctx.tx.partnersLink.findMany({
        where: { removedAt: null, fromActorId: { in: ids }, toActorId: { in: ids } },
        orderBy: { createdAt: "asc" },
        select: { id: true, fromActorId: true, toActorId: true, type: true },
      })
    : [];
  const acquaintances = ids.length
    ? await ctx.tx.partnersAcquaintance.findMany({
        where: { removedAt: null, actorId: { in: ids } },
        orderBy: { createdAt: "asc" },
        select: { id: true, actorId: true, userId: true, personId: true, strength: true },
      })
    : [];

  const userIds = [...new Set(acquaintances.map((q) => q.userId).filter((x): x is string => Boolean(x)))];
  const memberships = userIds.length
    ? await ctx.tx.membership.findMany({
        where: { userId: { in: userIds } },
        select: { userId: true, organisationId: true, user: { select: { name: true, email: true } } },
      })
    : [];
  const members = new Map(
    memberships.map((m) => [m.userId, { name: m.user.name?.trim() || m.user.email, organisationId: m.organisationId }]),
  );

  // Persons are named only for members with the key-figure permission (as on the actor's page); others see a number.
  let personNames: Map<string, string> | null = null;
  if (seesKeyFigures(ctx)) {
    const personIds = [...new Set(acquaintances.map((q) => q.personId).filter((x): x is string => Boolean(x)))];
    const people = personIds.length
      ? await ctx.tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true, firstName: true, lastName: true } })
      : [];
    personNames = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`.trim()]));
  }

  return {
    data: {
      organisations,
      myOrganisationId: ctx.membership.organisationId,
      actors,
      links,
      acquaintances,
      members,
      personNames,
      options: { members: input.members, persons: input.persons },
    },
    truncated: rows.length > GRAPH_LIMIT,
  };
}

/** The graph with its metrics and layout. */
export async function networkGraph(ctx: PartnersCtx, input: GraphInput): Promise<NetworkGraph> {
  const { data, truncated } = await loadNetwork(ctx, input);
  return { ...analyse(buildGraph(data)), truncated, limit: GRAPH_LIMIT, seesPeople: data.personNames !== null };
}
