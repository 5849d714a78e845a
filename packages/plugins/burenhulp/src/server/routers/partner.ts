import { receiveContactMessage, router, setContactMessageStatus, type Tx } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { partnerStatus, signalsIn } from "../../domain";
import { BURENHULP_LIMITS as L } from "../../limits";
import { manifest, P } from "../../manifest";
import { appError, zodMessage } from "../errors";
import { procedure } from "../procedures";
import { id } from "../schemas";
import { HELP_PURPOSE } from "./public";

const blankOr = <T extends z.ZodType>(s: T) => z.union([z.literal(""), s]).optional();

const sendInput = z.object({
  firstName: z.string().trim().min(1, zodMessage("burenhulp.public.nameRequired")).max(L.personName),
  lastName: z.string().trim().max(L.personName).default(""),
  email: blankOr(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: zodMessage("burenhulp.public.emailInvalid") })),
  ),
  phone: z.string().trim().max(L.phone).optional(),
  neighbourhoodId: blankOr(id),
  street: z.string().trim().max(L.street).optional(),
  kindId: blankOr(id),
  /** The resident's language: the contact point calls back in it. */
  locale: z.enum(["nl", "fr", "en"]),
  message: z.string().trim().min(1, zodMessage("burenhulp.partner.messageRequired")).max(L.referralMessage),
  /** The partner says it cannot wait (BH-3): the request shows as urgent. */
  urgent: z.boolean().default(false),
  /** The resident agreed to be contacted by the contact point (recorded as a Consent, "written" via the partner). */
  consent: z.boolean(),
});

/**
 * The request a referral made moves its message in the contact point's inbox on: received, in progress, done or
 * forwarded (to a professional service). Called after every change of a request's status.
 */
export async function syncContactMessage(tx: Tx, requestId: string): Promise<void> {
  const r = await tx.burenhulpRequest.findUnique({ where: { id: requestId }, select: { status: true, contactMessageId: true } });
  if (r?.contactMessageId) await setContactMessageStatus(tx, r.contactMessageId, partnerStatus(r.status));
}

/**
 * A partner professional's referral (BH-3): the resident, with her consent to be contacted, goes to the contact
 * point's inbox and becomes a request (channel "referral", to be triaged). Afterwards the partner sees only the
 * status of what she sent (`mine`), never the resident's details: `mine` selects no personal field, whatever the
 * partner's scope in the database.
 */
export const partnerRouter = router({
  form: procedure(P.refer).query(async ({ ctx }) => {
    const kinds = await ctx.tx.burenhulpKind.findMany({
      where: { active: true },
      orderBy: [{ position: "asc" }, { key: "asc" }],
      select: { id: true, key: true, label: true },
    });
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
    const purpose = manifest.consentPurposes.find((p) => p.key === HELP_PURPOSE)?.label[ctx.locale] ?? "";
    return { kinds, neighbourhoods, purpose };
  }),

  send: procedure(P.refer)
    .input(sendInput)
    .mutation(async ({ ctx, input }) => {
      if (!input.consent) throw appError("burenhulp.public.consentRequired");
      const email = input.email || null;
      const phone = input.phone || null;
      if (!email && !phone) throw appError("burenhulp.public.contactNeeded");
      const kind = input.kindId
        ? await ctx.tx.burenhulpKind.findFirst({ where: { id: input.kindId, active: true }, select: { id: true } })
        : await ctx.tx.burenhulpKind.findFirst({ where: { key: "other" }, select: { id: true } });
      if (!kind) throw appError("burenhulp.kind.notFound");
      let neighbourhoodId: string | null = null;
      if (input.neighbourhoodId) {
        const n = await ctx.tx.neighbourhood.findUnique({ where: { id: input.neighbourhoodId }, select: { id: true } });
        if (!n) throw appError("burenhulp.neighbourhood.notFound");
        neighbourhoodId = n.id;
      }
      const tenantId = ctx.tenant.id;
      const person = await ctx.tx.person.create({
        data: {
          tenantId,
          firstName: input.firstName,
          lastName: input.lastName,
          email,
          phone,
          neighbourhoodId,
          languages: [input.locale],
          createdById: ctx.session.userId,
        },
        select: { id: true },
      });
      await ctx.tx.consent.create({
        data: { tenantId, personId: person.id, purpose: HELP_PURPOSE, method: "written", givenAt: new Date() },
      });
      const message = await receiveContactMessage(ctx, {
        personId: person.id,
        neighbourhoodId,
        body: input.message,
        locale: input.locale,
        source: "referral",
      });
      const r = await ctx.tx.burenhulpRequest.create({
        data: {
          tenantId,
          personId: person.id,
          kindId: kind.id,
          channel: "referral",
          status: "intake",
          // The words only flag it for the person who triages; they never decide.
          signals: signalsIn(input.message),
          urgent: input.urgent,
          neighbourhoodId,
          street: input.street || null,
          languages: [input.locale],
          referrerOrganisationId: ctx.membership.organisationId,
          contactMessageId: message.id,
          createdById: ctx.session.userId,
        },
        select: { id: true },
      });
      await ctx.audit({ action: "burenhulp.referral.received", targetType: "BurenhulpRequest", targetId: r.id });
      return { reference: message.reference };
    }),

  /** What the partner sent, and only its status: no name, no contact, no words about the situation. */
  mine: procedure(P.refer).query(async ({ ctx }) => {
    const rows = await ctx.tx.burenhulpRequest.findMany({
      where: { channel: "referral", createdById: ctx.session.userId },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { id: true, status: true, createdAt: true, contactMessage: { select: { reference: true } } },
    });
    return rows.map((r) => ({
      id: r.id,
      reference: r.contactMessage?.reference ?? null,
      sentAt: r.createdAt,
      status: partnerStatus(r.status),
    }));
  }),
});
