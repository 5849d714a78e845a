import type { PluginManifest } from "@zorgzaam/core/plugin";
import { z } from "zod";

/**
 * The Reflectie module: a question fan (vragenwaaier) per theme, reflection sessions with answers, insights and action
 * points, a rhythm with reminders, and session reports (screen and PDF).
 *
 * Who sees what: regie manages the question sets, the rhythms and every session; every other member (volunteers
 * included) sees and works in the sessions they are invited to, and nothing else (checked per session in the
 * procedures, on top of the permission).
 */
export const manifest = {
  id: "reflectie",
  name: { nl: "Reflectie", fr: "Réflexion", en: "Reflection" },
  description: {
    nl: "Samen stilstaan bij het werk: de vragenwaaier, reflectiesessies op een vast ritme, actiepunten en verslagen.",
    fr: "Prendre le temps de réfléchir ensemble : l'éventail de questions, des séances à un rythme régulier, des actions et des rapports.",
    en: "Stop and think together: the question fan, reflection sessions on a rhythm, action points and reports.",
  },
  icon: "messages-square",
  dependsOn: [],
  permissions: [
    // Take part in the sessions one is invited to: see them, answer, add action points, read their reports.
    { key: "reflectie.sessions.participate", defaultRoles: ["admin", "regie", "field_worker", "partner", "volunteer"] },
    // Plan sessions, invite people, and see and work in every session of the tenant.
    { key: "reflectie.sessions.manage", defaultRoles: ["regie"] },
    // Edit, hide and add themes and questions (the tenant's copy of the starter set).
    { key: "reflectie.sets.manage", defaultRoles: ["admin", "regie"] },
    // Set reflection rhythms and who is reminded.
    { key: "reflectie.rhythms.manage", defaultRoles: ["regie"] },
  ],
  settings: z.object({
    defaultRhythmWeeks: z.number().int().min(1).max(52).default(6).describe("Standaardritme (weken tussen twee sessies)"),
    reminderDaysBefore: z.number().int().min(0).max(30).default(3).describe("Herinnering sturen … dagen voor de sessie"),
    sendDigest: z.boolean().default(true).describe("Overzicht van open actiepunten meesturen met de herinnering"),
  }),
  navigation: [
    { path: "", labelKey: "nav.home", permission: "reflectie.sessions.participate" },
    { path: "actions", labelKey: "nav.actions", permission: "reflectie.sessions.participate" },
    { path: "questions", labelKey: "nav.questions", permission: "reflectie.sets.manage" },
  ],
  // Audit events and their targets, with labels in the module's catalogs (messages/…/audit.json).
  auditEvents: {
    "reflectie.session.created": "audit.events.sessionCreated",
    "reflectie.session.updated": "audit.events.sessionUpdated",
    "reflectie.session.participants_set": "audit.events.sessionParticipants",
    "reflectie.session.closed": "audit.events.sessionClosed",
    "reflectie.session.reopened": "audit.events.sessionReopened",
    "reflectie.session.deleted": "audit.events.sessionDeleted",
    "reflectie.question.drawn": "audit.events.questionDrawn",
    "reflectie.question.picked": "audit.events.questionPicked",
    "reflectie.question.created": "audit.events.questionCreated",
    "reflectie.question.updated": "audit.events.questionUpdated",
    "reflectie.question.reset": "audit.events.questionReset",
    "reflectie.question.deleted": "audit.events.questionDeleted",
    "reflectie.theme.created": "audit.events.themeCreated",
    "reflectie.theme.updated": "audit.events.themeUpdated",
    "reflectie.theme.deleted": "audit.events.themeDeleted",
    "reflectie.item.updated": "audit.events.itemUpdated",
    "reflectie.item.removed": "audit.events.itemRemoved",
    "reflectie.action.created": "audit.events.actionCreated",
    "reflectie.action.updated": "audit.events.actionUpdated",
    "reflectie.action.deleted": "audit.events.actionDeleted",
    "reflectie.rhythm.created": "audit.events.rhythmCreated",
    "reflectie.rhythm.updated": "audit.events.rhythmUpdated",
    "reflectie.rhythm.deleted": "audit.events.rhythmDeleted",
    "reflectie.notice.dismissed": "audit.events.noticeDismissed",
    "reflectie.report.requested": "audit.events.reportRequested",
    "reflectie.report.downloaded": "audit.events.reportDownloaded",
  },
  auditTargets: {
    ReflectieSession: "audit.targets.session",
    ReflectieItem: "audit.targets.item",
    ReflectieQuestion: "audit.targets.question",
    ReflectieTheme: "audit.targets.theme",
    ReflectieAction: "audit.targets.action",
    ReflectieRhythm: "audit.targets.rhythm",
    ReflectieNotice: "audit.targets.notice",
    ReflectieReport: "audit.targets.report",
  },
} as const satisfies PluginManifest;

export type ReflectieSettings = z.infer<typeof manifest.settings>;
export const P = {
  participate: "reflectie.sessions.participate",
  manage: "reflectie.sessions.manage",
  sets: "reflectie.sets.manage",
  rhythms: "reflectie.rhythms.manage",
} as const;
