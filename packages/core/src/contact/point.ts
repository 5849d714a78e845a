/**
 * Who the contact point is (aanspreekpunt, issue 11) and what its members are told: the digest mail (mail.ts) and the
 * notice on their home.
 */
import type { Tx } from "../db/client";

/**
 * The memberships the contact point's notices go to (the digest mail and the notice on their home): the members chosen
 * in the settings, or while nobody is chosen, the members with the role regie.
 */
export async function contactPointMembershipIds(tx: Tx): Promise<string[]> {
  const chosen = await tx.contactPointMember.findMany({ select: { membershipId: true } });
  if (chosen.length) return chosen.map((c) => c.membershipId);
  return (await tx.membership.findMany({ where: { roles: { has: "regie" } }, select: { id: true } })).map((m) => m.id);
}

/** How many of the newest new messages the notice on a contact point member's home lists. */
export const CONTACT_NOTICE_LATEST = 5;

/**
 * The in-app notice of a contact point member: the messages still new that she can see (row-level security), the
 * newest first. It stays while a message is new and goes once someone takes it up (a status, a reply): the inbox is
 * shared, so what is handled is handled for every member.
 */
export async function contactNotice(tx: Tx): Promise<{
  count: number;
  latest: { id: string; reference: string; source: string; personName: string; neighbourhood: string | null; createdAt: Date }[];
}> {
  const where = { status: "new" };
  // One after another: the queries of one transaction share its connection (no-parallel-tx.test).
  const count = await tx.contactMessage.count({ where });
  const rows = await tx.contactMessage.findMany({
    where,
    orderBy: { createdAt: "desc" },
    take: CONTACT_NOTICE_LATEST,
    select: {
      id: true,
      reference: true,
      source: true,
      createdAt: true,
      person: { select: { firstName: true, lastName: true } },
      neighbourhood: { select: { name: true } },
    },
  });
  return {
    count,
    latest: rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      source: r.source,
      personName: `${r.person.firstName} ${r.person.lastName}`.trim(),
      neighbourhood: r.neighbourhood?.name ?? null,
      createdAt: r.createdAt,
    })),
  };
}
