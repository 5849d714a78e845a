/**
 * The tenant's public site (issue 11): what residents without an account read and send (public procedures, gated by
 * the tenant's public capabilities), and the settings staff keep for it.
 */
import { z } from "zod";
import { translate } from "../i18n/index";
import { type Locale, LOCALES } from "../i18n/locales";
import { LIMITS } from "../limits";
import { consentPurposes } from "../people/consent-purposes";
import { installedPlatform } from "../platform/installed";
import { isCoreCapability } from "../public/capabilities";
import { publicFormFields, publicFormGuard } from "../public/form-guard";
import { publicTenantProcedure } from "../public/procedure";
import { localisedText, STARTER_PRIVACY_NOTICE, textIn } from "../public/texts";
import { receiveContactMessage } from "../contact/inbox";
import { removeTenantLogo, replaceTenantLogo } from "../files/logo";
import { appError } from "../trpc/errors";
import { router } from "../trpc/init";
import { tenantProcedure } from "../trpc/tenant";
import { updateInput, updateMeta } from "../trpc/update-input";
import { zodMessage } from "../trpc/errors";
import { email, id } from "./schemas";

function readerLocale(wanted: Locale, enabled: readonly string[], fallback: string): Locale {
  return (enabled.includes(wanted) ? wanted : fallback) as Locale;
}

/** The public fields of the tenant (nothing else of the Tenant row reaches a public page). */
async function publicTenant(ctx: { tx: import("../db/client").Tx; tenant: { id: string } }) {
  return ctx.tx.tenant.findUniqueOrThrow({
    where: { id: ctx.tenant.id },
    select: {
      name: true,
      publicName: true,
      publicIntro: true,
      privacyNotice: true,
      contactPurpose: true,
      defaultLocale: true,
      enabledLocales: true,
      logoFileId: true,
    },
  });
}

/** The largest base64 text a logo upload can be (FILES_MAX_MB may be at most 100); storeFile checks the decoded size. */
const BASE64_MAX = Math.ceil((100 * 1024 * 1024 * 4) / 3) + 4;
const base64 = z
  .string()
  .max(BASE64_MAX)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

const contactInput = z.object({
  name: z.string().trim().min(1, zodMessage("schema.nameRequired")).max(LIMITS.personName),
  email: z.union([z.literal(""), email]).optional(),
  phone: z.string().trim().max(LIMITS.phone).optional(),
  neighbourhoodId: z.union([z.literal(""), id]).optional(),
  message: z.string().trim().min(1, zodMessage("schema.nameRequired")).max(LIMITS.contactMessage),
  consent: z.boolean(),
  ...publicFormFields,
});

export const publicSiteRouter = router({
  /** The public start page: the project's name and introduction, its neighbourhoods, what else is open to the public. */
  home: publicTenantProcedure("core.site").query(async ({ ctx }) => {
    const t = await publicTenant(ctx);
    const locale = readerLocale(ctx.locale, t.enabledLocales, t.defaultLocale);
    const fallback = t.defaultLocale as Locale;
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
    const modules = installedPlatform()
      .plugins.filter((p) => ctx.modules[p.manifest.id]?.enabled)
      .filter((p) => (p.manifest.publicCapabilities ?? []).some((c) => ctx.capabilities.includes(c.key)))
      .map((p) => ({ id: p.manifest.id, name: p.manifest.name[locale], description: p.manifest.description[locale] }));
    return {
      slug: ctx.tenant.slug,
      locale,
      locales: t.enabledLocales.filter((l): l is Locale => (LOCALES as readonly string[]).includes(l)),
      name: textIn(t.publicName, locale, fallback) || t.name,
      intro: textIn(t.publicIntro, locale, fallback),
      neighbourhoods,
      modules,
      /** The public switches that are on (the web app shows a module's public page only while its switch is on). */
      capabilities: [...ctx.capabilities],
      contact: ctx.capabilities.includes("core.contact"),
      /** Whether the project has a logo (served at /<slug>/logo). */
      logo: t.logoFileId !== null,
    };
  }),

  /** The privacy notice in the reader's language (the starter text until the tenant writes its own). */
  privacy: publicTenantProcedure("core.site").query(async ({ ctx }) => {
    const t = await publicTenant(ctx);
    const locale = readerLocale(ctx.locale, t.enabledLocales, t.defaultLocale);
    const name = textIn(t.publicName, locale, t.defaultLocale as Locale) || t.name;
    const own = textIn(t.privacyNotice, locale, t.defaultLocale as Locale);
    return { name, text: (own || STARTER_PRIVACY_NOTICE[locale]).replaceAll("{name}", name), starter: !own };
  }),

  /**
   * The hidden state of a public form shown now (every public form's, core's and the modules'): its signed start time
   * and, while this address or the tenant nears its limits, a proof-of-work challenge and the slow lane's wait.
   */
  formGuard: publicTenantProcedure("core.site").query(({ ctx }) => publicFormGuard(ctx.tenant.slug, ctx.tenant.id, ctx.ip)),

  /** What the contact form shows: the purpose the resident agrees to, the neighbourhoods to choose from. */
  contactForm: publicTenantProcedure("core.contact").query(async ({ ctx }) => {
    const t = await publicTenant(ctx);
    const locale = readerLocale(ctx.locale, t.enabledLocales, t.defaultLocale);
    const purposes = await consentPurposes(ctx.tx);
    const purpose = purposes.find((p) => p.key === t.contactPurpose) ?? purposes.find((p) => p.key === "contact");
    const neighbourhoods = await ctx.tx.neighbourhood.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
    return {
      name: textIn(t.publicName, locale, t.defaultLocale as Locale) || t.name,
      purpose: purpose ? purpose.label[locale] : "",
      neighbourhoods,
    };
  }),

  /**
   * A message from the public contact form: a new Person (never matched to an existing one: staff may merge later),
   * the Consent the resident gave (online, the tenant's contact purpose), and a new message in the contact point's
   * inbox. The members of the contact point hear of it (digest job); the resident gets the reference code (and a
   * receipt by mail when an address was given).
   */
  sendContact: publicTenantProcedure("core.contact")
    .input(contactInput)
    .mutation(async ({ ctx, input }) => {
      if (!input.consent) throw appError("public.consentRequired");
      const mail = input.email || null;
      const phone = input.phone || null;
      if (!mail && !phone) throw appError("public.contactNeeded");
      const t = await publicTenant(ctx);
      const locale = readerLocale(ctx.locale, t.enabledLocales, t.defaultLocale);
      let neighbourhoodId: string | null = null;
      if (input.neighbourhoodId) {
        const n = await ctx.tx.neighbourhood.findUnique({ where: { id: input.neighbourhoodId }, select: { id: true } });
        if (!n) throw appError("neighbourhood.notFound");
        neighbourhoodId = n.id;
      }
      const person = await ctx.tx.person.create({
        data: { tenantId: ctx.tenant.id, firstName: input.name, email: mail, phone, neighbourhoodId, languages: [locale] },
        select: { id: true },
      });
      await ctx.tx.consent.create({
        data: { tenantId: ctx.tenant.id, personId: person.id, purpose: t.contactPurpose, method: "online", givenAt: new Date() },
      });
      const { reference } = await receiveContactMessage(ctx, {
        personId: person.id,
        neighbourhoodId,
        body: input.message,
        locale,
        source: "contact_form",
      });
      // Her receipt: the message's code on her person (staff find her by it), by mail too with an address.
      await ctx.receipt({
        personId: person.id,
        email: mail,
        about: translate(locale, "publicReceipt.aboutContact"),
        reference,
        quote: input.message,
      });
      return { reference };
    }),

  /** The public site's settings, for the settings page. */
  settings: tenantProcedure("core.tenant.view").query(async ({ ctx }) => {
    const t = await ctx.tx.tenant.findUniqueOrThrow({
      where: { id: ctx.tenant.id },
      select: {
        name: true,
        publicName: true,
        publicIntro: true,
        privacyNotice: true,
        publicCapabilities: true,
        contactPurpose: true,
        logoFileId: true,
      },
    });
    const platform = installedPlatform();
    return {
      slug: ctx.tenant.slug,
      publicName: t.publicName as Partial<Record<Locale, string>>,
      publicIntro: t.publicIntro as Partial<Record<Locale, string>>,
      privacyNotice: t.privacyNotice as Partial<Record<Locale, string>>,
      starterPrivacyNotice: STARTER_PRIVACY_NOTICE,
      contactPurpose: t.contactPurpose,
      logo: t.logoFileId !== null,
      capabilities: platform.publicCapabilities.map((c) => ({ ...c, enabled: t.publicCapabilities.includes(c.key) })),
    };
  }),

  /** Core's public switches and texts (a module's switches are on the Modules page: setModuleCapability). */
  updateSettings: tenantProcedure("core.tenant.manage")
    .meta(updateMeta({ model: "Tenant", row: "tenant", derived: { site: ["publicCapabilities"], contact: ["publicCapabilities"] } }))
    .input(
      updateInput(
        {
          publicName: localisedText(LIMITS.publicName),
          publicIntro: localisedText(LIMITS.publicIntro),
          privacyNotice: localisedText(LIMITS.privacyNotice),
          contactPurpose: z.string().trim().min(1).max(LIMITS.consentPurpose),
          site: z.boolean(),
          contact: z.boolean(),
        },
        {},
      ),
    )
    .mutation(async ({ ctx, input }) => {
      if (input.contactPurpose !== undefined) {
        const purposes = await consentPurposes(ctx.tx);
        if (!purposes.some((p) => p.key === input.contactPurpose && p.active)) throw appError("consent.purposeNotInList");
      }
      const t = await ctx.tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenant.id }, select: { publicCapabilities: true } });
      const caps = new Set(t.publicCapabilities);
      for (const [key, on] of [
        ["core.site", input.site],
        ["core.contact", input.contact],
      ] as const) {
        if (on === true) caps.add(key);
        if (on === false) caps.delete(key);
      }
      await ctx.tx.tenant.update({
        where: { id: ctx.tenant.id },
        data: {
          publicName: input.publicName,
          publicIntro: input.publicIntro,
          privacyNotice: input.privacyNotice,
          contactPurpose: input.contactPurpose,
          publicCapabilities: [...caps].sort(),
        },
      });
      await ctx.audit({
        action: "tenant.settings_updated",
        targetType: "Tenant",
        targetId: ctx.tenant.id,
        data: { fields: Object.keys(input) },
      });
      return { ok: true };
    }),

  /** The project's logo on the public site: a new one replaces (and deletes) the old one. */
  setLogo: tenantProcedure("core.tenant.manage")
    .input(z.object({ name: z.string().trim().min(1).max(LIMITS.fileName), data: base64 }))
    .mutation(async ({ ctx, input }) => {
      const f = await replaceTenantLogo(ctx.tx, {
        tenantId: ctx.tenant.id,
        bytes: Buffer.from(input.data, "base64"),
        name: input.name,
        uploadedById: ctx.session.userId,
      });
      await ctx.audit({ action: "tenant.logo_set", targetType: "Tenant", targetId: ctx.tenant.id, data: { fileId: f.id } });
      return { ok: true };
    }),

  /** Removes the project's logo (the public site shows the name's initials again). */
  removeLogo: tenantProcedure("core.tenant.manage").mutation(async ({ ctx }) => {
    if (await removeTenantLogo(ctx.tx, ctx.tenant.id))
      await ctx.audit({ action: "tenant.logo_removed", targetType: "Tenant", targetId: ctx.tenant.id });
    return { ok: true };
  }),

  /** A module's public switch ("publiek zichtbaar" on the Modules page). */
  setModuleCapability: tenantProcedure("core.modules.manage")
    .input(z.object({ key: z.string().max(120), enabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const def = installedPlatform().publicCapabilities.find((c) => c.key === input.key);
      if (!def || isCoreCapability(def.key)) throw appError("public.unknownCapability");
      const t = await ctx.tx.tenant.findUniqueOrThrow({ where: { id: ctx.tenant.id }, select: { publicCapabilities: true } });
      const caps = new Set(t.publicCapabilities);
      if (input.enabled) caps.add(def.key);
      else caps.delete(def.key);
      await ctx.tx.tenant.update({ where: { id: ctx.tenant.id }, data: { publicCapabilities: [...caps].sort() } });
      await ctx.audit({
        action: "module.public_changed",
        targetType: "Module",
        targetId: def.module,
        data: { key: def.key, enabled: input.enabled },
      });
      return { ok: true };
    }),
});
