import { z } from "zod";
import { hashPassword, passwordProblem } from "../auth/password";
import { hashToken, newLinkToken } from "../auth/tokens";
import { appDb, withDbContext } from "../db/client";
import { env } from "../env";
import { writeAudit } from "../audit";
import { queueMail } from "../mail/outbox";
import { invitationMail } from "../mail/templates";
import { publicProcedure, router } from "../trpc/init";
import { appError, orThrow, zodMessage } from "../trpc/errors";
import { tenantProcedure } from "../trpc/tenant";
import { assertIdsInTenant } from "./members";
import { email, id, locale, roles } from "./schemas";
import { LIMITS } from "../limits";

export const INVITATION_DAYS = 7;

const tokenInput = z.object({
  tenantSlug: z.string().min(1).max(64),
  token: z.string().min(20).max(200),
});

/** Finds a usable invitation for a token within the tenant of the URL; every failure looks the same. */
async function findInvitation(tenantSlug: string, token: string) {
  const tenant = await appDb().tenant.findUnique({ where: { slug: tenantSlug }, select: { id: true, name: true, allowPassword: true } });
  if (!tenant) throw appError("invitation.gone");
  const inv = await withDbContext({ tenantId: tenant.id }, (tx) => tx.invitation.findUnique({ where: { tokenHash: hashToken(token) } }));
  if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt < new Date()) throw appError("invitation.gone");
  return { tenant, inv };
}

export const invitationsRouter = router({
  list: tenantProcedure("core.members.view").query(({ ctx }) =>
    ctx.tx.invitation.findMany({
      where: { acceptedAt: null, revokedAt: null },
      select: { id: true, email: true, roles: true, expiresAt: true, createdAt: true, organisation: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
    }),
  ),

  create: tenantProcedure("core.members.manage")
    .input(
      z.object({
        email,
        roles,
        organisationId: id.nullable().optional(),
        neighbourhoodIds: z.array(id).max(500).default([]),
        locale: locale.default("nl"),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await assertIdsInTenant(ctx.tx, input.organisationId, input.neighbourhoodIds);
      const already = await ctx.tx.membership.findFirst({ where: { user: { email: input.email } }, select: { id: true } });
      if (already) throw appError("invitation.alreadyMember");
      // A new invitation replaces an open one for the same address, so only the newest link works.
      await ctx.tx.invitation.updateMany({
        where: { email: input.email, acceptedAt: null, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      const { token, hash } = newLinkToken();
      const inv = await ctx.tx.invitation.create({
        data: {
          tenantId: ctx.tenant.id,
          email: input.email,
          roles: input.roles,
          organisationId: input.organisationId ?? null,
          neighbourhoodIds: input.neighbourhoodIds,
          tokenHash: hash,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
          invitedById: ctx.session.userId,
        },
        select: { id: true, email: true, expiresAt: true },
      });
      await ctx.audit({
        action: "invitation.created",
        targetType: "Invitation",
        targetId: inv.id,
        data: { email: input.email, roles: input.roles },
      });
      const inviter = await appDb().user.findUnique({ where: { id: ctx.session.userId }, select: { name: true, email: true } });
      const url = `${env().APP_URL}/t/${ctx.tenant.slug}/invite/${token}`;
      const mail = invitationMail({
        url,
        tenantName: ctx.tenant.name,
        inviterName: inviter?.name ?? inviter?.email ?? "",
        locale: input.locale,
      });
      // In this transaction (the outbox): no invitation, no mail; Redis down at commit, the mail waits.
      await queueMail({ to: input.email, ...mail }, { idempotencyKey: `invitation-${inv.id}`, expiresAt: inv.expiresAt }, ctx);
      return inv;
    }),

  revoke: tenantProcedure("core.members.manage")
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      orThrow(await ctx.tx.invitation.findUnique({ where: { id: input.id }, select: { id: true } }), "invitation.notFound");
      await ctx.tx.invitation.update({ where: { id: input.id }, data: { revokedAt: new Date() } });
      await ctx.audit({ action: "invitation.revoked", targetType: "Invitation", targetId: input.id });
      return { ok: true };
    }),

  /** What the accept page shows before anyone signs in. */
  preview: publicProcedure.input(tokenInput).query(async ({ input }) => {
    const { tenant, inv } = await findInvitation(input.tenantSlug, input.token);
    const user = await appDb().user.findUnique({ where: { email: inv.email }, select: { id: true } });
    return {
      tenantName: tenant.name,
      email: inv.email,
      roles: inv.roles,
      expiresAt: inv.expiresAt,
      hasAccount: Boolean(user),
      allowPassword: tenant.allowPassword,
    };
  }),

  /**
   * Accepts an invitation. The link was mailed to the invited address, so it proves the address: a person without
   * an account creates one here (name and password). A person with an account must be signed in as that address.
   */
  accept: publicProcedure
    .input(
      tokenInput.extend({
        name: z.string().trim().min(1, zodMessage("invitation.nameMissing")).max(LIMITS.name).optional(),
        password: z.string().max(200).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { tenant, inv } = await findInvitation(input.tenantSlug, input.token);
      let user = await appDb().user.findUnique({ where: { email: inv.email }, select: { id: true, email: true } });
      if (user) {
        if (!ctx.session || ctx.session.userId !== user.id) {
          throw appError("invitation.signInAs", { email: inv.email });
        }
      } else {
        if (ctx.session) throw appError("invitation.otherAddress", { email: inv.email });
        if (!input.name) throw appError("invitation.nameRequired");
        if (input.password !== undefined && input.password !== "") {
          if (!tenant.allowPassword) throw appError("invitation.noPasswords");
          const problem = passwordProblem(input.password, [inv.email, input.name]);
          if (problem) throw problem;
        }
        const passwordHash = input.password ? await hashPassword(input.password) : null;
        user = await appDb().user.create({
          data: { email: inv.email, name: input.name, passwordHash, emailVerified: new Date() },
          select: { id: true, email: true },
        });
      }
      const userId = user.id;
      await withDbContext({ tenantId: tenant.id, userId }, async (tx) => {
        const claimed = await tx.invitation.updateMany({ where: { id: inv.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
        if (claimed.count !== 1) throw appError("invitation.gone");
        const m = await tx.membership.upsert({
          where: { tenantId_userId: { tenantId: tenant.id, userId } },
          create: { tenantId: tenant.id, userId, roles: inv.roles, organisationId: inv.organisationId },
          update: { roles: inv.roles },
        });
        const valid = await tx.neighbourhood.findMany({ where: { id: { in: inv.neighbourhoodIds } }, select: { id: true } });
        if (valid.length) {
          await tx.membershipNeighbourhood.createMany({
            data: valid.map((n) => ({ tenantId: tenant.id, membershipId: m.id, neighbourhoodId: n.id })),
            skipDuplicates: true,
          });
        }
        await writeAudit(tx, {
          tenantId: tenant.id,
          actorUserId: userId,
          action: "invitation.accepted",
          targetType: "Invitation",
          targetId: inv.id,
          ip: ctx.ip,
        });
      });
      return { ok: true, email: inv.email, tenantSlug: input.tenantSlug };
    }),
});
