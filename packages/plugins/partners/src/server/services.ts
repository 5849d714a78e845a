import type { Tx } from "@zorgzaam/core/plugin";
import { actorScope } from "./access";

/** The kinds of actor another module may refer a resident to. */
const SERVICE_KINDS = ["service", "organisation"];

/**
 * Partners' public server API for other modules (Burenhulp refers heavy requests to a service): the services and
 * organisations on the map the member may see (the map's own visibility rule), not archived, by name. With `ids`,
 * only those (an id the member may not see is simply absent). Never a key figure: no Person behind it.
 */
export async function referralServices(
  ctx: { tx: Tx; membership: { organisationId: string | null } },
  opts: { ids?: readonly string[] } = {},
): Promise<{ id: string; name: string; kind: string }[]> {
  return ctx.tx.partnersActor.findMany({
    where: { ...actorScope(ctx), kind: { in: SERVICE_KINDS }, ...(opts.ids ? { id: { in: [...opts.ids] } } : {}) },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, kind: true },
  });
}
