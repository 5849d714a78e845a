/**
 * Public procedures (issue 11): what residents without an account may call, on the tenant's public site.
 *
 * `publicTenantProcedure(capability)` is the only way to build one. No session: the tenant comes from the URL's slug.
 * It runs only while the tenant has switched the capability on ("publiek zichtbaar") and, for a module's capability,
 * the module is enabled; an unknown slug, a module that is off and a capability that is off all get the same answer
 * (tenant.notFound), and nothing is written. The handler runs inside the tenant's transaction (row-level security bound
 * to the tenant, no user, the whole tenant's persons) with no permission at all: sensitive fields read as empty and
 * cannot be written. A mutation is a public form: its hidden fields are checked (signed start time, honeypot, and when
 * the limits are approached a proof of work or the slow lane's wait) and it counts against the per-IP and per-tenant
 * limits (form-guard.ts) before its input is even parsed.
 *
 * Rules for handlers (docs/guide/platform.md, "Public procedures"): a write goes to an intake state that staff review
 * (a new contact message, a request "new", a file in quarantine), never straight to something public; a read sees only
 * the fields declared public (public/fields.ts: the guard keeps only those in every row a public query reads).
 */
import { z } from "zod";
import { type AuditInput, writeAudit } from "../audit";
import type { Tx } from "../db/client";
import type { FileAccept } from "../files/process";
import type { Locale } from "../i18n/locales";
import { storeFile } from "../files/store";
import { type Enqueue, outboxEnqueuer } from "../jobs/outbox";
import { appErrorOf } from "../trpc/app-error";
import { appError } from "../trpc/errors";
import { baseProcedure } from "../trpc/init";
import { inRequestTransaction } from "../trpc/request-tx";
import { sql } from "../db/sql";
import { publicFields } from "../sensitive/guard";
import type { TenantInfo } from "../trpc/tenant";
import { CAPABILITY_KEY, isCoreCapability } from "./capabilities";
import { checkPublicForm, checkPublicProof, consumePublicWrite } from "./form-guard";
import { givePublicReceipt, type PublicReceiptInput } from "./receipt";

/** meta.permission of every public procedure; meta.capability names the switch it needs. */
export const PUBLIC_TENANT = "public-tenant";

/** The largest base64 text a public upload can be (FILES_MAX_MB may be at most 100); storeFile checks the decoded size. */
const UPLOAD_BASE64_MAX = Math.ceil((100 * 1024 * 1024 * 4) / 3) + 4;

/**
 * A file sent with a public form (a photo with a help request): its name and its bytes as base64, as the public site
 * hands it to the page's action. Stored only through ctx.storeUpload, which puts it in quarantine.
 */
export const publicUpload = z.object({
  name: z.string().max(200),
  data: z
    .string()
    .min(1)
    .max(UPLOAD_BASE64_MAX)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
export type PublicUpload = z.infer<typeof publicUpload>;

interface PublicContextRow {
  tenant: TenantInfo;
  capabilities: string[];
  modules: Record<string, { enabled: boolean; settings: unknown }>;
}

/** What a public procedure's handler finds in ctx. */
export interface PublicCtxExtra {
  tenant: TenantInfo;
  /** The tenant-bound transaction (no user, no permission). */
  tx: Tx;
  capability: string;
  /** The public capabilities the tenant has switched on (for links to other public pages). */
  capabilities: readonly string[];
  modules: Readonly<Record<string, { enabled: boolean; settings: unknown }>>;
  /** Appends an audit event (no actor) in the same transaction. */
  audit: (input: AuditInput) => Promise<void>;
  enqueue: Enqueue;
  afterCommit: (fn: () => Promise<void>) => void;
  /**
   * Stores a file sent with the form, attached to the person the form made (null: an anonymous answer), always in
   * quarantine: staff accept or
   * reject it (files.quarantine / files.decide) before anyone sees it. Checked by content and size like every upload.
   */
  storeUpload: (upload: PublicUpload, opts: { personId: string | null; accept?: FileAccept; field?: string }) => Promise<{ id: string }>;
  /**
   * The resident's receipt for the person the form made: a reference code kept on the person, and a mail with it in her
   * language when she gave an address (public/receipt.ts). The form's receipt page shows the code.
   */
  receipt: (v: PublicReceiptInput) => Promise<{ reference: string }>;
}

/**
 * A public procedure of the tenant in the URL, gated by one public capability. Core's capabilities are checked here;
 * a module builds its own with `pluginProcedures(manifest).publicProcedure(capability)`, which passes its id.
 */
export function publicTenantProcedure(capability: string, opts: { moduleId?: string } = {}) {
  if (!CAPABILITY_KEY.test(capability)) throw new Error(`Public capability ${capability} must look like <scope>.<name>`);
  const scope = capability.split(".")[0];
  if (!opts.moduleId && !isCoreCapability(capability))
    throw new Error(`Unknown public capability ${capability}: declare it in CORE_PUBLIC_CAPABILITIES`);
  if (opts.moduleId && scope !== opts.moduleId) throw new Error(`Module "${opts.moduleId}" cannot use the capability ${capability}`);
  return baseProcedure.meta({ permission: PUBLIC_TENANT, capability }).use(async ({ ctx, next, type, getRawInput }) => {
    const slug = ctx.tenantSlug;
    if (!slug) throw appError("tenant.notFound");
    const callNext = (extra: PublicCtxExtra) => next({ ctx: extra });
    const result = await inRequestTransaction(ctx.requestId, async ({ tx, rows: run, guard, afterCommit, setTenantId }) => {
      // Straight to pg on the transaction's connection (ADR 0039), like tenantProcedure's first statement.
      const rows = await run<{ ctx: PublicContextRow | null }>(sql`SELECT app_public_context(${slug}) AS ctx`);
      const c = rows[0]?.ctx;
      // One answer for an unknown tenant, a module that is off and a capability that is off.
      if (!c) throw appError("tenant.notFound");
      if (opts.moduleId && !c.modules[opts.moduleId]?.enabled) throw appError("tenant.notFound");
      if (!c.capabilities.includes(capability)) throw appError("tenant.notFound");
      const tenant = c.tenant;
      setTenantId(tenant.id);
      // No permission at all: sensitive fields read as their empty value and refuse writes.
      guard.permissions = new Set();
      // A read sees only the fields declared public (public/fields.ts), whatever the handler selects.
      if (type === "query") guard.publicFields = publicFields();
      if (type === "mutation") {
        const raw = await getRawInput();
        const shownAt = checkPublicForm(slug, raw);
        await checkPublicProof(slug, tenant.id, ctx.ip, raw, ctx.publicProof, shownAt);
        await consumePublicWrite(tenant.id, ctx.ip);
      }
      return callNext({
        tenant,
        tx,
        capability,
        capabilities: c.capabilities,
        modules: c.modules,
        audit: (input) => writeAudit(tx, { ...input, tenantId: tenant.id, actorUserId: null, ip: null }),
        enqueue: outboxEnqueuer(tx, { tenantId: tenant.id, moduleId: opts.moduleId ?? "core" }),
        afterCommit,
        storeUpload: async (upload, o) => {
          const f = await storeFile(tx, {
            tenantId: tenant.id,
            moduleId: opts.moduleId ?? "core",
            bytes: Buffer.from(upload.data, "base64"),
            name: upload.name,
            accept: o.accept ?? "image",
            personId: o.personId,
            uploadedById: null,
            quarantine: true,
          }).catch((e: unknown) => {
            // A refusal (not a photo, too large) is said under the form's file field.
            const app = appErrorOf(e);
            throw app && o.field ? app.about(o.field) : e;
          });
          return { id: f.id };
        },
        receipt: (v) => {
          const locale = (tenant.enabledLocales.includes(ctx.locale) ? ctx.locale : tenant.defaultLocale) as Locale;
          return givePublicReceipt({ tx, tenant, locale }, v);
        },
      });
    });
    return result;
  });
}
