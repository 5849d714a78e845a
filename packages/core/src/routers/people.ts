import { z } from "zod";
import { type Sql, sql, sqlJoin } from "../db/sql";
import { router } from "../trpc/init";
import { appError, orThrow, zodMessage } from "../trpc/errors";
import { tenantProcedure, type TenantCtx } from "../trpc/tenant";
import { updateInput, updateMeta } from "../trpc/update-input";
import { id, optionalText, page, dateInput } from "./schemas";
import { LIMITS, listCountLimit } from "../limits";
import { personInputs, personScopeWhere } from "../people/scope";
import { consentPurposes } from "../people/consent-purposes";
import { RECEIPT_REFERENCE } from "../contact/inbox";

export const PERSON_KINDS = ["resident", "volunteer", "key_figure", "informal_carer", "other"] as const;

const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, zodMessage("people.languageCode"));

const fields = z.object({
  firstName: z.string().trim().min(1, zodMessage("people.firstNameRequired")).max(LIMITS.personName),
  lastName: z.string().trim().max(LIMITS.personName).default(""),
  email: z
    .union([z.literal(""), z.email({ message: zodMessage("schema.invalidEmail") })])
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

/** A field worker with assigned neighbourhoods sees the people of those neighbourhoods only (enforced by RLS). */
const scopeWhere = (ctx: Pick<TenantCtx, "membership">) => personScopeWhere(ctx.membership);

export const listPeopleInput = page.extend({
  search: z.string().trim().max(LIMITS.search).optional(),
  neighbourhoodId: id.optional(),
  kind: z.enum(PERSON_KINDS).optional(),
  language: languageCode.optional(),
});

interface PersonListRow {
  id: string;
  firstName: string;
  lastName: string;
  kinds: string[];
  languages: string[];
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  organisationId: string | null;
  organisationName: string | null;
}

/** A unique constraint refused a write (Prisma's P2002, or PostgreSQL's 23505 from a raw query or its adapter). */
function isUniqueViolation(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== "object" || depth > 4) return false;
  const x = e as { code?: unknown; message?: unknown; meta?: unknown; cause?: unknown; originalCode?: unknown };
  if (x.code === "P2002" || x.code === "23505" || x.originalCode === "23505") return true;
  if (typeof x.message === "string" && /\b23505\b|duplicate key value violates unique constraint/.test(x.message)) return true;
  if (x.meta && typeof x.meta === "object" && JSON.stringify(x.meta).includes("23505")) return true;
  return isUniqueViolation(x.cause, depth + 1);
}

/** A search term as a literal ILIKE pattern part: "%", "_" and the escape character match themselves. */
const likeLiteral = (term: string) => term.replace(/[\\%_]/g, "\\$&");

/**
 * people.list's conditions. The tenant is written out as well as enforced by row-level security: it keeps the query on
 * the (tenantId, ...) indexes. Each search term must occur in the first name, last name or e-mail (ILIKE, served by the
 * trigram index Person_search_trgm_idx also under row-level security, ADR 0013).
 */
function personListWhere(ctx: Pick<TenantCtx, "tenant" | "membership">, input: z.infer<typeof listPeopleInput>): Sql {
  const and: Sql[] = [sql`p."tenantId" = ${ctx.tenant.id}::uuid`];
  // A field worker with assigned neighbourhoods sees the people of those neighbourhoods only (also enforced by RLS).
  const scope = ctx.membership.neighbourhoodIds;
  if (scope) and.push(sql`p."neighbourhoodId" = ANY(${[...scope]}::uuid[])`);
  if (input.neighbourhoodId) and.push(sql`p."neighbourhoodId" = ${input.neighbourhoodId}::uuid`);
  if (input.kind) and.push(sql`p."kinds" @> ARRAY[${input.kind}]::text[]`);
  if (input.language) and.push(sql`p."languages" @> ARRAY[${input.language}]::text[]`);
  for (const term of (input.search ?? "").split(/\s+/).filter(Boolean).slice(0, 4)) {
    const like = `%${likeLiteral(term)}%`;
    const names = sql`p."firstName" ILIKE ${like} OR p."lastName" ILIKE ${like} OR p."email" ILIKE ${like}`;
    // A receipt's reference code ("K7QM-2XPA") finds the person a public form made (only such a term adds it: other
    // searches keep their plan on the trigram index).
    const reference = term.toUpperCase();
    and.push(RECEIPT_REFERENCE.test(reference) ? sql`(${names} OR p."publicReference" = ${reference})` : sql`(${names})`);
  }
  return sqlJoin(and, " AND ");
}

export const peopleRouter = router({
  list: tenantProcedure("core.people.view")
    .input(listPeopleInput)
    .query(async ({ ctx, input }) => {
      // Two statements, as the floor of bench/people-list.ts: the page with the neighbourhood and organisation names
      // joined in (Prisma would read them with two more round trips), and the count. Raw SQL selects no sensitive
      // column (the guard does not see it; test/sensitive-fields.int.test.ts checks).
      const where = personListWhere(ctx, input);
      // Straight to pg on the transaction's connection (ctx.rows, ADR 0039): Prisma's cost per statement was a third of
      // what this procedure spent above the floor.
      const rows = await ctx.rows<PersonListRow>(sql`
        SELECT p."id", p."firstName", p."lastName", p."kinds", p."languages",
               n."id" AS "neighbourhoodId", n."name" AS "neighbourhoodName", o."id" AS "organisationId", o."name" AS "organisationName"
        FROM "Person" p
        LEFT JOIN "Neighbourhood" n ON n."id" = p."neighbourhoodId"
        LEFT JOIN "Organisation" o ON o."id" = p."organisationId"
        WHERE ${where}
        ORDER BY p."lastName", p."firstName", p."id"
        LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`);
      // The count stops a little past what anyone pages through (listCountLimit): counting a 100,000-person tenant
      // row by row on every page cost more than the page itself, a third of it row-level security's per-row check.
      const limit = listCountLimit(input.page, input.pageSize);
      const counted = await ctx.rows<{ total: number }>(
        sql`SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "Person" p WHERE ${where} LIMIT ${limit + 1}) AS x`,
      );
      const total = counted[0]?.total ?? 0;
      const items = rows.map((r) => ({
        id: r.id,
        firstName: r.firstName,
        lastName: r.lastName,
        kinds: r.kinds,
        languages: r.languages,
        neighbourhood: r.neighbourhoodId ? { id: r.neighbourhoodId, name: r.neighbourhoodName ?? "" } : null,
        organisation: r.organisationId ? { id: r.organisationId, name: r.organisationName ?? "" } : null,
      }));
      // moreThanTotal: there are more than `total` (shown as "more than 1,000 results").
      return { items, total: Math.min(total, limit), moreThanTotal: total > limit, page: input.page, pageSize: input.pageSize };
    }),

  get: tenantProcedure("core.people.view")
    .meta(personInputs("id"))
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const p = orThrow(
        await ctx.tx.person.findFirst({
          where: { AND: [{ id: input.id }, scopeWhere(ctx)] },
          include: {
            neighbourhood: { select: { id: true, name: true } },
            organisation: { select: { id: true, name: true } },
            consents: { orderBy: { givenAt: "desc" } },
          },
        }),
        "people.notFound",
      );
      // Notes are a sensitive field (sensitive/fields.ts): the guarded client already hid them without the permission
      // and audit-logs the read with it. Only whether there are notes one cannot see is told here.
      const canSeeNotes = ctx.permissions.has("core.people.sensitive");
      const notesHidden = !canSeeNotes && (await ctx.tx.person.count({ where: { id: p.id, notes: { not: null } } })) > 0;
      return { ...p, notesHidden };
    }),

  create: tenantProcedure("core.people.manage")
    .input(fields)
    .mutation(async ({ ctx, input }) => {
      await assertRefs(ctx, input.neighbourhoodId ?? null, input.organisationId);
      const p = await ctx.tx.person.create({
        data: { ...input, tenantId: ctx.tenant.id, createdById: ctx.session.userId },
        select: { id: true },
      });
      await ctx.audit({ action: "person.created", targetType: "Person", targetId: p.id });
      return p;
    }),

  update: tenantProcedure("core.people.manage")
    .meta(updateMeta({ model: "Person" }))
    .meta(personInputs("id"))
    .input(updateInput(fields, { id }))
    .mutation(async ({ ctx, input }) => {
      orThrow(
        await ctx.tx.person.findFirst({ where: { AND: [{ id: input.id }, scopeWhere(ctx)] }, select: { id: true } }),
        "people.notFound",
      );
      await assertRefs(ctx, input.neighbourhoodId, input.organisationId);
      const { id: pid, ...data } = input;
      await ctx.tx.person.update({ where: { id: pid }, data });
      await ctx.audit({ action: "person.updated", targetType: "Person", targetId: pid, data: { fields: Object.keys(data) } });
      return { ok: true };
    }),

  /**
   * Two records of one person become one (a public form always makes a new person; staff who recognise her merge it
   * into the record they know). Everything that refers to the merged record, in core and every module, moves to the
   * kept one (database function person_merge_references); the kept record's empty fields take the merged one's
   * values (nothing staff recorded is overwritten; notes are put together); the merged record goes. Something that may
   * exist once per person on both sides refuses the whole merge (people.mergeConflict): nothing changes.
   */
  merge: tenantProcedure("core.people.manage")
    .meta(personInputs("id", "mergeId"))
    .input(z.object({ id, mergeId: id }))
    .mutation(async ({ ctx, input }) => {
      if (input.id === input.mergeId) throw appError("people.mergeSame");
      const find = async (pid: string) =>
        orThrow(await ctx.tx.person.findFirst({ where: { AND: [{ id: pid }, scopeWhere(ctx)] } }), "people.notFound");
      const keep = await find(input.id);
      const merged = await find(input.mergeId);
      // Notes one may not read cannot be put together: someone who may read them merges.
      const canNotes = ctx.permissions.has("core.people.sensitive");
      if (!canNotes && (await ctx.tx.person.count({ where: { id: merged.id, notes: { not: null } } })) > 0)
        throw appError("people.mergeNotes");
      let moved: number;
      try {
        const rows = await ctx.tx.$queryRaw<{ n: number }[]>(
          sql`SELECT person_merge_references(${keep.id}::uuid, ${merged.id}::uuid) AS n`,
        );
        moved = Number(rows[0]?.n ?? 0);
      } catch (e) {
        if (isUniqueViolation(e)) throw appError("people.mergeConflict");
        throw e;
      }
      const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
      await ctx.tx.person.delete({ where: { id: merged.id } });
      await ctx.tx.person.update({
        where: { id: keep.id },
        data: {
          email: keep.email ?? merged.email,
          phone: keep.phone ?? merged.phone,
          address: keep.address ?? merged.address,
          neighbourhoodId: keep.neighbourhoodId ?? merged.neighbourhoodId,
          organisationId: keep.organisationId ?? merged.organisationId,
          languages: union(keep.languages, merged.languages),
          kinds: union(keep.kinds, merged.kinds),
          publicReference: keep.publicReference ?? merged.publicReference,
          ...(canNotes && merged.notes ? { notes: keep.notes ? `${keep.notes}\n\n${merged.notes}` : merged.notes } : {}),
        },
      });
      await ctx.audit({ action: "person.merged", targetType: "Person", targetId: keep.id, data: { merged: merged.id, moved } });
      return { id: keep.id, moved };
    }),

  addConsent: tenantProcedure("core.consents.manage")
    .meta(personInputs("personId"))
    .input(
      z.object({
        personId: id,
        /** A key from the tenant's list of purposes (people.consentPurposes). */
        purpose: z.string().trim().min(1, zodMessage("consent.purposeRequired")).max(80),
        /** Free text (e.g. what "other" means here); erasure clears it. Never copied into the audit trail. */
        note: optionalText(LIMITS.consentNote),
        method: z.enum(["verbal", "written", "online"]),
        givenAt: dateInput.refine((d) => d.getTime() <= Date.now() + 60_000, zodMessage("schema.dateInFuture")),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      orThrow(
        await ctx.tx.person.findFirst({ where: { AND: [{ id: input.personId }, scopeWhere(ctx)] }, select: { id: true } }),
        "people.notFound",
      );
      const purposes = await consentPurposes(ctx.tx);
      if (!purposes.some((p) => p.key === input.purpose && p.active)) throw appError("consent.purposeNotInList");
      if (input.purpose === "other" && !input.note) throw appError("consent.purposeNoteRequired");
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
      const c = orThrow(
        await ctx.tx.consent.findUnique({ where: { id: input.id }, select: { id: true, personId: true, withdrawnAt: true } }),
        "consent.notFound",
      );
      orThrow(
        await ctx.tx.person.findFirst({ where: { AND: [{ id: c.personId }, scopeWhere(ctx)] }, select: { id: true } }),
        "people.notFound",
      );
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
    throw appError("people.neighbourhoodRequired");
  }
  if (neighbourhoodId) {
    orThrow(await ctx.tx.neighbourhood.findUnique({ where: { id: neighbourhoodId }, select: { id: true } }), "neighbourhood.notFound");
    const scope = ctx.membership.neighbourhoodIds;
    if (scope && !scope.includes(neighbourhoodId)) orThrow(null, "neighbourhood.notFound");
  }
  if (organisationId) {
    orThrow(await ctx.tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } }), "organisation.notFound");
  }
}
