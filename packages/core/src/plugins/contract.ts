/**
 * The plugin contract: everything a module is, in one place (the types; the functions modules call are in
 * `@zorgzaam/core/plugin`).
 *
 * A module package has six entry points (package.json `exports`), so that each process loads only what it runs:
 * - `./manifest`: its `PluginManifest`, pure data (id, names, icon, dependsOn, permissions with default role grants,
 *   settings schema, navigation). No React, no Prisma: safe to import anywhere.
 * - `./server`: its `PluginServer` (`defineServer({...})`): its tRPC router (built only with
 *   `pluginProcedures(manifest)`, so every procedure requires a permission and an enabled module), its jobs and
 *   schedules, its demo seed, optional enable/disable hooks, its errors and the `personalData` hook that exports and
 *   erases what the module holds about one Person. Plain TypeScript: the worker runs it.
 * - `./pages/*`: its staff pages, one file each: src/pages/<path>/page.tsx (path under /t/<slug>/<id>/, a parameter as
 *   a `[name]` folder) exporting `page: PluginPage` (component, permission, title). The web app writes one route per
 *   file, so a page loads only its own client code; the tests load the same files (ADR 0038).
 * - `./ui`: its `PluginUi`: optional cards for the tenant home, an optional `home` summary, a person section and the
 *   public pages. React only: it reads through the callers the host passes (`api`, `core`) and names its router by
 *   type only, so no server code reaches a browser bundle (the page files likewise).
 * - `./home`: its cards and home summary alone (`PluginHomeUi`), for the tenant home and neighbourhood pages, which so
 *   load none of the module's pages' client code.
 * - `./messages`: its catalogs in nl, fr and en (all keys in all three), used under the namespace of its id.
 * The platform (`createPlatform`) takes manifest + server + messages (`PlatformModule`); the web app adds the UI.
 * Adding a module = its package + one line in each list of packages/platform/src (manifests, server, ui, messages) +
 * its Prisma schema file and SQL migration (docs/decisions/0007-plugin-contract.md).
 */
import type { ComponentType, ReactNode } from "react";
import type { z } from "zod";
import type { AnyRouter } from "@trpc/server";
import type { createCallerFactory } from "../trpc/init";
import type { coreRouter } from "../routers/index";
import type { PrismaClient } from "../generated/prisma/client";
import type { Tx } from "../db/client";
import type { AnyJobDef } from "../jobs/define";
import type { Enqueue } from "../jobs/outbox";
import type { ModuleSchedule } from "../jobs/schedule";
import type { PermissionDef, PermissionKey } from "../permissions/registry";
import type { PublicFieldRule } from "../public/fields";
import type { SensitiveFieldRule } from "../sensitive/fields";
import type { ErrorCodes } from "../trpc/app-error";
import type { ModuleIconName } from "@zorgzaam/ui/icon-names";

import type { MessageCatalog } from "../i18n/catalog";
import type { Locale, Localised } from "../i18n/locales";

export { LOCALES, type Locale, type Localised } from "../i18n/locales";

export interface NavigationEntry<P extends string = PermissionKey> {
  /** Path below the module's root, "" for the module's start page. */
  path: string;
  /** Message key in the module's catalog. */
  labelKey: string;
  permission: P;
}

export interface PluginManifest<Id extends string = string, P extends PermissionKey = PermissionKey> {
  /** Immutable: URL segment, prefix of permissions, jobs and tables. Lower case letters, digits and dashes. */
  id: Id;
  name: Localised;
  description: Localised;
  /**
   * The module's icon, by name, from the small set `@zorgzaam/ui` draws as SVG (MODULE_ICON_NAMES; emoji show as
   * empty boxes on machines without an emoji font).
   */
  icon: ModuleIconName;
  dependsOn: readonly string[];
  permissions: readonly (PermissionDef & { key: P })[];
  /**
   * Tenant settings; every field must have a default, so an empty object parses. Their words are in the module's
   * catalogs: `settings.<key>` is a field's label, `settingOptions.<key>.<value>` each choice of an enum field
   * (the Modules page shows them in the reader's language; test/plugins/module-texts.test.ts checks all three).
   */
  settings: z.ZodObject;
  navigation: readonly NavigationEntry<P>[];
  /**
   * Purposes of consent this module asks residents for (keys start with "<id>."), offered in the tenant's list of
   * consent purposes while the module is on. A consent's purpose is always a key from that list, never free text.
   */
  consentPurposes?: readonly { key: string; label: Localised }[];
  /**
   * The audit events this module writes (actions start with "<id>."), each with the key of its label in the module's
   * catalog: `{ "partners.actor.created": "audit.events.actorCreated" }`. The audit log shows the label in the
   * reader's language; a source check refuses an event that is not declared here.
   */
  auditEvents?: Readonly<Record<string, string>>;
  /**
   * What the module can open to residents without an account (keys "<id>.<name>"), each one switch per tenant on the
   * Modules page ("publiek zichtbaar"). Its public procedures (`publicProcedure(capability)`) and public pages run
   * only while the module is on and the tenant switched the capability on.
   */
  publicCapabilities?: readonly { key: string; label: Localised }[];
  /** The target types of those events (`PartnersActor`), with the key of their label in the module's catalog. */
  auditTargets?: Readonly<Record<string, string>>;
}

/** What a module's hooks and seed get: the tenant and a client bound to it. */
export interface TenantHookContext {
  tenantId: string;
  tx: Tx;
  actorUserId: string | null;
  /** Enqueues one of the module's jobs in this transaction (the outbox), stamped with the tenant and the module. */
  enqueue: Enqueue;
  /** Work outside the database that is not a job runs only after the change committed. */
  afterCommit: (fn: () => Promise<void>) => void;
}

export interface PersonalDataContext {
  tenantId: string;
  tx: Tx;
}

export interface ErasureResult {
  model: string;
  deleted: number;
  anonymised: number;
}

export interface PersonalDataHook {
  /** Prisma model names of this module that reference a Person (checked by the contract tests). */
  models: readonly string[];
  /** Everything the module holds about the person, by model name. */
  export(ctx: PersonalDataContext, personId: string): Promise<Record<string, unknown[]>>;
  /** Deletes or anonymises it, following the module's rules. Idempotent. */
  erase(ctx: PersonalDataContext, personId: string): Promise<ErasureResult[]>;
}

export interface SeedContext {
  /** Owner client (seeding is set-up, not a tenant request). */
  db: PrismaClient;
  tenant: { id: string; slug: string; defaultLocale: string };
  /** Demo users of the tenant by role. */
  usersByRole: Record<string, { id: string; email: string; name: string | null }[]>;
}

export interface PluginServer<R extends AnyRouter = AnyRouter> {
  router: R;
  jobs: readonly AnyJobDef[];
  seed?: (ctx: SeedContext) => Promise<void>;
  onEnable?: (ctx: TenantHookContext) => Promise<void>;
  onDisable?: (ctx: TenantHookContext) => Promise<void>;
  /**
   * Repeatable jobs the module runs per tenant while it is enabled there (e.g. a daily reminder run). Core keeps
   * them in step: created when the module is switched on, removed when it is switched off, and reconciled with the
   * enabled modules at every worker start (so a module enabled any other way has them too).
   */
  schedules?: readonly ModuleSchedule[];
  personalData: PersonalDataHook;
  /**
   * Fields of this module's models that need their own permission (health, money or faith notes...): hidden without it,
   * audit-logged with it, refused on write without it, redacted in exports. See packages/core/src/sensitive/.
   */
  sensitiveFields?: readonly SensitiveFieldRule[];
  /**
   * The fields of models its public queries read (publicProcedure, type query) that a resident may see: in a public
   * query every row keeps only these, and a model without a declaration cannot be read. See packages/core/src/public/fields.ts.
   */
  publicFields?: readonly PublicFieldRule[];
  /**
   * Its error codes (`defineErrors("<id>", messages, {...})`, words under `errors` in its catalogs): procedures throw
   * them with `appError(code)`, and the catalog tests say every code in nl, fr and en.
   */
  errors?: ErrorCodes;
}

/** A server-side caller of a module's router, as the signed-in member, with every check of the HTTP endpoint. */
export type CallerOf<R extends AnyRouter> = ReturnType<ReturnType<typeof createCallerFactory<R["_def"]["record"]>>>;

/** Core's routers as one router (the type of what `core` calls). */
export type CoreRouter = typeof coreRouter;

/**
 * The callers a module's server components get from the host: `api` calls the module's own router, `core` core's
 * routers (the tenant's home, consent purposes...), both as the signed-in member with every check of the HTTP
 * endpoint. A module names its router by type only (`PluginPageProps<PartnersRouter>`), so its UI entry never loads
 * its server code.
 */
export interface PluginCallers<R extends AnyRouter = AnyRouter> {
  api: CallerOf<R>;
  core: CallerOf<CoreRouter>;
}

/**
 * What a module page receives. Pages are server components: they read through `api` (and `core`); their client
 * components write through `usePluginClient` (packages/ui) and read text with next-intl under the module's id.
 */
export interface PluginPageProps<R extends AnyRouter = AnyRouter> extends PluginCallers<R> {
  slug: string;
  /** Path segments after the matched page key's fixed part, e.g. ["123"] for "sessions/[id]". */
  params: Record<string, string>;
  searchParams: Record<string, string | undefined>;
  permissions: readonly string[];
}

export interface PluginCardProps<R extends AnyRouter = AnyRouter> extends PluginCallers<R> {
  slug: string;
  permissions: readonly string[];
}

/** A figure a module shows on "Mijn werk" and on a neighbourhood's page, already in the reader's language. */
export interface HomeFigure {
  /** "12 actoren", "3 open actiepunten". */
  label: string;
  /** Where the figure leads (a filtered page of the module), absolute: "/t/<slug>/partners?neighbourhoodId=…". */
  href?: string;
  tone?: "neutral" | "good" | "warn" | "bad";
}

/** One line of a list on "Mijn werk": a session one is invited to, an action point, a change. */
export interface HomeEntry {
  title: string;
  detail?: string;
  href: string;
  at?: Date;
  tone?: "neutral" | "good" | "warn" | "bad";
}

/** A point a module puts on a neighbourhood's map (an actor); its label is its accessible name. */
export interface HomePoint {
  lat: number;
  lng: number;
  label: string;
  href: string;
}

/**
 * What a module contributes to the home page ("Mijn werk") and to a neighbourhood's page. Every part is optional; the
 * page shows what is there and leaves the rest out. Read through the module's own procedures (`caller`), so every read
 * is gated and scoped like its pages (permission, enabled module, RLS, person scope, the module's own visibility).
 */
export interface HomeSummary {
  /** Figures per neighbourhood id, for the neighbourhoods in `HomeProps.neighbourhoodIds`. */
  neighbourhoods?: Readonly<Record<string, readonly HomeFigure[]>>;
  /** What asks for someone to act (overdue action points, dormant ties): listed under "Vraagt aandacht". */
  attention?: readonly HomeFigure[];
  /** The member's own work (sessions she is invited to, her open action points, what is shared with her organisation). */
  mine?: readonly { title: string; entries: readonly HomeEntry[]; empty: string; more?: { label: string; href: string } }[];
  /** Recent changes in the member's neighbourhoods, newest first. */
  recent?: readonly HomeEntry[];
  /** Points for a neighbourhood's map (only asked for with `HomeProps.neighbourhoodId`). */
  points?: readonly HomePoint[];
}

/** Whose home it is: a coordinator (regie, admin), a field worker, a partner or a volunteer; or a neighbourhood's page. */
export type HomeFocus = "coordinator" | "field_worker" | "partner" | "volunteer" | "neighbourhood";

export interface HomeProps<R extends AnyRouter = AnyRouter> extends PluginCardProps<R> {
  focus: HomeFocus;
  /** The neighbourhoods the page shows (all the member sees, or her own): figures are asked for these. */
  neighbourhoodIds: readonly string[];
  /** Set on a neighbourhood's page: that neighbourhood only, with points for its map. */
  neighbourhoodId?: string;
}

export interface PluginHome {
  permission: PermissionKey;
  // biome-ignore lint/suspicious/noExplicitAny: each module types its own router; the host passes its caller.
  summary: (props: HomeProps<any>) => Promise<HomeSummary>;
}

// biome-ignore lint/suspicious/noExplicitAny: each module types its own router; the host passes its caller.
type AnyPageProps = PluginPageProps<any>;

/**
 * A staff page of a module: what its page file (src/pages/<path>/page.tsx) exports as `page`. The component may be a
 * server component (an async function).
 */
export interface PluginPage {
  component: ComponentType<AnyPageProps> | ((props: AnyPageProps) => Promise<ReactNode>);
  permission: PermissionKey;
  /** Key in the module's catalog of the page's name, the document title ("Buurtkaart · Gemeente Zonnedal"). */
  titleKey: string;
}

/** What a public page receives (no session: residents without an account). */
export interface PublicPageProps<R extends AnyRouter = AnyRouter> {
  slug: string;
  /**
   * A caller of the module's own router for the tenant in the URL, without a session: its public procedures answer,
   * the others refuse. Typed from the router's type (`PublicPageProps<BurenhulpRouter>`), so the UI entry needs no
   * server code.
   */
  api: CallerOf<R>;
  /** The reader's language (one of the tenant's). */
  locale: Locale;
  params: Record<string, string>;
  searchParams: Record<string, string | undefined>;
  /** The page's own address, the action of its forms (they post back to it). */
  action: string;
  /** Hidden fields every public form sends (its signed start time and the honeypot): render them inside the form. */
  formFields: ReactNode;
  /** After a refused post: the field messages (field -> message, "" for the form) and the values sent. */
  errors?: Readonly<Record<string, string>>;
  values?: Readonly<Record<string, string>>;
  /** Text from the module's catalog in the reader's language. */
  t: (key: string, params?: Record<string, string | number>) => string;
}

/** What a public page's form post hands to the page's action: the posted fields and a caller. */
export interface PublicActionInput<R extends AnyRouter = AnyRouter> {
  slug: string;
  /** A caller of the module's own router, as on the page. */
  api: CallerOf<R>;
  locale: Locale;
  params: Record<string, string>;
  /** Every posted field (text fields only), formToken and website included. */
  fields: Record<string, string>;
  /**
   * The files posted with a multipart form (a chosen file only; an empty file input is left out), ready for a public
   * procedure's `publicUpload` input: the procedure stores them in quarantine with ctx.storeUpload.
   */
  files: Record<string, { name: string; data: string }>;
}

/** Where to go after a form post (a receipt page: post, redirect, get), or the page again with errors. */
export type PublicActionResult = { redirect: string } | { errors: Record<string, string> };

/**
 * A page of the tenant's public site, at /<slug>/<module id>/<path>. Server-rendered to plain HTML without any
 * JavaScript (apps/web/src/public): no hooks, no client components, every form a plain HTML form post to `action`.
 */
export interface PluginPublicPage {
  // biome-ignore lint/suspicious/noExplicitAny: each module types its own router; the host passes its caller.
  component: (props: PublicPageProps<any>) => ReactNode | Promise<ReactNode>;
  /** The page shows only while the tenant has this capability (one of the module's) on. */
  capability: string;
  /** Key in the module's catalog of the page's title. */
  titleKey: string;
  /** Handles the page's form posts (call a public procedure through the caller; its errors become the page's). */
  // biome-ignore lint/suspicious/noExplicitAny: as for the component.
  action?: (input: PublicActionInput<any>) => Promise<PublicActionResult>;
}

/** What a module's `./ui` entry gives besides its staff pages (those are files: `PluginPage`). */
export interface PluginUi {
  // biome-ignore lint/suspicious/noExplicitAny: each module types its own router; the host passes its caller.
  cards?: readonly { component: ComponentType<PluginCardProps<any>>; permission: PermissionKey }[];
  /** What the module adds to "Mijn werk" and to neighbourhood pages. */
  home?: PluginHome;
  /** What the module shows on a person's page in core (people/[id]): a section about that person. */
  person?: PluginPersonSection;
  /** Pages of the tenant's public site, keyed by path below /<slug>/<id>: "" (the module's public start page). */
  publicPages?: Record<string, PluginPublicPage>;
}

/**
 * What a module shows on core's pages (its `./home` entry): the tenant home, a neighbourhood's page and a person's
 * page. Server components only, so those pages load none of the module's client code. The same objects as in its
 * `PluginUi`.
 */
export type PluginHomeUi = Pick<PluginUi, "cards" | "home" | "person">;

/** What a module's section on a person's page receives: the person's id and name, and the callers. */
export interface PersonSectionProps<R extends AnyRouter = AnyRouter> extends PluginCardProps<R> {
  personId: string;
  personName: string;
}

/**
 * A module's section on core's person page (people/[id]), shown while the module is on and the member has
 * `permission`. A server component (no client code: link to the module's pages for actions); it reads through the
 * module's own procedures, so every read is gated and scoped like its pages. A section that fails is left out.
 */
export interface PluginPersonSection {
  permission: PermissionKey;
  // biome-ignore lint/suspicious/noExplicitAny: each module types its own router; the host passes its caller.
  component: (props: PersonSectionProps<any>) => ReactNode | Promise<ReactNode>;
}

export type { MessageCatalog } from "../i18n/catalog";

/** A whole module: its entry points together (the contract tests check all of it at once). */
export interface PluginDefinition<M extends PluginManifest = PluginManifest, R extends AnyRouter = AnyRouter> {
  manifest: M;
  server: PluginServer<R>;
  ui: PluginUi;
  /**
   * Its staff pages keyed by path below the module root ("" the start page, "sessions", "sessions/[id]"), loaded from
   * its page files (`loadModulePages`, @zorgzaam/core/testing): the folder is the one list.
   */
  pages: Readonly<Record<string, PluginPage>>;
  messages: Record<Locale, MessageCatalog>;
}

/** Keeps the literal types (id, permission keys, router) of a module definition. */
export function definePlugin<const M extends PluginManifest, R extends AnyRouter>(p: PluginDefinition<M, R>): PluginDefinition<M, R> {
  return p;
}

/** A module's `./server` entry: keeps the type of its router. */
export function defineServer<R extends AnyRouter>(server: PluginServer<R>): PluginServer<R> {
  return server;
}

export type PermissionOf<M extends PluginManifest> = M["permissions"][number]["key"];
