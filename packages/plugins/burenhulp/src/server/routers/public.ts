import { publicFormFields, publicUpload, router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { WHEN_KINDS } from "../../domain";
import { BURENHULP_LIMITS as L } from "../../limits";
import { manifest } from "../../manifest";
import { appError, zodMessage } from "../errors";
import { followUpFromToken, recordFollowUp } from "../follow-up";
import { translator } from "../i18n";
import { answerFields, FOLLOW_UP_CAPABILITY } from "./follow-ups";
import { publicProcedure } from "../procedures";
import { id } from "../schemas";

/** The consent a resident gives on the public form (declared in the manifest). */
export const HELP_PURPOSE = "burenhulp.help";
const CAPABILITY = "burenhulp.ask";

const blankOr = <T extends z.ZodType>(s: T) => z.union([z.literal(""), s]).optional();

const sendInput = z.object({
  side: z.enum(["ask", "offer"]),
  name: z.string().trim().min(1, zodMessage("burenhulp.public.nameRequired")).max(L.personName),
  email: blankOr(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: zodMessage("burenhulp.public.emailInvalid") })),
  ),
  phone: z.string().trim().max(L.phone).optional(),
  kindId: id,
  whenKind: z.enum(WHEN_KINDS).default("once"),
  whenNote: z.string().trim().max(L.whenNote).optional(),
  neighbourhoodId: blankOr(id),
  street: z.string().trim().max(L.street).optional(),
  consent: z.boolean(),
  /** A photo of the situation (with a request only): stored in quarantine until staff accept it. */
  photo: publicUpload.optional(),
  ...publicFormFields,
});

/**
 * The public ask/offer form (BH-2a, no account): what it shows (the tenant's active kinds of help, its neighbourhoods)
 * and what it sends. A message makes a new Person (never matched to an existing one: staff may merge later) with an
 * online Consent for "burenhulp.help", and a request or an offer in the "intake" state for a worker to review. Nothing
 * free-form about the situation is asked: notes are for the conversation that follows. A request may carry a photo
 * (a broken step, a leaking roof): it waits in quarantine until staff accept it, and nobody sees it before.
 */
export const publicRouter = router({
  form: publicProcedure(CAPABILITY).query(async ({ ctx }) => {
    const kinds = await ctx.tx.burenhulpKind.findMany({
      where: { active: true },
      orderBy: [{ position: "asc" }, { key: "asc" }],
      select: { id: true, key: true, label: true },
    });
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
    const purpose = manifest.consentPurposes.find((p) => p.key === HELP_PURPOSE)?.label[ctx.locale] ?? "";
    return { kinds, neighbourhoods, purpose };
  }),

  send: publicProcedure(CAPABILITY)
    .input(sendInput)
    .mutation(async ({ ctx, input }) => {
      if (!input.consent) throw appError("burenhulp.public.consentRequired");
      const email = input.email || null;
      const phone = input.phone || null;
      if (!email && !phone) throw appError("burenhulp.public.contactNeeded");
      const kind = await ctx.tx.burenhulpKind.findFirst({
        where: { id: input.kindId, active: true },
        select: { id: true, key: true, label: true },
      });
      if (!kind) throw appError("burenhulp.kind.notFound");
      let neighbourhoodId: string | null = null;
      if (input.neighbourhoodId) {
        const n = await ctx.tx.neighbourhood.findUnique({ where: { id: input.neighbourhoodId }, select: { id: true } });
        if (!n) throw appError("burenhulp.neighbourhood.notFound");
        neighbourhoodId = n.id;
      }
      const tenantId = ctx.tenant.id;
      const person = await ctx.tx.person.create({
        data: { tenantId, firstName: input.name, email, phone, neighbourhoodId, languages: [ctx.locale] },
        select: { id: true },
      });
      await ctx.tx.consent.create({
        data: { tenantId, personId: person.id, purpose: HELP_PURPOSE, method: "online", givenAt: new Date() },
      });
      const where = { neighbourhoodId, street: input.street || null, whenNote: input.whenNote || null, languages: [ctx.locale] };
      if (input.side === "ask") {
        const photo = input.photo ? await ctx.storeUpload(input.photo, { personId: person.id, field: "photo" }) : null;
        const r = await ctx.tx.burenhulpRequest.create({
          data: {
            tenantId,
            personId: person.id,
            kindId: kind.id,
            channel: "public_form",
            status: "intake",
            whenKind: input.whenKind,
            photoFileId: photo?.id ?? null,
            ...where,
          },
          select: { id: true },
        });
        await ctx.audit({ action: "burenhulp.request.created", targetType: "BurenhulpRequest", targetId: r.id });
      } else {
        const o = await ctx.tx.burenhulpOffer.create({
          data: { tenantId, personId: person.id, kindId: kind.id, status: "intake", ...where },
          select: { id: true },
        });
        await ctx.audit({ action: "burenhulp.offer.created", targetType: "BurenhulpOffer", targetId: o.id });
      }
      // The resident's receipt: a reference code (on her person), by mail too when she gave an address.
      const t = translator(ctx.locale);
      const own = (kind.label ?? {}) as Partial<Record<string, string>>;
      const kindName = own[ctx.locale] || own.nl || own.fr || own.en || t(`kinds.${kind.key}`);
      const { reference } = await ctx.receipt({
        personId: person.id,
        email,
        about: t(input.side === "ask" ? "public.receiptAsk" : "public.receiptOffer", { kind: kindName }),
      });
      return { side: input.side, reference };
    }),

  /** The follow-up a mailed link names (BH-6): what it was about and whether it was answered; nothing personal; null for a bad link. */
  followUp: publicProcedure(FOLLOW_UP_CAPABILITY)
    .input(z.object({ token: z.string().max(2_000).default("") }))
    .query(async ({ ctx, input }) => {
      const fid = followUpFromToken(input.token, ctx.tenant.id);
      const f = fid
        ? await ctx.tx.burenhulpFollowUp.findUnique({
            where: { id: fid },
            select: {
              side: true,
              answeredAt: true,
              match: { select: { request: { select: { kind: { select: { key: true, label: true } } } } } },
            },
          })
        : null;
      // A link that does not work (changed, expired, another tenant's): nothing, and the page says so.
      if (!f) return null;
      return { side: f.side, answered: f.answeredAt !== null, kind: f.match.request.kind };
    }),

  /** The one-tap answer by the link: did it happen, how did it go, anything heavier noticed. */
  answerFollowUp: publicProcedure(FOLLOW_UP_CAPABILITY)
    .input(z.object({ token: z.string().max(2_000), ...answerFields, ...publicFormFields }))
    .mutation(async ({ ctx, input }) => {
      const fid = followUpFromToken(input.token, ctx.tenant.id);
      const done = fid
        ? await recordFollowUp(ctx.tx, fid, { happened: input.happened, went: input.went, heavier: input.heavier }, "link")
        : null;
      if (!fid || !done) throw appError("burenhulp.followUp.linkInvalid");
      await ctx.audit({ action: "burenhulp.followup.answered", targetType: "BurenhulpFollowUp", targetId: fid, data: { via: "link" } });
      return { ok: true };
    }),
});
