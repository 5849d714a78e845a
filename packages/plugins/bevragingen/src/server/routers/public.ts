import { publicFormFields, router } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { BEVRAGINGEN_LIMITS as L } from "../../limits";
import { manifest } from "../../manifest";
import { asContent, asTexts } from "../access";
import { appError, orThrow, zodMessage } from "../errors";
import { publicProcedure } from "../procedures";
import { id, submission } from "../schemas";
import { translator } from "../i18n";
import { submitResponse } from "../submit";

export const ANSWER = "bevragingen.answer";
export const FOLLOW_UP = "bevragingen.follow_up";

const blankOr = <T extends z.ZodType>(s: T) => z.union([z.literal(""), s]).optional();

const publicSubmission = submission.extend({
  /** Only when the resident asks to be contacted again: her name and an e-mail address or a phone number. */
  followUp: z.boolean().default(false),
  name: z.string().trim().max(L.personName).optional(),
  email: blankOr(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ message: zodMessage("bevragingen.public.emailInvalid") })),
  ),
  phone: z.string().trim().max(L.phone).optional(),
  ...publicFormFields,
});

/**
 * What residents without an account may do (only while the tenant switched "bevragingen.answer" on): see the open
 * surveys, one open survey's published questions, and send answers (a public form: signed start time, honeypot,
 * limits). Public answers are anonymous (no person, no worker, channel "public"), unless the resident asks to be
 * contacted again and gives her name and contact: then a new Person with an online Consent for "bevragingen.follow_up"
 * (never matched to an existing one). Answers to questions whose condition is not met are ignored (the form shows every
 * question, with "only if ..." hints, because it works without JavaScript).
 */
export const publicRouter = router({
  open: publicProcedure(ANSWER).query(async ({ ctx }) => {
    const surveys = await ctx.tx.bevragingenSurvey.findMany({
      where: { status: "open", publishedVersionId: { not: null } },
      orderBy: { createdAt: "desc" },
      select: { id: true, title: true, languages: true },
    });
    return surveys.map((s) => ({ id: s.id, title: asTexts(s.title), languages: s.languages }));
  }),

  survey: publicProcedure(ANSWER)
    .input(z.object({ id }))
    .query(async ({ ctx, input }) => {
      const s = orThrow(
        await ctx.tx.bevragingenSurvey.findFirst({
          where: { id: input.id, status: "open" },
          select: { id: true, title: true, languages: true, publishedVersion: { select: { id: true, content: true } } },
        }),
        "bevragingen.survey.notFound",
      );
      const version = orThrow(s.publishedVersion, "bevragingen.survey.notFound");
      const neighbourhoods = await ctx.tx.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
      const purpose = manifest.consentPurposes.find((p) => p.key === FOLLOW_UP)?.label[ctx.locale] ?? "";
      return {
        id: s.id,
        title: asTexts(s.title),
        languages: s.languages,
        versionId: version.id,
        content: asContent(version.content),
        neighbourhoods,
        purpose,
      };
    }),

  submit: publicProcedure(ANSWER)
    .input(publicSubmission)
    .mutation(async ({ ctx, input }) => {
      const { formToken: _t, website: _w, followUp, name, email, phone, ...rest } = input;
      let personId: string | null = null;
      if (followUp) {
        if (!name) throw appError("bevragingen.public.nameRequired");
        if (!email && !phone) throw appError("bevragingen.public.contactNeeded");
      }
      const r = await submitResponse(ctx.tx, ctx.tenant.id, rest, {
        channel: "public",
        enteredById: null,
        personId: null,
        dropHidden: true,
        storeUpload: ctx.storeUpload,
        beforeCreate: async () => {
          if (!followUp || !name) return;
          const tenantId = ctx.tenant.id;
          const person = await ctx.tx.person.create({
            data: {
              tenantId,
              firstName: name,
              email: email || null,
              phone: phone || null,
              neighbourhoodId: rest.neighbourhoodId,
              languages: [rest.language],
            },
            select: { id: true },
          });
          await ctx.tx.consent.create({
            data: { tenantId, personId: person.id, purpose: FOLLOW_UP, method: "online", givenAt: new Date() },
          });
          personId = person.id;
          return person.id;
        },
      });
      let reference: string | null = null;
      if (personId && !r.duplicate) {
        await ctx.audit({ action: "bevragingen.response.linked", targetType: "BevragingenResponse", targetId: r.id });
        // She asked to be contacted: her receipt, a reference code (on her person), by mail too with an address.
        const survey = await ctx.tx.bevragingenSurvey.findUnique({ where: { id: rest.surveyId }, select: { title: true } });
        const titles = asTexts(survey?.title ?? {}) as Partial<Record<string, string>>;
        const title = titles[ctx.locale] || titles[rest.language] || Object.values(titles).find(Boolean) || "";
        ({ reference } = await ctx.receipt({
          personId,
          email: email || null,
          about: translator(ctx.locale)("public.receiptAbout", { title }),
        }));
      }
      return { received: true, duplicate: r.duplicate, reference };
    }),
});
