import { z } from "zod";
import { type JobProgressInfo, getJobProgress } from "../jobs/admin";
import { idempotentJobId } from "../jobs/enqueue";
import { findWaitingJob } from "../jobs/outbox";
import { withQueue } from "../jobs/queue";
import type { PersonalDataErasure, PersonalDataExport } from "../personal-data/collect";
import { type PersonalDataExportResult, personalDataEraseJob, personalDataExportJob } from "../personal-data/jobs";
import { appError, orThrow } from "../trpc/errors";
import { router } from "../trpc/init";
import { tenantProcedure, type TenantCtx } from "../trpc/tenant";
import { id } from "./schemas";
import { appDb } from "../db/client";
import { redactRows } from "../sensitive/guard";
import { personInputs, personScopeWhere } from "../people/scope";

const KINDS = { [personalDataExportJob.name]: "export", [personalDataEraseJob.name]: "erase" } as const;

/** Same rule as the people router (enforced by RLS, ADR 0011). */
const scopeWhere = (ctx: Pick<TenantCtx, "membership">) => personScopeWhere(ctx.membership);

async function personInScope(ctx: Pick<TenantCtx, "tx" | "membership">, personId: string) {
  return orThrow(
    await ctx.tx.person.findFirst({
      where: { AND: [{ id: personId }, scopeWhere(ctx)] },
      select: { id: true, firstName: true, lastName: true },
    }),
    "people.notFound",
  );
}

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`.trim();
const normalise = (s: string) => s.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");

/**
 * A personal-data job of this tenant about a person the caller may see, or NOT_FOUND: another tenant's job, another
 * kind of job and a person outside the caller's neighbourhoods all answer the same.
 */
async function loadJob(ctx: Pick<TenantCtx, "tx" | "membership" | "tenant">, jobId: string) {
  // Still in the outbox (the relay has not handed it to the queue yet): waiting. Read before Redis: the relay adds the
  // job to the queue before it deletes the row, so the job is always in one of the two.
  const waiting = await findWaitingJob(ctx.tx, jobId);
  let info: JobProgressInfo | null;
  let payload: unknown;
  if (waiting) {
    info = { id: jobId, name: waiting.name, tenantId: waiting.tenantId, state: "waiting", progress: 0, result: null, failedReason: null };
    payload = waiting.payload;
  } else {
    info = await getJobProgress(jobId);
    payload = info ? (await withQueue("personalData.loadJob", (q) => q.getJob(jobId)))?.data?.payload : undefined;
  }
  if (!info || info.tenantId !== ctx.tenant.id || !(info.name in KINDS)) throw appError("personalData.jobNotFound");
  const personId = (payload as { personId?: unknown } | undefined)?.personId;
  if (typeof personId !== "string") throw appError("personalData.jobNotFound");
  const inScope = await ctx.tx.person.findFirst({ where: { AND: [{ id: personId }, scopeWhere(ctx)] }, select: { id: true } });
  if (!inScope) throw appError("personalData.jobNotFound");
  return { info, personId, kind: KINDS[info.name as keyof typeof KINDS] };
}

/**
 * The export as the caller may see it: sensitive fields (declared in core and modules) are hidden without their
 * permission and audit-logged with it, by the same rule as every query (sensitive/guard.ts).
 */
function redactExport(data: PersonalDataExport): PersonalDataExport {
  const db = appDb();
  if (data.person) redactRows("Person", data.person, db);
  redactRows("Consent", data.consents, db);
  redactRows("ContactMessage", data.contactMessages ?? [], db);
  for (const m of Object.values(data.modules)) for (const [model, rows] of Object.entries(m.data)) redactRows(model, rows, db);
  return data;
}

const jobInput = z.object({ jobId: z.string().trim().min(1).max(300) });

export const personalDataRouter = router({
  /** Starts collecting everything about a person (core and every enabled module). Returns the job to poll. */
  requestExport: tenantProcedure("core.people.export")
    .meta(personInputs("personId"))
    .input(z.object({ personId: id }))
    .mutation(async ({ ctx, input }) => {
      const p = await personInScope(ctx, input.personId);
      // One export per person and requester per minute: a double click starts one job, a later request a fresh one.
      // No ":" or "%" in the key, so the job id survives a trip through a URL segment unchanged.
      const key = `${p.id}.${ctx.session.userId}.${Math.floor(Date.now() / 60_000)}`;
      const jobId = idempotentJobId(personalDataExportJob.name, ctx.tenant.id, key);
      await ctx.audit({ action: "person.export_requested", targetType: "Person", targetId: p.id, data: { jobId } });
      await ctx.enqueue(personalDataExportJob, { personId: p.id, requestedBy: ctx.session.userId }, { idempotencyKey: key });
      return { jobId };
    }),

  /** Starts erasing a person; the caller must type the person's full name. */
  requestErase: tenantProcedure("core.people.erase")
    .meta(personInputs("personId"))
    .input(z.object({ personId: id, confirmName: z.string().max(300) }))
    .mutation(async ({ ctx, input }) => {
      const p = await personInScope(ctx, input.personId);
      if (normalise(input.confirmName) !== normalise(fullName(p))) {
        throw appError("personalData.nameMismatch");
      }
      // One erase job per person: repeating the request shows the same job.
      const key = p.id;
      const jobId = idempotentJobId(personalDataEraseJob.name, ctx.tenant.id, key);
      // Ids only: the audit trail must not keep the name of a person who is being erased.
      await ctx.audit({ action: "person.erase_requested", targetType: "Person", targetId: p.id, data: { jobId } });
      await ctx.enqueue(personalDataEraseJob, { personId: p.id, requestedBy: ctx.session.userId }, { idempotencyKey: key });
      return { jobId };
    }),

  /** Progress of an export or erase job of this tenant; for an erase that finished, its counts (no personal data). */
  status: tenantProcedure("core.people.export")
    .input(jobInput)
    .query(async ({ ctx, input }) => {
      const { info, kind } = await loadJob(ctx, input.jobId);
      const summary =
        kind === "erase" && info.state === "completed" ? ((info.result as PersonalDataErasure | null)?.results ?? null) : null;
      return { kind, state: info.state, progress: info.progress, summary };
    }),

  /** The finished export (audit-logged). */
  result: tenantProcedure("core.people.export")
    .input(jobInput)
    .query(async ({ ctx, input }) => {
      const { info, kind, personId } = await loadJob(ctx, input.jobId);
      const exportId = (info.result as PersonalDataExportResult | null)?.exportId;
      if (kind !== "export" || info.state !== "completed" || !exportId) {
        throw appError("personalData.exportNotReady");
      }
      // Expired, or erased with the person since: gone.
      const row = orThrow(
        await ctx.tx.personalDataExport.findFirst({
          where: { id: exportId, personId, expiresAt: { gt: new Date() } },
          select: { data: true },
        }),
        "personalData.exportGone",
      );
      await ctx.audit({ action: "person.exported", targetType: "Person", targetId: personId, data: { jobId: input.jobId } });
      return redactExport(row.data as unknown as PersonalDataExport);
    }),
});
