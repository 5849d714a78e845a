/**
 * Documents a module's job makes (ADR 0033): a PDF report, printables. Built once here, for every module:
 * - a module declares a kind with `defineDocument({ kind, permission, params, authorize?, render })`;
 * - `documentRouter(def)` (from the module's `pluginProcedures`) gives its procedures `request`, `status`,
 *   `download` and `recent`, each gated by the kind's permission, tenant-scoped (row-level security), and mounted by
 *   the module under `documents.<kind>`; the generated suites (role matrix, cross-tenant ids, bad input) cover them
 *   like any other procedure: the kind's parameters are the request's input, so their ids are checked too;
 * - one job per module (`documentsJob`, "<id>.documents.render") renders any of its kinds and stores the bytes in
 *   GeneratedDocument with progress, skipped like the module's other jobs while the module is switched off;
 * - core's housekeeping deletes documents older than DOCUMENT_RETENTION_DAYS (a cache: they can be made again);
 * - in @zorgzaam/ui, `useDocumentJob` / `DocumentExport` start, show the progress and download.
 * Who may read a document: the member who asked for it, or one who holds the kind's permission and passes its
 * `authorize` check (the module's own visibility: a session one takes part in, a neighbourhood of one's own).
 */
import { z } from "zod";
import { bindRequestContext, type Tx } from "../db/client";
import { TENANT_WIDE_ROLES } from "../permissions/roles";
import { LOCALES, type Locale } from "../i18n/locales";
import { defineJob, type JobDef } from "../jobs/define";
import { id } from "../routers/schemas";
import { appError } from "../trpc/errors";

/** Documents are kept this long, then deleted by core's housekeeping (they can be made again). */
export const DOCUMENT_RETENTION_DAYS = 14;
/** How many documents `recent` lists. */
export const RECENT_DOCUMENTS = 10;
const ATTEMPTS = 3;
const KIND = /^[a-z][a-zA-Z0-9-]*$/;

/** What a kind's `authorize` gets: the procedure's context (the module's access helpers take it as it is). */
export interface DocumentRequestContext {
  tx: Tx;
  tenant: { id: string };
  session: { userId: string };
  permissions: Set<string>;
  settings: unknown;
}

/** Who asked for a document, as a request of hers would see the tenant (withRequesterDb). */
export interface DocumentRequester {
  userId: string;
  /** null: the whole tenant; otherwise the neighbourhoods whose persons she sees (ADR 0011). */
  neighbourhoodIds: string[] | null;
  /** This module's settings as the tenant has them now (unparsed; the module parses them with its manifest). */
  settings: unknown;
}

/** What a kind's `render` gets (in the worker): the tenant, who asked, and a transaction bound to the tenant. */
export interface DocumentRenderContext {
  tenantId: string;
  requestedById: string | null;
  /** Read what the document shows in one transaction (row-level security: this tenant), then render outside it. */
  withTenantDb<T>(fn: (tx: Tx) => Promise<T>, opts?: { timeoutMs?: number }): Promise<T>;
  /**
   * The same, bound to the member who asked for it as her own request is (her neighbourhood scope of persons, the
   * module's settings): for a document that must show exactly what she sees on the screen (figures counted under
   * row-level security). Fails the document (DocumentUnavailable) when she is no member any more.
   */
  withRequesterDb<T>(fn: (tx: Tx, requester: DocumentRequester) => Promise<T>, opts?: { timeoutMs?: number }): Promise<T>;
}

export interface RenderedDocument {
  bytes: Buffer | Uint8Array;
  fileName: string;
  /** Default application/pdf. */
  contentType?: string;
}

/** Thrown by `render` when what it renders is gone (the session was deleted): the document fails at once, without retries. */
export class DocumentUnavailable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "DocumentUnavailable";
  }
}

// biome-ignore lint/suspicious/noExplicitAny: the parameters of any kind.
type AnyParams = z.ZodObject<any>;

export interface DocumentDef<S extends AnyParams = AnyParams, P extends string = string> {
  /** The module's name for it ("report"), also its path under the module's `documents` router. */
  kind: string;
  /** Who may ask for it and read it (one of the module's permissions). */
  permission: P;
  /** What it is made of (ids of the module's rows, a variant); the request's input, with `locale` beside it. */
  params: S;
  /**
   * The module's own visibility: throws its NOT_FOUND when the caller may not see what the parameters point at (a
   * session she does not take part in, an analysis of another neighbourhood). Runs on request, and on status and
   * download for anyone but the member who asked for it.
   */
  authorize?: (ctx: DocumentRequestContext, params: z.output<S>) => Promise<void>;
  /** Renders it; onProgress takes a percentage (written to the row a few times; the page's progress bar reads it). */
  render: (
    ctx: DocumentRenderContext,
    params: z.output<S>,
    locale: Locale,
    onProgress: (pct: number) => Promise<void>,
  ) => Promise<RenderedDocument>;
}

/** Declares a kind of document of a module (keeps its types). */
export function defineDocument<S extends AnyParams, const P extends string>(def: DocumentDef<S, P>): DocumentDef<S, P> {
  if (!KIND.test(def.kind)) throw new Error(`Document kind "${def.kind}" is not valid: letters and digits, starting with a small letter`);
  if ("locale" in def.params.shape) throw new Error(`Document kind "${def.kind}": "locale" is the request's own parameter`);
  return def;
}

/** The state a progress bar shows. */
export type DocumentState = "waiting" | "active" | "completed" | "failed";

export function documentState(row: { status: string; progress: number }): DocumentState {
  return row.status === "done" ? "completed" : row.status === "failed" ? "failed" : row.progress > 0 ? "active" : "waiting";
}

const DOCUMENT_FIELDS = {
  id: true,
  kind: true,
  params: true,
  locale: true,
  status: true,
  progress: true,
  fileName: true,
  contentType: true,
  requestedById: true,
  createdAt: true,
  completedAt: true,
} as const;

/** The parts of documents core builds for one module (pluginProcedures keeps one per module). */
export function documentRegistry(moduleId: string) {
  const kinds = new Map<string, DocumentDef>();

  /** The module's one document job: renders any of its kinds. */
  const job: JobDef = defineJob({
    name: `${moduleId}.documents.render`,
    payload: z.object({ documentId: z.uuid() }),
    attempts: ATTEMPTS,
    backoffMs: 2_000,
    handler: async (ctx, { documentId }) => {
      const tenantId = ctx.tenantId;
      if (!tenantId) throw new Error(`${moduleId}.documents.render needs a tenant`);
      const row = await ctx.withTenantDb((tx) =>
        tx.generatedDocument.findFirst({
          where: { id: documentId, module: moduleId },
          select: { id: true, kind: true, params: true, locale: true, status: true, requestedById: true },
        }),
      );
      // (Not "skipped": that word is the worker's answer for a disabled module.)
      if (!row) return { missing: true };
      if (row.status !== "pending") {
        await ctx.updateProgress(100);
        return { alreadyDone: true };
      }
      const fail = (error: string) =>
        ctx.withTenantDb((tx) =>
          tx.generatedDocument.updateMany({
            where: { id: row.id, status: "pending" },
            data: { status: "failed", error: error.slice(0, 500), completedAt: new Date() },
          }),
        );
      const def = kinds.get(row.kind);
      const params = def?.params.safeParse(row.params);
      if (!def || !params?.success) {
        await fail(def ? "parameters no longer valid" : `unknown kind ${row.kind}`);
        return { failed: true };
      }
      let last = 0;
      const setProgress = async (pct: number) => {
        const p = Math.max(0, Math.min(99, Math.round(pct)));
        // A few steps are enough for a progress bar; every percent would be a write.
        if (p - last < 10) return;
        last = p;
        await ctx.updateProgress(p);
        await ctx.withTenantDb((tx) =>
          tx.generatedDocument.updateMany({ where: { id: row.id, status: "pending" }, data: { progress: p } }),
        );
      };
      try {
        await setProgress(5);
        const requestedById = row.requestedById;
        const out = await def.render(
          {
            tenantId,
            requestedById,
            withTenantDb: (fn, opts) => ctx.withTenantDb(fn, opts),
            withRequesterDb: (fn, opts) =>
              ctx.withTenantDb(async (tx) => {
                const tenant = await tx.tenant.findUnique({ where: { id: tenantId }, select: { slug: true } });
                const c = tenant && requestedById ? await bindRequestContext(tx, tenant.slug, requestedById, TENANT_WIDE_ROLES) : null;
                if (!c?.membership || !requestedById) throw new DocumentUnavailable("the member who asked for it is no member any more");
                return fn(tx, {
                  userId: requestedById,
                  neighbourhoodIds: c.membership.neighbourhoodIds,
                  settings: c.modules?.[moduleId]?.settings,
                });
              }, opts),
          },
          params.data,
          (LOCALES as readonly string[]).includes(row.locale) ? (row.locale as Locale) : "nl",
          setProgress,
        );
        await ctx.withTenantDb((tx) =>
          tx.generatedDocument.updateMany({
            where: { id: row.id, status: "pending" },
            data: {
              bytes: new Uint8Array(out.bytes),
              fileName: out.fileName,
              contentType: out.contentType ?? "application/pdf",
              status: "done",
              progress: 100,
              completedAt: new Date(),
              error: null,
            },
          }),
        );
        await ctx.updateProgress(100);
        return { bytes: out.bytes.length, fileName: out.fileName };
      } catch (err) {
        if (err instanceof DocumentUnavailable) {
          await fail(err.message);
          return { failed: true, reason: err.message };
        }
        if (ctx.attempt >= ATTEMPTS) await fail(String((err as Error).message ?? err));
        throw err;
      }
    },
  });

  function register(def: DocumentDef) {
    const existing = kinds.get(def.kind);
    if (existing && existing !== def) throw new Error(`Module "${moduleId}" declares the document kind "${def.kind}" twice`);
    kinds.set(def.kind, def);
  }

  /** A document of this kind the caller may read, or NOT_FOUND (another tenant's, another kind's, not visible). */
  async function readable(ctx: DocumentRequestContext, def: DocumentDef, documentId: string) {
    const row = await ctx.tx.generatedDocument.findFirst({
      where: { id: documentId, module: moduleId, kind: def.kind },
      select: DOCUMENT_FIELDS,
    });
    if (!row || !(await mayRead(ctx, def, row))) throw appError("documents.notFound");
    return row;
  }

  async function mayRead(ctx: DocumentRequestContext, def: DocumentDef, row: { requestedById: string | null; params: unknown }) {
    if (row.requestedById === ctx.session.userId) return true;
    if (!ctx.permissions.has(def.permission)) return false;
    if (!def.authorize) return true;
    const params = def.params.safeParse(row.params);
    if (!params.success) return false;
    try {
      await def.authorize(ctx, params.data);
      return true;
    } catch {
      return false;
    }
  }

  return { job, register, readable, mayRead };
}

export type DocumentRegistry = ReturnType<typeof documentRegistry>;

/** The request's input: the kind's parameters and the language of the document. */
export function requestInput<S extends AnyParams>(def: DocumentDef<S>) {
  return def.params.extend({ locale: z.enum(LOCALES).optional() });
}

export const documentIdInput = z.object({ documentId: id });

/** What status answers. */
export function statusOf(row: { status: string; progress: number; fileName: string | null }) {
  return { state: documentState(row), progress: row.status === "done" ? 100 : row.progress, fileName: row.fileName };
}

/** A row as `recent` lists it (without the bytes). */
export function listed(row: {
  id: string;
  params: unknown;
  locale: string;
  status: string;
  progress: number;
  fileName: string | null;
  createdAt: Date;
  completedAt: Date | null;
}) {
  return {
    id: row.id,
    params: row.params as Record<string, unknown>,
    locale: row.locale,
    state: documentState(row),
    fileName: row.fileName,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
  };
}

export { DOCUMENT_FIELDS };

/** Deletes a tenant's documents older than the retention (housekeeping, in the tenant's transaction). */
export async function purgeOldDocuments(tx: Tx, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - DOCUMENT_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  return (await tx.generatedDocument.deleteMany({ where: { createdAt: { lt: cutoff } } })).count;
}
