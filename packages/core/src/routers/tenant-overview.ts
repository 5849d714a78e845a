import { tenantProcedure } from "../trpc/tenant";

/** "Lately" on the home page: people added in the last 30 days. */
export const RECENT_DAYS = 30;
/** Whom a member can turn to: at most this many coordinators and admins are named. */
const CONTACTS = 4;

/**
 * What core adds to "Mijn werk" next to tenant.home: per neighbourhood the member sees, the people added lately and the
 * last change to a person there; what asks for attention (people without a recorded consent, open invitations); and
 * whom to contact (the workspace's coordinators and admins, for members who may do little here yet). Counts of people
 * only for members who may see people, and then under row-level security and the member's person scope.
 */
export const overviewProcedure = tenantProcedure("core.tenant.view").query(async ({ ctx }) => {
  const seesPeople = ctx.permissions.has("core.people.view");
  const since = new Date(Date.now() - RECENT_DAYS * 86_400_000);
  const byNeighbourhood = seesPeople
    ? await ctx.tx.person.groupBy({
        by: ["neighbourhoodId"],
        where: { createdAt: { gte: since } },
        _count: { _all: true },
      })
    : [];
  const lastChanges = seesPeople ? await ctx.tx.person.groupBy({ by: ["neighbourhoodId"], _max: { updatedAt: true } }) : [];
  const withoutConsent = seesPeople ? await ctx.tx.person.count({ where: { consents: { none: { withdrawnAt: null } } } }) : null;
  const openInvitations = ctx.permissions.has("core.members.view")
    ? await ctx.tx.invitation.count({ where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } })
    : null;
  const contacts = await ctx.tx.membership.findMany({
    where: { roles: { hasSome: ["regie", "admin"] } },
    select: { roles: true, user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return {
    recentDays: RECENT_DAYS,
    neighbourhoods: Object.fromEntries(
      lastChanges
        .filter((c) => c.neighbourhoodId !== null)
        .map((c) => [
          c.neighbourhoodId as string,
          {
            newPeople: byNeighbourhood.find((b) => b.neighbourhoodId === c.neighbourhoodId)?._count._all ?? 0,
            lastChangeAt: c._max.updatedAt,
          },
        ]),
    ),
    newPeople: byNeighbourhood.reduce((sum, b) => sum + b._count._all, 0),
    withoutConsent,
    openInvitations,
    // Coordinators first: they hold the mandate; the admin is the technical contact.
    contacts: contacts
      .sort((a, b) => Number(b.roles.includes("regie")) - Number(a.roles.includes("regie")))
      .slice(0, CONTACTS)
      .map((m) => ({ name: m.user.name?.trim() || m.user.email, email: m.user.email, roles: m.roles })),
  };
});
