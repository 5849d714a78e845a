import type { PluginManifest } from "@zorgzaam/core/plugin";
import { z } from "zod";

/**
 * The Buurtanalyse module: a repeatable analysis of a neighbourhood (or a set) by a team, in sections that can be
 * done in any order: preparation, boundary, four rounds, interim conclusions, SWOT and action plan, evaluation and
 * the report. A field worker sees the analyses of her own neighbourhoods.
 */
export const manifest = {
  id: "buurtanalyse",
  name: { nl: "Buurtanalyse", fr: "Analyse de quartier", en: "Neighbourhood analysis" },
  description: {
    nl: "Samen een buurt leren kennen: voorbereiding, hypotheses en cijfers, SWOT, een actieplan en een verslag.",
    fr: "Apprendre à connaître un quartier ensemble : préparation, hypothèses et chiffres, AFOM, plan d'action et rapport.",
    en: "Get to know a neighbourhood together: preparation, hypotheses and figures, SWOT, an action plan and a report.",
  },
  icon: "search",
  dependsOn: [],
  permissions: [
    // See analyses (a member with neighbourhoods: those of her neighbourhoods) and their report.
    { key: "buurtanalyse.analyses.view", defaultRoles: ["admin", "regie", "field_worker"] },
    // Write in an analysis she sees: sections, hypotheses, indicators, SWOT, actions.
    { key: "buurtanalyse.analyses.edit", defaultRoles: ["regie", "field_worker"] },
    // Start, rename and delete analyses; choose their neighbourhoods and team.
    { key: "buurtanalyse.analyses.manage", defaultRoles: ["admin", "regie"] },
    // Read the working notes of the sections (they may name people).
    { key: "buurtanalyse.notes.view", defaultRoles: ["regie", "field_worker"] },
  ],
  settings: z.object({
    notesRetentionMonths: z
      .number()
      .int()
      .min(1)
      .max(120)
      .default(24)
      .describe("Maanden na het einde van een analyse dat de werknotities bewaard blijven"),
  }),
  navigation: [{ path: "", labelKey: "nav.analyses", permission: "buurtanalyse.analyses.view" }],
  publicCapabilities: [
    {
      key: "buurtanalyse.summaries",
      label: {
        nl: "Gepubliceerde samenvattingen voor bewoners (wat we hoorden en wat we doen) op de publieke site",
        fr: "Résumés publiés pour les habitants (ce que nous avons entendu et ce que nous faisons) sur le site public",
        en: "Published summaries for residents (what we heard and what we do) on the public site",
      },
    },
  ],
  auditEvents: {
    "buurtanalyse.analysis.created": "audit.events.analysisCreated",
    "buurtanalyse.analysis.updated": "audit.events.analysisUpdated",
    "buurtanalyse.analysis.deleted": "audit.events.analysisDeleted",
    "buurtanalyse.section.saved": "audit.events.sectionSaved",
    "buurtanalyse.section.notes_read": "audit.events.notesRead",
    "buurtanalyse.indicators.imported": "audit.events.indicatorsImported",
    "buurtanalyse.notes.expired": "audit.events.notesExpired",
    "buurtanalyse.map.changed": "audit.events.mapChanged",
    "buurtanalyse.list.saved": "audit.events.listSaved",
    "buurtanalyse.list.reset": "audit.events.listReset",
    "buurtanalyse.drawing.changed": "audit.events.drawingChanged",
    "buurtanalyse.boundary.confirmed": "audit.events.boundaryConfirmed",
    "buurtanalyse.field.changed": "audit.events.fieldChanged",
    "buurtanalyse.field.consent": "audit.events.fieldConsent",
    "buurtanalyse.summary.saved": "audit.events.summarySaved",
    "buurtanalyse.summary.published": "audit.events.summaryPublished",
    "buurtanalyse.summary.unpublished": "audit.events.summaryUnpublished",
  },
  auditTargets: {
    BuurtanalyseAnalysis: "audit.targets.analysis",
    BuurtanalyseSection: "audit.targets.section",
    BuurtanalyseMapItem: "audit.targets.mapItem",
    BuurtanalyseList: "audit.targets.list",
    BuurtanalyseLead: "audit.targets.lead",
    BuurtanalyseDrawing: "audit.targets.drawing",
    BuurtanalyseObservation: "audit.targets.observation",
    BuurtanalyseConversation: "audit.targets.conversation",
    BuurtanalyseQuote: "audit.targets.quote",
  },
} as const satisfies PluginManifest;

export type BuurtanalyseSettings = z.infer<typeof manifest.settings>;

export const P = {
  view: "buurtanalyse.analyses.view",
  edit: "buurtanalyse.analyses.edit",
  manage: "buurtanalyse.analyses.manage",
  notes: "buurtanalyse.notes.view",
} as const;
