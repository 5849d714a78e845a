/**
 * The contact point's inbox (aanspreekpunt, issue 11): messages from the public contact form (later referrals and
 * module requests). Row-level security shows a member the messages whose person she sees (a field worker those of
 * her neighbourhoods); internal notes are a sensitive field (core.contact.notes); a reply goes out by mail through the
 * outbox, in the resident's language.
 */
import { z } from "zod";
import type { Tx } from "../db/client";
import type { Locale } from "../i18n/locales";
import { LIMITS } from "../limits";
import { textIn } from "../public/texts";
import { CONTACT_STATUSES } from "../contact/inbox";
import { queueReplyMail } from "../contact/mail";
import { installedPlatform } from "../platform/installed";
import { appError, orThrow } from "../trpc/errors";
import { router } from "../trpc/init";
import { tenantProcedure } from "../trpc/tenant";
import { updateInput, updateMeta } from "../trpc/update-input";
import { id, optionalText } from "./schemas";

export { CONTACT_STATUSES };

/**
 * The memberships that may belong to the contact point: it tells them of new messages, so they must be able to open
 * them (their roles grant core.contact.view, with the tenant's changes to the roles).
 */
async function eligibleMembershipIds(tx: Tx): Promise<string[]> {
  const overrides = await tx.rolePermission.findMany({ select: { role: true, permission: true, granted: true } });
  const members = await tx.membership.findMany({ select: { id: true, roles: true } });
  return members.filter((m) => installedPlatform().effectivePermissions(m.roles, overrides).has("core.contact.view")).map((m) => m.id);
}
const status = z.enum(CONTACT_STATUSES);

export const contactRouter = router({
  /** The inbox, newest first; filtered by status. */
  list: tenantProcedure("core.contact.view")
    .input(z.object({ status: status.optional() }).optional())
    .query(async ({ ctx, input }) => {
      const rows = await ctx.tx.contactMessage.findMany({
        where: input?.status ? { status: input.status } : {},
        orderBy: { createdAt: "desc" },
        take: 200,
        select: {
          id: true,
          reference: true,
          status: true,
          source: true,
          body: true,
          createdAt: true,
          person: { select: { firstName: true, lastName: true } },
          neighbourhood: { select: { id: true, name: true } },
          owner: { select: { id: true, user: { select: { name: true, email: true } } } },
        },
      });
      const counts = await ctx.tx.contactMessage.groupBy({ by: ["status"], _count: { _all: true } });
      return {
        items: rows.map((r) => ({
          ...r,
          body: r.body.length > 160 ? `${r.body.slice(0, 157)}…` : r.body,
          personName: `${r.person.firstName} ${r.person.lastName}`.trim(),
          ownerName: r.owner ? (r.owner.user.name ?? r.owner.user.email) : null,
        })),
        counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<
          Record<(typeof CONTACT_STATUSES)[number], number>
        >,
      };
    }),

  /** How many messages are new (the in-app notice in the navigation). */
  newCount: tenantProcedure("core.contact.view").query(async ({ ctx }) => ({
    count: await ctx.tx.contactMessage.count({ where: { status: "new" } }),
  })),

  /** One message with the resident's contact details, the replies sent, and the notes (with their permission). */
  get: tenantProcedure("core.contact.view")
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const m = orThrow(
        await ctx.tx.contactMessage.findFirst({
          where: { id: input.id },
          include: {
            person: { select: { id: true, firstName: true, lastName: true, email: true, phone: true } },
            neighbourhood: { select: { id: true, name: true } },
            owner: { select: { id: true, user: { select: { name: true, email: true } } } },
            replies: { orderBy: { createdAt: "asc" }, include: { sentBy: { select: { name: true, email: true } } } },
          },
        }),
        "contact.notFound",
      );
      const members = await ctx.tx.membership.findMany({
        where: { roles: { hasSome: ["admin", "regie", "field_worker"] } },
        select: { id: true, user: { select: { name: true, email: true } } },
      });
      return {
        ...m,
        canNotes: ctx.permissions.has("core.contact.notes"),
        canHandle: ctx.permissions.has("core.contact.handle"),
        members: members.map((x) => ({ id: x.id, name: x.user.name ?? x.user.email })),
      };
    }),

  /** Status, owner and internal notes (notes need core.contact.notes: the sensitive-field guard refuses them otherwise). */
  update: tenantProcedure("core.contact.handle")
    .meta(updateMeta({ model: "ContactMessage" }))
    .input(
      updateInput(
        {
          status,
          ownerMembershipId: id.nullable(),
          notes: optionalText(LIMITS.contactNotes),
        },
        { id },
      ),
    )
    .mutation(async ({ ctx, input }) => {
      const { id: messageId, ...data } = input;
      orThrow(await ctx.tx.contactMessage.findFirst({ where: { id: messageId }, select: { id: true } }), "contact.notFound");
      if (data.ownerMembershipId) {
        orThrow(
          await ctx.tx.membership.findFirst({ where: { id: data.ownerMembershipId }, select: { id: true } }),
          "contact.ownerNotFound",
        );
      }
      await ctx.tx.contactMessage.update({ where: { id: messageId }, data });
      await ctx.audit({
        action: "contact.updated",
        targetType: "ContactMessage",
        targetId: messageId,
        data: { fields: Object.keys(data) },
      });
      return { ok: true };
    }),

  /** A reply by mail from the platform, in the resident's language; a new message becomes "in behandeling". */
  reply: tenantProcedure("core.contact.handle")
    .input(z.object({ id, body: z.string().trim().min(1).max(LIMITS.contactMessage) }))
    .mutation(async ({ ctx, input }) => {
      const m = orThrow(
        await ctx.tx.contactMessage.findFirst({
          where: { id: input.id },
          select: { id: true, reference: true, status: true, locale: true, person: { select: { email: true } } },
        }),
        "contact.notFound",
      );
      if (!m.person.email) throw appError("contact.noEmail");
      const reply = await ctx.tx.contactReply.create({
        data: { tenantId: ctx.tenant.id, messageId: m.id, body: input.body, sentById: ctx.session.userId },
        select: { id: true },
      });
      if (m.status === "new") await ctx.tx.contactMessage.update({ where: { id: m.id }, data: { status: "in_progress" } });
      const t = await ctx.tx.tenant.findUniqueOrThrow({
        where: { id: ctx.tenant.id },
        select: { name: true, publicName: true, defaultLocale: true },
      });
      const locale = m.locale as Locale;
      const name = textIn(t.publicName, locale, t.defaultLocale as Locale) || t.name;
      await queueReplyMail(ctx, { to: m.person.email, reference: m.reference, name, locale, body: input.body, replyId: reply.id });
      await ctx.audit({ action: "contact.replied", targetType: "ContactMessage", targetId: m.id });
      return { ok: true };
    }),

  /** The members of the contact point (told about new messages); none chosen: the regie members. */
  members: tenantProcedure("core.contact.view").query(async ({ ctx }) => {
    const rows = await ctx.tx.contactPointMember.findMany({ select: { membershipId: true } });
    return { membershipIds: rows.map((r) => r.membershipId), eligible: await eligibleMembershipIds(ctx.tx) };
  }),

  setMembers: tenantProcedure("core.tenant.manage")
    .input(z.object({ membershipIds: z.array(id).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const ids = [...new Set(input.membershipIds)];
      const found = await ctx.tx.membership.findMany({
        where: { id: { in: ids } },
        select: { id: true, user: { select: { name: true, email: true } } },
      });
      if (found.length !== ids.length) throw appError("members.notFound");
      const eligible = new Set(await eligibleMembershipIds(ctx.tx));
      const blind = found.find((m) => !eligible.has(m.id));
      if (blind) throw appError("contact.memberCannotView", { name: blind.user.name || blind.user.email });
      await ctx.tx.contactPointMember.deleteMany({});
      if (ids.length)
        await ctx.tx.contactPointMember.createMany({ data: ids.map((membershipId) => ({ tenantId: ctx.tenant.id, membershipId })) });
      await ctx.audit({
        action: "tenant.settings_updated",
        targetType: "Tenant",
        targetId: ctx.tenant.id,
        data: { fields: ["contactPointMembers"] },
      });
      return { ok: true };
    }),
});
