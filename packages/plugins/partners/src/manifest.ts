import type { PluginManifest } from "@zorgzaam/core/plugin";
import { z } from "zod";

/**
 * The Partners module (buurtkaart and netwerk): the actors in and around the neighbourhoods (organisations, shops,
 * schools, associations, key figures, places, missing places), how our organisation relates to them, the links between
 * them, a map, a network graph, a gaps page, periodic network evaluation rounds, and import/export.
 *
 * Who sees what: an actor belongs to an organisation and is either private to it or shared with the whole partnership.
 * Members see shared actors, actors without an organisation, and the private actors of their own organisation; nothing
 * else exists for them (NOT_FOUND). The personal details of key figures (a Person in core) need their own permission and
 * every read is audit-logged.
 */
export const manifest = {
  id: "partners",
  name: { nl: "Partners", fr: "Partenaires", en: "Partners" },
  description: {
    nl: "Wie en wat er in de buurt is en hoe we ons ertoe verhouden: de buurtkaart, het netwerk, witte vlekken en netwerkevaluaties.",
    fr: "Qui et quoi se trouve dans le quartier et quels liens nous avons : la carte, le réseau, les manques et les évaluations du réseau.",
    en: "Who and what is in the neighbourhood and how we relate to them: the map, the network, gaps and network reviews.",
  },
  icon: "map",
  dependsOn: [],
  consentPurposes: [
    {
      key: "partners.key_figure",
      label: {
        nl: "Als sleutelfiguur op de partnerkaart staan",
        fr: "Figurer comme personne-relais sur la carte des partenaires",
        en: "Being on the partner map as a key figure",
      },
    },
  ],
  permissions: [
    // See the map, the list, the network and the gaps (shared actors and those of one's own organisation).
    { key: "partners.actors.view", defaultRoles: ["admin", "regie", "field_worker", "partner"] },
    // Add and edit actors of one's own organisation, their relationship, links and who knows whom.
    { key: "partners.actors.manage", defaultRoles: ["regie", "field_worker"] },
    // Read the personal details (name, phone, e-mail, address) of key figures; every read is audit-logged.
    { key: "partners.keyfigures.view", defaultRoles: ["regie", "field_worker"], sensitive: true },
    // Start, lead and close network evaluation rounds.
    { key: "partners.evaluation.manage", defaultRoles: ["regie"] },
    // Take part in evaluation rounds (answer the guiding questions, add follow-up actions).
    { key: "partners.evaluation.participate", defaultRoles: ["regie", "field_worker"] },
    // Import actors (CSV, XLSX, HSDS) and export the network.
    { key: "partners.network.transfer", defaultRoles: ["admin", "regie"] },
    // Edit the tenant's list of sectors / life domains.
    { key: "partners.sectors.manage", defaultRoles: ["admin", "regie"] },
  ],
  settings: z.object({
    defaultVisibility: z
      .enum(["partnership", "organisation"])
      .default("partnership")
      .describe("Standaardzichtbaarheid van nieuwe actoren (partnerschap of eigen organisatie)"),
    dormantAfterMonths: z.number().int().min(1).max(60).default(12).describe("Een band telt als slapend na … maanden zonder wijziging"),
    geocode: z.boolean().default(true).describe("Adressen omzetten naar een punt op de kaart (als er een geocoder is ingesteld)"),
  }),
  navigation: [
    { path: "", labelKey: "nav.map", permission: "partners.actors.view" },
    { path: "network", labelKey: "nav.network", permission: "partners.actors.view" },
    { path: "gaps", labelKey: "nav.gaps", permission: "partners.actors.view" },
    { path: "evaluation", labelKey: "nav.evaluation", permission: "partners.evaluation.participate" },
    { path: "import", labelKey: "nav.import", permission: "partners.network.transfer" },
    { path: "sectors", labelKey: "nav.sectors", permission: "partners.sectors.manage" },
  ],
  // Audit events and their targets, with labels in the module's catalogs (messages/…/audit.json).
  auditEvents: {
    "partners.actor.created": "audit.events.actorCreated",
    "partners.actor.updated": "audit.events.actorUpdated",
    "partners.actor.status": "audit.events.actorStatus",
    "partners.actor.archived": "audit.events.actorArchived",
    "partners.actor.restored": "audit.events.actorRestored",
    "partners.keyfigure.read": "audit.events.keyFigureRead",
    "partners.link.created": "audit.events.linkCreated",
    "partners.link.removed": "audit.events.linkRemoved",
    "partners.network.exported": "audit.events.networkExported",
    "partners.acquaintance.created": "audit.events.acquaintanceCreated",
    "partners.acquaintance.removed": "audit.events.acquaintanceRemoved",
    "partners.sector.created": "audit.events.sectorCreated",
    "partners.sector.updated": "audit.events.sectorUpdated",

    "partners.import.uploaded": "audit.events.importUploaded",
    "partners.import.previewed": "audit.events.importPreviewed",
    "partners.import.decided": "audit.events.importDecided",
    "partners.import.started": "audit.events.importStarted",
    "partners.import.completed": "audit.events.importCompleted",
    "partners.import.rejectedDownloaded": "audit.events.importRejectedDownloaded",
    "partners.evaluation.started": "audit.events.evaluationStarted",
    "partners.evaluation.answered": "audit.events.evaluationAnswered",
    "partners.evaluation.network_answered": "audit.events.evaluationNetworkAnswered",
    "partners.evaluation.closed": "audit.events.evaluationClosed",
    "partners.evaluation.reopened": "audit.events.evaluationReopened",
    "partners.evaluation.actors_added": "audit.events.evaluationActorsAdded",
    "partners.evaluation.deleted": "audit.events.evaluationDeleted",
    "partners.evaluation.followup_created": "audit.events.followUpCreated",
    "partners.evaluation.followup_updated": "audit.events.followUpUpdated",
    "partners.evaluation.followup_deleted": "audit.events.followUpDeleted",
  },
  auditTargets: {
    PartnersActor: "audit.targets.actor",
    PartnersLink: "audit.targets.link",
    PartnersAcquaintance: "audit.targets.acquaintance",
    PartnersSector: "audit.targets.sector",
    PartnersImport: "audit.targets.import",
    PartnersEvaluationRound: "audit.targets.evaluationRound",
    PartnersEvaluationActor: "audit.targets.evaluationActor",
    PartnersFollowUp: "audit.targets.followUp",
  },
} as const satisfies PluginManifest;

export type PartnersSettings = z.infer<typeof manifest.settings>;

export const P = {
  view: "partners.actors.view",
  manage: "partners.actors.manage",
  keyFigures: "partners.keyfigures.view",
  evaluationManage: "partners.evaluation.manage",
  evaluate: "partners.evaluation.participate",
  transfer: "partners.network.transfer",
  sectors: "partners.sectors.manage",
} as const;
