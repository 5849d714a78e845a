/**
 * Public capabilities: what a tenant may open to residents without an account, one switch each ("publiek zichtbaar").
 * Core declares its own here; a module declares its own in its manifest (`publicCapabilities`, keys "<id>.<name>").
 * A public procedure names the capability it needs (publicTenantProcedure) and runs only while the tenant has it on.
 */
import type { Localised } from "../i18n/locales";

export interface PublicCapabilityDef {
  /** "<scope>.<name>": "core.site", "burenhulp.requests". */
  key: string;
  label: Localised;
}

export const CORE_PUBLIC_CAPABILITIES = [
  {
    key: "core.site",
    label: {
      nl: "Publieke website: naam, voorstelling, buurten en privacyverklaring",
      fr: "Site public : nom, présentation, quartiers et déclaration de confidentialité",
      en: "Public website: name, introduction, neighbourhoods and privacy notice",
    },
  },
  {
    key: "core.contact",
    label: {
      nl: "Contactformulier naar het aanspreekpunt",
      fr: "Formulaire de contact vers le point de contact",
      en: "Contact form to the contact point",
    },
  },
] as const satisfies readonly PublicCapabilityDef[];

export type CorePublicCapability = (typeof CORE_PUBLIC_CAPABILITIES)[number]["key"];

export const CAPABILITY_KEY = /^[a-z][a-z0-9-]*\.[a-z][a-zA-Z0-9_]*$/;

export function isCoreCapability(key: string): key is CorePublicCapability {
  return CORE_PUBLIC_CAPABILITIES.some((c) => c.key === key);
}
