/**
 * Outbox-capable mutations (ADR 0028): a mutation that a phone may queue while offline and send later, maybe twice
 * (a retry after a lost answer, a second replay of the same outbox). Its input carries a client-made idempotency key;
 * core guarantees one effect per key, whatever the module's handler does:
 *
 *  - the first call writes a receipt row (tenant, key) in the procedure's own transaction before the handler runs and
 *    stores the handler's answer in it; the receipt commits with the effect or rolls back with it (a refused call,
 *    e.g. a closed survey, leaves no receipt and is refused again on the next try, so the phone keeps it visible);
 *  - a repeat with the same key gets the stored answer, and the handler does not run again;
 *  - a concurrent repeat waits on the first call's uncommitted receipt (INSERT … ON CONFLICT DO NOTHING waits for the
 *    other transaction), then reads the committed answer (or, when the first rolled back, runs itself).
 *
 * Every outbox-capable procedure carries `meta.outbox` with an example input, from which the generated test
 * (test/outbox-replay.int.test.ts) proves the guarantee for each one.
 */
import superjson from "superjson";
import type { PrismaClient, Tx } from "../db/client";
import { appError } from "./errors";
import { isDeferredAnswer } from "./tenant";

/** A valid input (without its idempotency key) for a tenant, made with the owner client: for the generated test. */
export type OutboxExample = (ctx: { db: PrismaClient; tenantId: string; userId: string }) => Promise<Record<string, unknown>>;

/** meta.outbox of an outbox-capable procedure. */
export interface OutboxMark {
  example: OutboxExample;
}

/** meta.outbox of a procedure's meta, when it is outbox-capable. */
export function outboxMarkOf(meta: unknown): OutboxMark | undefined {
  const mark = (meta as { outbox?: OutboxMark } | undefined)?.outbox;
  return mark && typeof mark.example === "function" ? mark : undefined;
}

const UUID = "6f1c5d3a-9a0e-4f5b-8c7d-2e1f0a9b8c7d";

interface ParserLike {
  safeParse(v: unknown): { success: boolean };
  shape?: Record<string, ParserLike>;
}

/**
 * Refuses, when the router is built, an outbox-capable input without a required uuid `idempotencyKey`: the key is
 * what makes a replay safe, so a procedure cannot opt in without it.
 */
export function assertOutboxInput(input: unknown, where: string): void {
  const key = (input as ParserLike | undefined)?.shape?.idempotencyKey;
  const ok = key?.safeParse(UUID).success && !key.safeParse(undefined).success && !key.safeParse("not-a-uuid").success;
  if (!ok) throw new Error(`${where}: an outbox-capable procedure's input needs a required uuid "idempotencyKey"`);
}

/** What the tenant middleware hands an outbox-capable procedure's middleware. */
export interface OutboxCallContext {
  tx: Tx;
  tenant: { id: string };
  session: { userId: string };
}

type NextResult = { ok: boolean; data?: unknown };

/**
 * The middleware of an outbox-capable procedure (used after its input parser): runs the rest of the procedure once
 * per (tenant, idempotency key), answering a repeat with the stored answer.
 */
export async function onceByKey<R extends NextResult>(opts: {
  ctx: OutboxCallContext;
  path: string;
  input: unknown;
  next: () => Promise<R>;
}): Promise<R> {
  const { ctx, path, next } = opts;
  const key = (opts.input as { idempotencyKey?: unknown }).idempotencyKey;
  if (typeof key !== "string") throw new Error(`${path}: outbox-capable procedure called without its idempotency key`);
  const claimed = await ctx.tx.outboxReceipt.createManyAndReturn({
    data: [{ tenantId: ctx.tenant.id, idempotencyKey: key, procedure: path, userId: ctx.session.userId }],
    skipDuplicates: true,
    select: { idempotencyKey: true },
  });
  if (claimed.length === 0) {
    const seen = await ctx.tx.outboxReceipt.findUnique({
      where: { tenantId_idempotencyKey: { tenantId: ctx.tenant.id, idempotencyKey: key } },
      select: { procedure: true, userId: true, result: true },
    });
    // Another procedure's or another member's key: never hand over someone else's answer.
    if (!seen || seen.procedure !== path || seen.userId !== ctx.session.userId) throw appError("outbox.keyReused");
    const data =
      seen.result === null ? undefined : superjson.deserialize(seen.result as unknown as Parameters<typeof superjson.deserialize>[0]);
    // The shape tRPC's resolver returns (a middleware that answers without calling next).
    return { ok: true, data, marker: "middlewareMarker", ctx: opts.ctx } as unknown as R;
  }
  const r = await next();
  if (r.ok && isDeferredAnswer(r.data)) {
    // The answer comes after the commit (ctx.outside: e.g. a refusal whose answers the module kept): there is nothing
    // to hand back on a repeat, so no receipt stays and a repeat runs again (and gets the same answer).
    await ctx.tx.outboxReceipt.delete({ where: { tenantId_idempotencyKey: { tenantId: ctx.tenant.id, idempotencyKey: key } } });
  } else if (r.ok) {
    const stored = superjson.serialize(r.data) as unknown as object;
    await ctx.tx.outboxReceipt.update({
      where: { tenantId_idempotencyKey: { tenantId: ctx.tenant.id, idempotencyKey: key } },
      data: { result: stored },
      select: { idempotencyKey: true },
    });
  }
  return r;
}
