import pg from "pg";
import { appDb } from "../db/client";
import { env } from "../env";
import { logger } from "../logger";
import type { JobEnvelope } from "./define";
import { jobOptions, withQueue } from "./queue";
import { installedPlatform } from "../platform/installed";

/**
 * The relay moves committed outbox rows (outbox.ts) to BullMQ, at least once. In one transaction it claims a batch of
 * rows of its queue (FOR UPDATE SKIP LOCKED, so several workers share the work), adds each job to BullMQ under the
 * row's jobId, deletes the rows it added and commits. A relay that dies after adding a job but before the commit
 * leaves the row; the next run adds it again under the same job id, which BullMQ ignores while it still knows the job
 * (waiting, running, or finished within its retention): no duplicate effect. With Redis down the add fails, the rows
 * stay, and the next poll tries again.
 *
 * Latency: every commit that wrote a row notifies "job_outbox" (a trigger) and the relay, listening, runs at once; it
 * also polls every pollMs in case a notification is lost (a dropped listening connection).
 */

/** Rows claimed in one transaction. */
export const RELAY_BATCH = 100;
/** How often the relay looks for rows without being woken. */
export const RELAY_POLL_MS = 250;

interface ClaimedRow {
  id: string;
  tenantId: string | null;
  jobName: string;
  jobId: string;
  moduleId: string;
  payload: unknown;
  idempotencyKey: string | null;
  runAfter: Date | null;
  createdAt: Date;
}

export interface RelayRunOptions {
  batchSize?: number;
  /** Tests only: runs after a job was added to BullMQ and before the rows are deleted (throw to simulate a crash). */
  afterAdd?: (jobId: string) => void | Promise<void>;
}

export interface RelayRunResult {
  /** Rows added to BullMQ (or found there already) and deleted. */
  relayed: number;
  /** Rows claimed but left for the next run because BullMQ could not be reached. */
  left: number;
  error?: unknown;
}

/** Key order does not matter when comparing payloads (jsonb reorders keys). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

async function addToQueue(row: ClaimedRow): Promise<void> {
  const def = installedPlatform().job(row.jobName);
  const scope = def?.scope ?? row.jobName.split(".")[0] ?? row.jobName;
  const data: JobEnvelope = { tenantId: row.tenantId, scope, payload: row.payload, module: row.moduleId };
  const delay = row.runAfter ? row.runAfter.getTime() - Date.now() : 0;
  // A job this process does not know still goes to the queue with the default options: a worker that does not know it
  // either fails it into the failed jobs list, where the operator sees it.
  const options = def ? jobOptions(def) : jobOptions({ attempts: 5, backoffMs: 2_000 } as Parameters<typeof jobOptions>[0]);
  await withQueue(`relay "${row.jobName}"`, async (q) => {
    await q.add(row.jobName, data, { ...options, jobId: row.jobId, ...(delay > 0 ? { delay } : {}) });
    if (row.idempotencyKey !== null && def?.onDuplicate) {
      const job = await q.getJob(row.jobId);
      if (job && canonical(job.data?.payload) !== canonical(row.payload)) {
        try {
          await def.onDuplicate(row.payload);
        } catch (err) {
          logger.warn({ err, job: row.jobName, jobId: row.jobId }, "outbox relay: cleaning up a duplicate failed");
        }
      }
    }
  });
}

/**
 * One pass of the relay: claims up to batchSize rows of this installation's queue, adds their jobs, deletes them.
 * Stops at the first job that cannot be added (Redis down) and leaves that row and the ones after it.
 */
export async function relayOutboxOnce(opts: RelayRunOptions = {}): Promise<RelayRunResult> {
  const queue = env().QUEUE_PREFIX;
  const batchSize = opts.batchSize ?? RELAY_BATCH;
  return appDb().$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<ClaimedRow[]>`SELECT * FROM job_outbox_claim(${queue}, ${batchSize}::integer)`;
      const added: string[] = [];
      let error: unknown;
      for (const row of rows) {
        try {
          await addToQueue(row);
        } catch (err) {
          error = err;
          break;
        }
        added.push(row.id);
        // Outside the try: a throw here (a crash) rolls the whole batch back, rows and all.
        await opts.afterAdd?.(row.jobId);
      }
      if (added.length) await tx.$queryRaw`SELECT job_outbox_delete(${queue}, ${added}::uuid[])`;
      return { relayed: added.length, left: rows.length - added.length, ...(error ? { error } : {}) };
    },
    // Each add waits at most QUEUE_CALL_TIMEOUT_MS (5 s) and the pass stops at the first failure.
    { maxWait: 5_000, timeout: 60_000 },
  );
}

/** Rows waiting in this installation's outbox, and the oldest one's age. */
export async function pendingOutbox(): Promise<{ count: number; oldest: Date | null }> {
  const rows = await appDb().$queryRaw<{ count: number; oldest: Date | null }[]>`
    SELECT "count", "oldest" FROM job_outbox_pending(${env().QUEUE_PREFIX})`;
  return { count: Number(rows[0]?.count ?? 0), oldest: rows[0]?.oldest ?? null };
}

export interface RelayOptions {
  pollMs?: number;
  batchSize?: number;
  /** Listen for the commit notification (default true); without it the relay only polls. */
  listen?: boolean;
}

export interface RelayHandle {
  /** Runs a pass now (and again after the current one, if one is running). Resolves when it is done. */
  wake(): Promise<void>;
  /** Stops polling and listening; waits for a running pass. */
  close(): Promise<void>;
}

/** Starts the relay: a pass at once, then on every commit notification and every pollMs. */
export function startRelay(opts: RelayOptions = {}): RelayHandle {
  const pollMs = opts.pollMs ?? RELAY_POLL_MS;
  const batchSize = opts.batchSize ?? RELAY_BATCH;
  const queue = env().QUEUE_PREFIX;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let failing = false;
  let timer: NodeJS.Timeout | undefined;
  let listener: pg.Client | undefined;
  let reconnect: NodeJS.Timeout | undefined;

  const report = (err: unknown) => {
    // Once per outage, not on every poll.
    if (!failing) logger.warn({ err }, "outbox relay: jobs wait in the outbox until the queue can be reached again");
    failing = true;
  };

  const pass = async () => {
    do {
      again = false;
      let r: RelayRunResult;
      do {
        r = await relayOutboxOnce({ batchSize });
        if (r.error) {
          report(r.error);
          return;
        }
        if (failing && r.relayed > 0) logger.info({}, "outbox relay: the queue is back, waiting jobs are moving again");
        if (r.relayed > 0) failing = false;
      } while (r.relayed === batchSize && !stopped);
    } while (again && !stopped);
  };

  const wake = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = pass()
      .catch(report)
      .finally(() => {
        running = null;
      });
    return running;
  };

  const loop = async () => {
    await wake();
    if (!stopped) timer = setTimeout(() => void loop(), pollMs);
  };

  const listen = async () => {
    if (stopped) return;
    const client = new pg.Client({ connectionString: env().DATABASE_URL, connectionTimeoutMillis: 5_000 });
    client.on("notification", (msg) => {
      if (msg.channel === "job_outbox" && msg.payload === queue) void wake();
    });
    client.on("error", (err) => {
      logger.warn({ err }, "outbox relay: lost its listening connection; polling meanwhile");
      void client.end().catch(() => {});
      if (listener === client) listener = undefined;
      if (!stopped) reconnect = setTimeout(() => void listen(), 1_000);
    });
    try {
      await client.connect();
      await client.query("LISTEN job_outbox");
      if (stopped) {
        await client.end();
        return;
      }
      listener = client;
      // Rows committed while the connection was being made were not notified.
      void wake();
    } catch (err) {
      logger.warn({ err }, "outbox relay: cannot listen for commits; polling meanwhile");
      await client.end().catch(() => {});
      if (!stopped) reconnect = setTimeout(() => void listen(), 1_000);
    }
  };

  if (opts.listen !== false) void listen();
  void loop();

  return {
    wake,
    close: async () => {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(reconnect);
      const l = listener;
      listener = undefined;
      await l?.end().catch(() => {});
      await running;
    },
  };
}
