import { outboxEnqueuer } from "../jobs/outbox";
import { settingsOf } from "./settings";
import { tenantProcedure } from "../trpc/tenant";
import { publicTenantProcedure } from "../public/procedure";
import type { Tx } from "../db/client";
import type { PermissionOf, PluginManifest, TenantHookContext } from "./contract";
import { assertManifest } from "./manifest";
import { type PublicFieldRule, publicFieldMap } from "../public/fields";
import { limitReadsTo } from "../sensitive/guard";

import { appError, coreErrors } from "../trpc/errors";
import { assertOutboxInput, onceByKey, type OutboxMark } from "../trpc/outbox";
import type { Meta } from "../trpc/init";
import type { z } from "zod";
import { router } from "../trpc/init";
import {
  DOCUMENT_FIELDS,
  type DocumentDef,
  type DocumentRequestContext,
  documentIdInput,
  documentRegistry,
  listed,
  RECENT_DOCUMENTS,
  requestInput,
  statusOf,
} from "../documents/index";

/** What a procedure of a switched-off module answers (module.disabled), in Dutch (for tests and server-side callers). */
export const MODULE_DISABLED = coreErrors.text("nl", "module.disabled");

/**
 * The only way for a module to build procedures. `procedure(permission)` accepts only the module's own permission
 * keys; every procedure also answers NOT_FOUND while the module is disabled for the tenant, and hands the handler the
 * tenant's settings for the module (parsed with the manifest's schema, defaults filled in). Its ctx.enqueue stamps
 * the module: the module enqueues its own jobs (and core's), and they are skipped while it is switched off.
 */
export function pluginProcedures<const M extends PluginManifest>(manifest: M) {
  assertManifest(manifest);
  const own = new Set<string>(manifest.permissions.map((p) => p.key));
  const caps = new Set<string>((manifest.publicCapabilities ?? []).map((c) => c.key));
  function procedure(permission: PermissionOf<M>) {
    if (!own.has(permission)) throw new Error(`Module "${manifest.id}" does not declare the permission ${permission}`);
    return tenantProcedure(permission).use(async ({ ctx, next }) => {
      // Read with the membership, in the transaction's first statement (app_request_context, ADR 0014).
      const row = ctx.modules[manifest.id];
      if (!row?.enabled) throw appError("module.disabled");
      const settings = settingsOf(manifest, row.settings);
      const enqueue = outboxEnqueuer(ctx.tx, { tenantId: ctx.tenant.id, moduleId: manifest.id });
      return next({ ctx: { settings, moduleId: manifest.id, enqueue } });
    });
  }
  const documents = documentRegistry(manifest.id);

  /**
   * The procedures of one kind of document (documents/index.ts, ADR 0033), each gated by the kind's permission:
   * request (its parameters and a locale; runs `authorize`, stores the row, enqueues the module's documents job),
   * status (for the progress bar), download (base64, audit-logged) and recent (the last ones the caller may read).
   * Mount it as `documents: router({ <kind>: documentRouter(def) })` and list `documentsJob` in the module's jobs.
   */
  // biome-ignore lint/suspicious/noExplicitAny: the parameters of any kind.
  function documentRouter<S extends z.ZodObject<any>>(def: DocumentDef<S, PermissionOf<M>>) {
    documents.register(def as unknown as DocumentDef);
    const any = def as unknown as DocumentDef;
    const p = () => procedure(def.permission);
    return router({
      request: p()
        .input(requestInput(def))
        .mutation(async ({ ctx, input }) => {
          const { locale, ...rest } = input as { locale?: string } & Record<string, unknown>;
          const params = def.params.parse(rest) as z.output<S>;
          if (def.authorize) await def.authorize(ctx as DocumentRequestContext, params);
          const doc = await ctx.tx.generatedDocument.create({
            data: {
              tenantId: ctx.tenant.id,
              module: manifest.id,
              kind: def.kind,
              params: params as object,
              locale: locale ?? "nl",
              requestedById: ctx.session.userId,
            },
            select: { id: true },
          });
          await ctx.audit({
            action: "document.requested",
            targetType: "GeneratedDocument",
            targetId: doc.id,
            data: { module: manifest.id, kind: def.kind },
          });
          await ctx.enqueue(documents.job, { documentId: doc.id }, { idempotencyKey: doc.id });
          return { documentId: doc.id };
        }),
      status: p()
        .input(documentIdInput)
        .query(async ({ ctx, input }) => statusOf(await documents.readable(ctx as DocumentRequestContext, any, input.documentId))),
      download: p()
        .input(documentIdInput)
        .query(async ({ ctx, input }) => {
          const row = await documents.readable(ctx as DocumentRequestContext, any, input.documentId);
          if (row.status !== "done") throw appError("documents.notReady");
          const { bytes } = await ctx.tx.generatedDocument.findUniqueOrThrow({ where: { id: row.id }, select: { bytes: true } });
          if (!bytes) throw appError("documents.notReady");
          await ctx.audit({
            action: "document.downloaded",
            targetType: "GeneratedDocument",
            targetId: row.id,
            data: { module: manifest.id, kind: def.kind },
          });
          return {
            fileName: row.fileName ?? `${manifest.id}-${def.kind}.pdf`,
            contentType: row.contentType,
            base64: Buffer.from(bytes).toString("base64"),
          };
        }),
      recent: p().query(async ({ ctx }) => {
        const rows = await ctx.tx.generatedDocument.findMany({
          where: { module: manifest.id, kind: def.kind },
          orderBy: { createdAt: "desc" },
          take: RECENT_DOCUMENTS * 3,
          select: DOCUMENT_FIELDS,
        });
        const out: ReturnType<typeof listed>[] = [];
        for (const row of rows) {
          if (out.length >= RECENT_DOCUMENTS) break;
          if (await documents.mayRead(ctx as DocumentRequestContext, any, row)) out.push(listed(row));
        }
        return out;
      }),
    });
  }

  return {
    procedure,
    documentRouter,
    /** The module's document job ("<id>.documents.render"): list it in the module's `jobs` when it declares documents. */
    documentsJob: documents.job,
    /**
     * An outbox-capable mutation (ADR 0028): a phone may queue it offline and send it again and again; core runs it
     * once per idempotency key (the input must carry a required uuid `idempotencyKey`) and answers a repeat with the
     * first answer. `mark.example` gives a valid input for the generated replay test.
     */
    outboxProcedure<I extends z.ZodType<{ idempotencyKey: string }>>(permission: PermissionOf<M>, input: I, mark: OutboxMark) {
      assertOutboxInput(input, `Module "${manifest.id}"`);
      return procedure(permission)
        .meta({ outbox: mark } as Partial<Meta> as Meta)
        .input(input)
        .use(({ ctx, path, input, next }) => onceByKey({ ctx, path, input, next: () => next() }));
    },
    /**
     * A member's query that may read only the declared fields of each model: a limited read, for what a member may
     * see of other people's rows without their details (Burenhulp's anonymised requests for neighbours). Like a
     * public read (public/fields.ts), every row the handler reads through Prisma keeps only its model's fields here,
     * nested rows too, and a model not declared cannot be read; so the answer cannot carry a field nobody listed,
     * whatever the handler selects. Raw SQL is not seen by the guard: let it return ids only.
     */
    limitedQuery(permission: PermissionOf<M>, fields: readonly PublicFieldRule[]) {
      const allowed = publicFieldMap(fields);
      return procedure(permission)
        .meta({ limitedFields: fields } as Partial<Meta> as Meta)
        .use(({ type, next }) => {
          if (type !== "query") throw new Error(`Module "${manifest.id}": limitedQuery is for queries only`);
          limitReadsTo(allowed);
          return next();
        });
    },
    /**
     * A public procedure (no account) gated by one of the module's public capabilities: it runs only while the module
     * is on and the tenant switched the capability on (public/procedure.ts), with the module's settings.
     */
    publicProcedure(capability: string) {
      if (!caps.has(capability)) throw new Error(`Module "${manifest.id}" does not declare the public capability ${capability}`);
      return publicTenantProcedure(capability, { moduleId: manifest.id }).use(async ({ ctx, next }) => {
        const row = ctx.modules[manifest.id];
        const settings = settingsOf(manifest, row?.settings);
        return next({ ctx: { settings, moduleId: manifest.id } });
      });
    },
  };
}

/**
 * The context a module's onEnable/onDisable hook (or the seed) gets: the tenant, its transaction, and ctx.enqueue
 * stamped with the module.
 */
export function tenantHookContext(input: {
  moduleId: string;
  tenantId: string;
  tx: Tx;
  actorUserId: string | null;
  afterCommit: (fn: () => Promise<void>) => void;
}): TenantHookContext {
  const { moduleId, ...rest } = input;
  return { ...rest, enqueue: outboxEnqueuer(input.tx, { tenantId: input.tenantId, moduleId }) };
}
