import type { PluginManifest } from "@zorgzaam/core/plugin";
import { z } from "zod";

/**
 * The Bevragingen module (neighbourhood surveys, round 4 of the buurtanalyse): a team builds a survey in nl/fr/en,
 * publishes a frozen version, and residents answer it on the public site, with a field worker at the door, or on
 * paper. Answers are anonymous unless the respondent consents to follow-up; results hide every cell under a
 * threshold so nobody can be recognised.
 */
export const manifest = {
  id: "bevragingen",
  name: { nl: "Bevragingen", fr: "Enquêtes", en: "Surveys" },
  description: {
    nl: "Buurtbevragingen in meerdere talen: online, aan de deur en op papier, met resultaten die niemand herkenbaar maken.",
    fr: "Enquêtes de quartier en plusieurs langues : en ligne, en porte-à-porte et sur papier, avec des résultats qui ne permettent de reconnaître personne.",
    en: "Neighbourhood surveys in several languages: online, door to door and on paper, with results that identify nobody.",
  },
  icon: "clipboard-list",
  dependsOn: [],
  permissions: [
    // See the surveys and their results (always with small groups hidden).
    { key: "bevragingen.surveys.view", defaultRoles: ["admin", "regie", "field_worker"] },
    // Build, publish and close surveys.
    { key: "bevragingen.surveys.manage", defaultRoles: ["admin", "regie"] },
    // Enter answers for a respondent (door to door, paper).
    { key: "bevragingen.responses.enter", defaultRoles: ["regie", "field_worker", "volunteer"] },
  ],
  settings: z.object({
    suppressionMin: z.number().int().min(1).max(50).default(5).describe("Kleinste groep die we in resultaten tonen"),
  }),
  navigation: [{ path: "", labelKey: "nav.surveys", permission: "bevragingen.surveys.view" }],
  publicCapabilities: [
    {
      key: "bevragingen.answer",
      label: {
        nl: "Bewoners beantwoorden open bevragingen op de publieke site",
        fr: "Les habitants répondent aux enquêtes ouvertes sur le site public",
        en: "Residents answer open surveys on the public site",
      },
    },
  ],
  consentPurposes: [
    {
      key: "bevragingen.follow_up",
      label: {
        nl: "Na een bevraging opnieuw gecontacteerd worden",
        fr: "Être recontacté·e après une enquête",
        en: "Being contacted again after a survey",
      },
    },
  ],
  auditEvents: {
    "bevragingen.survey.created": "audit.events.surveyCreated",
    "bevragingen.survey.updated": "audit.events.surveyUpdated",
    "bevragingen.survey.published": "audit.events.surveyPublished",
    "bevragingen.survey.closed": "audit.events.surveyClosed",
    "bevragingen.version.saved": "audit.events.versionSaved",
    "bevragingen.response.linked": "audit.events.responseLinked",
    "bevragingen.answer.reviewed": "audit.events.answerReviewed",
    "bevragingen.rejected.kept": "audit.events.rejectedKept",
    "bevragingen.rejected.resolved": "audit.events.rejectedResolved",
    "bevragingen.retention.anonymised": "audit.events.retentionAnonymised",
  },
  auditTargets: {
    BevragingenSurvey: "audit.targets.survey",
    BevragingenVersion: "audit.targets.version",
    BevragingenResponse: "audit.targets.response",
    BevragingenRejected: "audit.targets.rejected",
  },
} as const satisfies PluginManifest;

export type BevragingenSettings = z.infer<typeof manifest.settings>;

export const P = {
  view: "bevragingen.surveys.view",
  manage: "bevragingen.surveys.manage",
  enter: "bevragingen.responses.enter",
} as const;
