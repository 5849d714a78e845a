import { auditReadUnlessOnIt, fileLink, personInputs, router, updateInput, updateMeta } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { REQUEST_FLAGS, REQUEST_STATUSES, signalsIn, WEIGHTS } from "../../domain";
import { P } from "../../manifest";
import { assertNotesWritable, requireKind, requireNeighbourhood, requireOrganisation, requirePerson, requireRequest } from "../access";
import { procedure } from "../procedures";
import { STALLING_STATUSES, stalledBefore } from "../jobs/referrals";
import { facilitated, facilitates } from "../modes";
import { syncContactMessage } from "./partner";
import { endsAfterStart, id, requestCreate, requestFields } from "../schemas";

const FINAL = new Set(["closed", "cancelled"]);

const listInput = z
  .object({
    neighbourhoodId: id.optional(),
    status: z.enum(REQUEST_STATUSES).optional(),
    weight: z.enum(WEIGHTS).optional(),
    /** What asks for a worker's attention: a follow-up that noticed something heavier, or a stalled referral. */
    flag: z.enum(REQUEST_FLAGS).optional(),
  })
  .optional();

/** How long a follow-up's "something heavier" keeps its request flagged (the home card counts the same window). */
const HEAVIER_DAYS = 30;

/** Requests for help: taken in on any channel, triaged by a person (small or heavy), matched or referred. */
export const requestsRouter = router({
  list: procedure(P.view)
    .input(listInput)
    .query(async ({ ctx, input }) => {
      const rows = await ctx.tx.burenhulpRequest.findMany({
        where: {
          ...(input?.neighbourhoodId ? { neighbourhoodId: input.neighbourhoodId } : {}),
          ...(input?.status ? { status: input.status } : {}),
          ...(input?.weight ? { weight: input.weight } : {}),
          ...(input?.flag === "heavier"
            ? {
                matches: {
                  some: { followUps: { some: { heavier: true, answeredAt: { gte: new Date(Date.now() - HEAVIER_DAYS * 86_400_000) } } } },
                },
              }
            : {}),
          ...(input?.flag === "stalled"
            ? {
                referrals: {
                  some: { status: { in: [...STALLING_STATUSES] }, statusChangedAt: { lt: stalledBefore(ctx.settings.referralStallDays) } },
                },
              }
            : {}),
        },
        orderBy: [{ createdAt: "desc" }],
        take: 500,
        select: {
          id: true,
          status: true,
          weight: true,
          urgent: true,
          signals: true,
          channel: true,
          whenKind: true,
          startsOn: true,
          street: true,
          neighbourhood: { select: { id: true, name: true } },
          createdAt: true,
          kind: { select: { id: true, key: true, label: true } },
          person: { select: { id: true, firstName: true, lastName: true } },
          _count: { select: { matches: true } },
        },
      });
      return { items: rows, total: rows.length };
    }),

  /** For the home card: open requests, and those still to be assessed (small or heavy). */
  summary: procedure(P.view).query(async ({ ctx }) => {
    const open = await ctx.tx.burenhulpRequest.count({ where: { status: { in: ["intake", "open"] } } });
    const toTriage = await ctx.tx.burenhulpRequest.count({ where: { status: { in: ["intake", "open"] }, weight: "unsure" } });
    // Heavy and not yet referred; matches waiting for a worker's next step; follow-ups that noticed something heavier.
    const toRefer = await ctx.tx.burenhulpRequest.count({ where: { weight: "heavy", status: { in: ["intake", "open", "matched"] } } });
    const waiting = await ctx.tx.burenhulpMatch.count({ where: { status: { in: ["proposed", "contacted"] } } });
    const heavier = await ctx.tx.burenhulpFollowUp.count({
      where: { heavier: true, answeredAt: { gte: new Date(Date.now() - HEAVIER_DAYS * 86_400_000) } },
    });
    // Referrals that have not moved for the tenant's period (the closed loop: ask the service).
    const stalled = await ctx.tx.burenhulpReferral.count({
      where: { status: { in: [...STALLING_STATUSES] }, statusChangedAt: { lt: stalledBefore(ctx.settings.referralStallDays) } },
    });
    return { open, toTriage, toRefer, waiting, heavier, stalled };
  }),

  /** The choices of the list's filters: the tenant's neighbourhoods. */
  filters: procedure(P.view).query(async ({ ctx }) => {
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
    return { neighbourhoods };
  }),

  /** One request with its matches and referrals (notes only with their permission; the guard blanks them otherwise). */
  get: procedure(P.view)
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const r = await requireRequest(ctx.tx, input.id);
      const [kind, person, matches, referrals] = [
        await ctx.tx.burenhulpKind.findUnique({ where: { id: r.kindId }, select: { id: true, key: true, label: true, function: true } }),
        r.personId
          ? await ctx.tx.person.findUnique({
              where: { id: r.personId },
              select: { id: true, firstName: true, lastName: true, languages: true, phone: true, email: true },
            })
          : null,
        await ctx.tx.burenhulpMatch.findMany({
          where: { requestId: r.id },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            status: true,
            declined: true,
            statusChangedAt: true,
            createdById: true,
            offer: { select: { id: true, person: { select: { id: true, firstName: true, lastName: true } } } },
            followUps: {
              orderBy: { side: "asc" },
              select: {
                id: true,
                side: true,
                happened: true,
                went: true,
                heavier: true,
                answeredVia: true,
                answeredAt: true,
                mailedAt: true,
              },
            },
          },
        }),
        await ctx.tx.burenhulpReferral.findMany({
          where: { requestId: r.id },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            status: true,
            outcome: true,
            serviceActorId: true,
            serviceName: true,
            statusChangedAt: true,
            remindedAt: true,
            createdById: true,
          },
        }),
      ];
      // A referral that has not moved for the tenant's period stalls: the page says so (and the daily job reminds).
      const stallBefore = stalledBefore(ctx.settings.referralStallDays);
      const stalling = new Set<string>(STALLING_STATUSES);
      // Read by someone not on it (not who took it in, proposed a helper or referred it): an audit event (BH-12).
      await auditReadUnlessOnIt(ctx, {
        action: "burenhulp.request.read",
        targetType: "BurenhulpRequest",
        targetId: r.id,
        onIt: [r.createdById, ...matches.map((m) => m.createdById), ...referrals.map((x) => x.createdById)],
      });
      // A partner's referral: what the partner wrote (in the contact point's inbox) and who referred.
      const referredBy = r.contactMessageId
        ? {
            message: await ctx.tx.contactMessage.findUnique({ where: { id: r.contactMessageId }, select: { reference: true, body: true } }),
            organisation: r.referrerOrganisationId
              ? await ctx.tx.organisation.findUnique({ where: { id: r.referrerOrganisationId }, select: { name: true } })
              : null,
          }
        : null;
      const neighbourhood = r.neighbourhoodId
        ? await ctx.tx.neighbourhood.findUnique({ where: { id: r.neighbourhoodId }, select: { name: true } })
        : null;
      // A photo sent with the public form: shown once staff accepted it (core files' quarantine), through short links.
      const file = r.photoFileId
        ? await ctx.tx.storedFile.findUnique({ where: { id: r.photoFileId }, select: { id: true, tenantId: true, status: true } })
        : null;
      const photo = file
        ? file.status === "active"
          ? {
              status: "active" as const,
              thumb: fileLink(file, "thumb", ctx.session.userId),
              full: fileLink(file, "original", ctx.session.userId),
            }
          : { status: "quarantine" as const }
        : null;
      return {
        ...r,
        kind,
        person,
        neighbourhood,
        matches,
        referrals: referrals.map((x) => ({ ...x, stalled: stalling.has(x.status) && x.statusChangedAt < stallBefore })),
        referredBy,
        photo,
        /** Nobody is matched here: the tenant or the request's neighbourhood only facilitates (BH-10). */
        facilitation: facilitates(await facilitated(ctx), r.neighbourhoodId),
        suggestedSignals: signalsIn(`${r.notes ?? ""} ${r.whenNote ?? ""} ${referredBy?.message?.body ?? ""}`),
      };
    }),

  create: procedure(P.manage)
    .meta(personInputs("personId"))
    .input(requestCreate.superRefine(endsAfterStart))
    .mutation(async ({ ctx, input }) => {
      assertNotesWritable(ctx, input.notes);
      await requirePerson(ctx.tx, input.personId);
      await requireKind(ctx.tx, input.kindId);
      await requireNeighbourhood(ctx.tx, input.neighbourhoodId);
      await requireOrganisation(ctx.tx, input.referrerOrganisationId);
      const r = await ctx.tx.burenhulpRequest.create({
        data: {
          ...input,
          tenantId: ctx.tenant.id,
          // A heavy request is never offered to neighbours: it waits for a referral.
          closedAt: FINAL.has(input.status) ? new Date() : null,
          createdById: ctx.session.userId,
        },
        select: { id: true },
      });
      await ctx.audit({ action: "burenhulp.request.created", targetType: "BurenhulpRequest", targetId: r.id });
      return r;
    }),

  /** Change what was sent (triage included: weight and signals); closing or cancelling stamps closedAt. */
  update: procedure(P.manage)
    .meta(updateMeta({ model: "BurenhulpRequest", derived: { status: ["closedAt"] } }))
    .input(updateInput(requestFields, { id }).superRefine(endsAfterStart))
    .mutation(async ({ ctx, input }) => {
      assertNotesWritable(ctx, input.notes, input.notes !== undefined);
      const r = await requireRequest(ctx.tx, input.id);
      if (input.kindId !== undefined) await requireKind(ctx.tx, input.kindId);
      if (input.neighbourhoodId !== undefined) await requireNeighbourhood(ctx.tx, input.neighbourhoodId);
      if (input.referrerOrganisationId !== undefined) await requireOrganisation(ctx.tx, input.referrerOrganisationId);
      const { id: _id, ...data } = input;
      const closedAt = input.status === undefined ? {} : { closedAt: FINAL.has(input.status) ? (r.closedAt ?? new Date()) : null };
      await ctx.tx.burenhulpRequest.update({ where: { id: r.id }, data: { ...data, ...closedAt, version: { increment: 1 } } });
      if (input.status !== undefined) await syncContactMessage(ctx.tx, r.id);
      await ctx.audit({
        action: "burenhulp.request.updated",
        targetType: "BurenhulpRequest",
        targetId: r.id,
        data: { fields: Object.keys(data) },
      });
      return { ok: true };
    }),

  /** Both sides of one person (BH-1): her requests and her offers, and whether to ask what she could offer herself. */
  forPerson: procedure(P.view)
    .meta(personInputs("personId"))
    .input(z.object({ personId: id }))
    .query(async ({ ctx, input }) => {
      const p = await requirePerson(ctx.tx, input.personId);
      const select = { id: true, status: true, createdAt: true, kind: { select: { id: true, key: true, label: true } } } as const;
      const requests = await ctx.tx.burenhulpRequest.findMany({ where: { personId: p.id }, orderBy: { createdAt: "desc" }, select });
      const offers = await ctx.tx.burenhulpOffer.findMany({ where: { personId: p.id }, orderBy: { createdAt: "desc" }, select });
      const helper = await ctx.tx.burenhulpHelper.findUnique({
        where: { tenantId_personId: { tenantId: ctx.tenant.id, personId: p.id } },
        select: { maxPerMonth: true },
      });
      return { requests, offers, maxPerMonth: helper?.maxPerMonth ?? null, askWhatTheyOffer: requests.length > 0 && offers.length === 0 };
    }),
});
