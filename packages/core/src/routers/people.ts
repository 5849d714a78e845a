import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { router } from "../trpc/init";
import { badRequest, orNotFound } from "../trpc/errors";
import { tenantProcedure, type TenantCtx } from "../trpc/tenant";
import { id, optionalText, page, dateInput } from "./schemas";
import { LIMITS } from "../limits";

export const PERSON_KINDS = ["resident", "volunteer", "key_figure", "informal_carer", "other"] as const;
const NOT_FOUND = "Deze persoon bestaat niet.";

const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, "Gebruik een taalcode zoals nl, fr, ar");

const fields = z.object({
  firstName: z.string().trim().min(1, "Vul een voornaam in").max(LIMITS.personName),
  lastName: z.string().trim().max(LIMITS.personName).default(""),
  email: z
    .union([z.literal(""), z.email({ message: "Ongeldig e-mailadres" })])
    .optional()
    .nullable()
    .transform((v) => v || null),
  phone: optionalText(LIMITS.phone),
  address: optionalText(LIMITS.address),
  languages: z.array(languageCode).max(20).default([]),
  kinds: z.array(z.enum(PERSON_KINDS)).max(PERSON_KINDS.length).default([]),
  neighbourhoodId: id.nullable().optional(),
  organisationId: id.nullable().optional(),
  notes: optionalText(LIMITS.notes),
});

/** A field worker with assigned neighbourhoods sees the people of those neighbourhoods only. */
function scopeWhere(ctx: Pick<TenantCtx, "membership">): Prisma.PersonWhereInput {
  const ids = ctx.membership.neighbourhoodIds;
  return ids ? { neighbourhoodId: { in: ids } } : {};
}

export const listPeopleInput = page.extend({
  search: z.string().trim().max(LIMITS.search).optional(),
  neighbourhoodId: id.optional(),
  kind: z.enum(PERSON_KINDS).optional(),
  language: languageCode.optional(),
});

export const peopleRouter = router({
  list: tenantProcedure("core.people.view")
    .input(listPeopleInput)
    .query(async ({ ctx, input }) => {
      const terms = (input.search ?? "").split(/\s+/).filter(Boolean).slice(0, 4);
      const where: Prisma.PersonWhereInput = {
        AND: [
          // Explicit as well as enforced by RLS: keeps the query on the (tenantId, …) indexes.
          { tenantId: ctx.tenant.id },
          scopeWhere(ctx),
          input.neighbourhoodId ? { neighbourhoodId: input.neighbourhoodId } : {},
          input.kind ? { kinds: { has: input.kind } } : {},
          input.language ? { languages: { has: input.language } } : {},
          ...terms.map((t) => ({
            OR: [
              { firstName: { contains: t, mode: "insensitive" as const } },
              { lastName: { contains: t, mode: "insensitive" as const } },
              { email: { contains: t, mode: "insensitive" as const } },
            ],
          })),
        ],
      };
      const [items, total] = await Promise.all([
        ctx.tx.person.findMany({
          where,
          select: {
            id: true,
            firstName: true,
            lastName: true,
            kinds: true,
            languages: true,
            neighbourhood: { select: { id: true, name: true } },
            organisation: { select: { id: true, name: true } },
          },
          orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
          skip: (input.page - 1) * input.pageSize,
          take: input.pageSize,
        }),
        ctx.tx.person.count({ where }),
      ]);
      return { items, total, page: input.page, pageSize: input.pageSize };
    }),

  get: tenantProcedure("core.people.view")
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const p = orNotFound(
        await ctx.tx.person.findFirst({
          where: { AND: [{ id: input.id }, scopeWhere(ctx)] },
          include: {
            neighbourhood: { select: { id: true, name: true } },
            organisation: { select: { id: true, name: true } },
            consents: { orderBy: { givenAt: "desc" } },
          },
        }),
        NOT_FOUND,
      );
      const canSeeNotes = ctx.permissions.has("core.people.sensitive");
      if (canSeeNotes && p.notes) {
        await ctx.audit({ action: "person.sensitive_read", targetType: "Person", targetId: p.id });
      }
      return { ...p, notes: canSeeNotes ? p.notes : null, notesHidden: !canSeeNotes && p.notes !== null };
    }),

  create: tenantProcedure("core.people.manage")
    .input(fields)
    .mutation(async ({ ctx, input }) => {
      await assertRefs(ctx, input.neighbourhoodId ?? null, input.organisationId);
      if (input.notes && !ctx.permissions.has("core.people.sensitive")) input.notes = null;
      const p = await ctx.tx.person.create({
        data: { ...input, tenantId: ctx.tenant.id, createdById: ctx.session.userId },
        select: { id: true },
      });
      await ctx.audit({ action: "person.created", targetType: "Person", targetId: p.id });
      return p;
    }),

  update: tenantProcedure("core.people.manage")
    .input(fields.partial().extend({ id }))
    .mutation(async ({ ctx, input }) => {
      orNotFound(await ctx.tx.person.findFirst({ where: { AND: [{ id: input.id }, scopeWhere(ctx)] }, select: { id: true } }), NOT_FOUND);
      await assertRefs(ctx, input.neighbourhoodId, input.organisationId);
      const { id: pid, ...data } = input;
      if (!ctx.permissions.has("core.people.sensitive")) delete data.notes;
      await ctx.tx.person.update({ where: { id: pid }, data });
      await ctx.audit({ action: "person.updated", targetType: "Person", targetId: pid, data: { fields: Object.keys(data) } });
      return { ok: true };
    }),

  addConsent: tenantProcedure("core.consents.manage")
    .input(
      z.object({
        personId: id,
        purpose: z.string().trim().min(1, "Vul het doel in").max(LIMITS.consentPurpose),
        method: z.enum(["verbal", "written", "online"]),
        givenAt: dateInput.refine((d) => d.getTime() <= Date.now() + 60_000, "De datum ligt in de toekomst"),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      orNotFound(
        await ctx.tx.person.findFirst({ where: { AND: [{ id: input.personId }, scopeWhere(ctx)] }, select: { id: true } }),
        NOT_FOUND,
      );
      const c = await ctx.tx.consent.create({
        data: { ...input, tenantId: ctx.tenant.id, recordedById: ctx.session.userId },
        select: { id: true },
      });
      await ctx.audit({
        action: "consent.given",
        targetType: "Person",
        targetId: input.personId,
        data: { purpose: input.purpose, method: input.method },
      });
      return c;
    }),

  withdrawConsent: tenantProcedure("core.consents.manage")
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      const c = orNotFound(
        await ctx.tx.consent.findUnique({ where: { id: input.id }, select: { id: true, personId: true, withdrawnAt: true } }),
        "Deze toestemming bestaat niet.",
      );
      orNotFound(await ctx.tx.person.findFirst({ where: { AND: [{ id: c.personId }, scopeWhere(ctx)] }, select: { id: true } }), NOT_FOUND);
      if (!c.withdrawnAt) {
        await ctx.tx.consent.update({ where: { id: c.id }, data: { withdrawnAt: new Date(), withdrawnById: ctx.session.userId } });
        await ctx.audit({ action: "consent.withdrawn", targetType: "Person", targetId: c.personId, data: { consentId: c.id } });
      }
      return { ok: true };
    }),
});

async function assertRefs(ctx: Pick<TenantCtx, "tx" | "membership">, neighbourhoodId?: string | null, organisationId?: string | null) {
  // A member who works in some neighbourhoods only must put people in one of them (or could not see them afterwards).
  if (ctx.membership.neighbourhoodIds && neighbourhoodId === null) {
    throw badRequest("Kies een van je buurten voor deze persoon.");
  }
  if (neighbourhoodId) {
    orNotFound(await ctx.tx.neighbourhood.findUnique({ where: { id: neighbourhoodId }, select: { id: true } }), "Deze buurt bestaat niet.");
    const scope = ctx.membership.neighbourhoodIds;
    if (scope && !scope.includes(neighbourhoodId)) orNotFound(null, "Deze buurt bestaat niet.");
  }
  if (organisationId) {
    orNotFound(
      await ctx.tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } }),
      "Deze organisatie bestaat niet.",
    );
  }
}
