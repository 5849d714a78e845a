import { appDb, withDbContext } from "../db/client";
import { enabledModuleIds } from "../plugins/state";
import type { AnyJobDef, JobEnvelope } from "./define";
import { resolveJob, validatePayload } from "./enqueue";
import { assertNoPersonalData } from "./guard";
import { jobOptions, withQueue } from "./queue";

export interface ScheduleOptions {
  /** Stable id of this schedule: scheduling again with the same id updates it instead of adding a second one. */
  schedulerId: string;
  /** Run every this many milliseconds ... */
  every?: number;
  /** ... or on this cron pattern (with seconds optional), e.g. "0 3 * * *". */
  pattern?: string;
  /** Time zone for the cron pattern, e.g. "Europe/Brussels" (daylight saving included). Default: the server's. */
  tz?: string;
  tenantId?: string | null;
}

/** Creates or updates a repeatable schedule that enqueues the job (BullMQ job scheduler). */
export async function schedule(job: AnyJobDef | string, payload: unknown, opts: ScheduleOptions): Promise<void> {
  const def = resolveJob(job);
  assertNoPersonalData(def.name, payload, opts.schedulerId);
  validatePayload(def, payload);
  if ((opts.every === undefined) === (opts.pattern === undefined)) {
    throw new Error(`schedule "${def.name}": give exactly one of every (ms) or pattern (cron)`);
  }
  if (opts.every !== undefined && !(opts.every > 0)) throw new Error(`schedule "${def.name}": every must be > 0 ms`);
  const data: JobEnvelope = { tenantId: opts.tenantId ?? null, scope: def.scope, payload };
  const repeat = opts.every !== undefined ? { every: opts.every } : { pattern: opts.pattern, ...(opts.tz ? { tz: opts.tz } : {}) };
  await withQueue(`schedule "${def.name}"`, (q) =>
    q.upsertJobScheduler(opts.schedulerId, repeat, { name: def.name, data, opts: jobOptions(def) }),
  );
}

/** Removes a schedule (e.g. when a plugin is disabled everywhere). Returns false if there was none. */
export async function unschedule(schedulerId: string): Promise<boolean> {
  return withQueue(`unschedule "${schedulerId}"`, (q) => q.removeJobScheduler(schedulerId));
}

/** A repeatable job a module runs per tenant while it is enabled there (PluginServer.schedules). */
export interface ModuleSchedule {
  /** One of the module's own jobs. */
  job: AnyJobDef;
  /** Default {}. Ids only, like every payload. */
  payload?: unknown;
  every?: number;
  pattern?: string;
  tz?: string;
  /** The scheduler's id for a tenant; stable across releases. Default "<job name>|<tenant id>". */
  schedulerId?: (tenantId: string) => string;
}

export function moduleSchedulerId(s: ModuleSchedule, tenantId: string): string {
  return s.schedulerId ? s.schedulerId(tenantId) : `${s.job.name}|${tenantId}`;
}

function scheduleFor(s: ModuleSchedule, tenantId: string): Promise<void> {
  return schedule(s.job, s.payload ?? {}, {
    schedulerId: moduleSchedulerId(s, tenantId),
    ...(s.every !== undefined ? { every: s.every } : {}),
    ...(s.pattern !== undefined ? { pattern: s.pattern } : {}),
    ...(s.tz !== undefined ? { tz: s.tz } : {}),
    tenantId,
  });
}

/** Creates (enabled) or removes (disabled) a module's schedules for one tenant. Safe to repeat. */
export async function syncModuleSchedules(schedules: readonly ModuleSchedule[] | undefined, tenantId: string, enabled: boolean) {
  for (const s of schedules ?? []) {
    if (enabled) await scheduleFor(s, tenantId);
    else await unschedule(moduleSchedulerId(s, tenantId));
  }
}

export interface ReconcileInput {
  /** Every module of the platform with its schedules (none is fine). */
  modules: readonly { id: string; schedules?: readonly ModuleSchedule[] }[];
  /** The tenants and, for each, the modules enabled there. */
  enabled: readonly { tenantId: string; moduleIds: ReadonlySet<string> }[];
}

export interface ReconcileResult {
  /** Schedules created or refreshed. */
  scheduled: number;
  /** Schedules of a platform module that no enabled (tenant, module) pair asks for any more. */
  removed: number;
}

/**
 * Brings the queue's repeatable jobs in line with the enabled modules: every enabled module has its schedules in
 * every tenant where it is on; a schedule of one of these modules that is not wanted (module off, tenant gone,
 * schedule dropped in a release) is removed. Core's own schedules and those of jobs outside these modules are left.
 */
export async function reconcileModuleSchedules(input: ReconcileInput): Promise<ReconcileResult> {
  const wanted = new Map<string, { s: ModuleSchedule; tenantId: string }>();
  for (const { tenantId, moduleIds } of input.enabled) {
    for (const m of input.modules) {
      if (!moduleIds.has(m.id)) continue;
      for (const s of m.schedules ?? []) wanted.set(moduleSchedulerId(s, tenantId), { s, tenantId });
    }
  }
  for (const { s, tenantId } of wanted.values()) await scheduleFor(s, tenantId);
  const moduleIds = new Set(input.modules.map((m) => m.id));
  const existing = await withQueue("reconcile schedules", (q) => q.getJobSchedulers(0, -1), 30_000);
  let removed = 0;
  for (const e of existing) {
    const scope = e.name.split(".")[0] ?? "";
    if (!moduleIds.has(scope) || wanted.has(e.key)) continue;
    if (await unschedule(e.key)) removed++;
  }
  return { scheduled: wanted.size, removed };
}

/**
 * reconcileModuleSchedules with the enabled modules read from the database (every tenant): the worker runs this at
 * start, so that a module switched on or off by any route (the modules page, the seed, a script) has exactly its
 * schedules.
 */
export async function reconcileSchedulesWithDatabase(modules: ReconcileInput["modules"]): Promise<ReconcileResult> {
  const tenants = await appDb().tenant.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
  const enabled: { tenantId: string; moduleIds: ReadonlySet<string> }[] = [];
  for (const t of tenants)
    enabled.push({ tenantId: t.id, moduleIds: await withDbContext({ tenantId: t.id }, (tx) => enabledModuleIds(tx)) });
  return reconcileModuleSchedules({ modules, enabled });
}
