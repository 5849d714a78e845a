import type { PluginManifest } from "@zorgzaam/core/plugin";
import { z } from "zod";

/**
 * The Burenhulp module ("het kleine helpen"): neighbours ask and offer small help on the same Person, a worker matches
 * them (the system proposes helpers with a reason, a person confirms), and heavy requests go to a professional service
 * with a closed loop. No titles, no obligations, minimal data.
 *
 * Who sees what: requests, offers and limits are seen by those who see the person (core's neighbourhood scope in the
 * database); the notes on them need their own permission and every read is audit-logged.
 */
export const manifest = {
  id: "burenhulp",
  name: { nl: "Burenhulp", fr: "Entraide entre voisins", en: "Neighbour help" },
  description: {
    nl: "Het kleine helpen: vragen en aanbod van buren, samen gematcht, en zware vragen doorverwezen naar een dienst.",
    fr: "Les petits coups de main : demandes et offres entre voisins, mises en lien, et les demandes lourdes orientées vers un service.",
    en: "Small help: neighbours' requests and offers, matched together, and heavy requests referred to a service.",
  },
  icon: "hand-heart",
  dependsOn: [],
  consentPurposes: [
    {
      key: "burenhulp.help",
      label: {
        nl: "Gecontacteerd worden over burenhulp (een vraag of een aanbod)",
        fr: "Être contacté au sujet de l'entraide (une demande ou une offre)",
        en: "Being contacted about neighbour help (a request or an offer)",
      },
    },
  ],
  publicCapabilities: [
    {
      key: "burenhulp.ask",
      label: {
        nl: "Het formulier om hulp te vragen of aan te bieden",
        fr: "Le formulaire pour demander ou offrir de l'aide",
        en: "The form to ask for or offer help",
      },
    },
    {
      key: "burenhulp.followup",
      label: {
        nl: "De vraag achteraf: is de hulp gebeurd? (een link in een e-mail)",
        fr: "La question après coup : l'aide a-t-elle eu lieu ? (un lien dans un e-mail)",
        en: "The follow-up question: did the help happen? (a link in an e-mail)",
      },
    },
  ],
  permissions: [
    // See requests, offers, matches and helpers' load (of the people one sees).
    { key: "burenhulp.requests.view", defaultRoles: ["regie", "field_worker"] },
    // Take in requests and offers, triage, match, refer.
    { key: "burenhulp.requests.manage", defaultRoles: ["regie", "field_worker"] },
    // Read and write the notes on requests and offers (health, money, family); every read is audit-logged.
    { key: "burenhulp.notes.view", defaultRoles: ["regie", "field_worker"], sensitive: true },
    // A partner professional refers a resident to the contact point and sees only the referral's status (BH-3).
    { key: "burenhulp.referrals.send", defaultRoles: ["partner"] },
    // Anyone with an account may help a neighbour: her own offers, matches and follow-ups (by her e-mail address).
    { key: "burenhulp.own.help", defaultRoles: ["admin", "regie", "field_worker", "partner", "volunteer"] },
    // The way of working per neighbourhood: matching, or facilitation only (BH-10).
    { key: "burenhulp.modes.manage", defaultRoles: ["admin", "regie"] },
    // Edit the tenant's list of kinds of help.
    { key: "burenhulp.kinds.manage", defaultRoles: ["admin", "regie"] },
  ],
  settings: z.object({
    mode: z.enum(["matching", "facilitation"]).default("matching").describe("Matching door een medewerker of enkel faciliteren"),
    radiusM: z.number().int().min(100).max(20_000).default(1_000).describe("Hoe ver een helper mag wonen (meter)"),
    defaultMaxPerMonth: z.number().int().min(1).max(31).default(2).describe("Standaardgrens van een helper per maand"),
    retentionMonths: z.number().int().min(1).max(120).default(12).describe("Afgesloten vragen anoniem maken na … maanden"),
    peerMode: z.boolean().default(false).describe("Buren zien zelf open vragen in de buurt (zonder tussenpersoon)"),
    referralStallDays: z
      .number()
      .int()
      .min(3)
      .max(90)
      .default(14)
      .describe("Herinner het aanspreekpunt als een doorverwijzing zo veel dagen niet vooruitgaat"),
  }),
  navigation: [
    { path: "", labelKey: "nav.requests", permission: "burenhulp.requests.view" },
    { path: "offers", labelKey: "nav.offers", permission: "burenhulp.requests.view" },
    { path: "helpers", labelKey: "nav.helpers", permission: "burenhulp.requests.view" },
    { path: "log", labelKey: "nav.log", permission: "burenhulp.requests.view" },
    { path: "figures", labelKey: "nav.figures", permission: "burenhulp.requests.view" },
    { path: "printables", labelKey: "nav.printables", permission: "burenhulp.requests.manage" },
    { path: "kinds", labelKey: "nav.kinds", permission: "burenhulp.kinds.manage" },
    { path: "refer", labelKey: "nav.refer", permission: "burenhulp.referrals.send" },
    { path: "mine", labelKey: "nav.mine", permission: "burenhulp.own.help" },
  ],
  auditEvents: {
    "burenhulp.request.created": "audit.events.requestCreated",
    "burenhulp.request.updated": "audit.events.requestUpdated",
    "burenhulp.request.notes_read": "audit.events.notesRead",
    "burenhulp.request.read": "audit.events.requestRead",
    "burenhulp.offer.created": "audit.events.offerCreated",
    "burenhulp.offer.updated": "audit.events.offerUpdated",
    "burenhulp.offer.notes_read": "audit.events.offerNotesRead",
    "burenhulp.helper.limit": "audit.events.helperLimit",
    "burenhulp.helper.too_much": "audit.events.helperTooMuch",
    "burenhulp.match.created": "audit.events.matchCreated",
    "burenhulp.match.status": "audit.events.matchStatus",
    "burenhulp.referral.created": "audit.events.referralCreated",
    "burenhulp.referral.received": "audit.events.referralReceived",
    "burenhulp.referral.updated": "audit.events.referralUpdated",
    "burenhulp.referral.reminded": "audit.events.referralReminded",
    "burenhulp.followup.answered": "audit.events.followUpAnswered",
    "burenhulp.kind.created": "audit.events.kindCreated",
    "burenhulp.kind.updated": "audit.events.kindUpdated",
    "burenhulp.retention.anonymised": "audit.events.retentionAnonymised",
    "burenhulp.printable.requested": "audit.events.printableRequested",
    "burenhulp.printable.downloaded": "audit.events.printableDownloaded",
    "burenhulp.story.created": "audit.events.storyCreated",
    "burenhulp.story.removed": "audit.events.storyRemoved",
    "burenhulp.story.notes_read": "audit.events.storyRead",
    "burenhulp.area.mode": "audit.events.areaMode",
  },
  auditTargets: {
    BurenhulpRequest: "audit.targets.request",
    BurenhulpOffer: "audit.targets.offer",
    BurenhulpHelper: "audit.targets.helper",
    BurenhulpMatch: "audit.targets.match",
    BurenhulpReferral: "audit.targets.referral",
    BurenhulpKind: "audit.targets.kind",
    BurenhulpFollowUp: "audit.targets.followUp",
    BurenhulpPrintable: "audit.targets.printable",
    BurenhulpStory: "audit.targets.story",
  },
} as const satisfies PluginManifest;

export type BurenhulpSettings = z.infer<typeof manifest.settings>;

export const P = {
  view: "burenhulp.requests.view",
  manage: "burenhulp.requests.manage",
  notes: "burenhulp.notes.view",
  kinds: "burenhulp.kinds.manage",
  modes: "burenhulp.modes.manage",
  refer: "burenhulp.referrals.send",
  own: "burenhulp.own.help",
} as const;
