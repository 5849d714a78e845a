import type { Prisma } from "./generated/prisma/client";
import type { Tx } from "./db/client";

export interface AuditInput {
  action: string;
  targetType?: string;
  targetId?: string;
  data?: Prisma.InputJsonValue;
  reason?: string;
}

/**
 * Appends one audit event in the caller's transaction, so it is written if and only if the change is.
 * createMany, not create: create adds RETURNING, and PostgreSQL then also applies the SELECT policy to the new row,
 * which refuses platform events (tenantId NULL) for the application role although the INSERT policy allows them.
 */
export async function writeAudit(
  tx: Tx,
  e: AuditInput & { tenantId: string | null; actorUserId: string | null; ip?: string | null },
): Promise<void> {
  await tx.auditEvent.createMany({
    data: {
      tenantId: e.tenantId,
      actorUserId: e.actorUserId,
      action: e.action,
      targetType: e.targetType ?? null,
      targetId: e.targetId ?? null,
      data: e.data,
      reason: e.reason ?? null,
      ip: e.ip ?? null,
    },
  });
}

/**
 * An audited read: the details of a record read by a member who is not on it (its author, or one who acted on it; the
 * module names them) leave an audit event in the same transaction, so "who looked at my request?" has an answer.
 * Those on it are not logged: they read it to do their work, and their every step is audited already. Returns whether
 * an event was written.
 */
export async function auditReadUnlessOnIt(
  ctx: { session: { userId: string }; audit: (input: AuditInput) => Promise<void> },
  input: AuditInput & { onIt: readonly (string | null | undefined)[] },
): Promise<boolean> {
  const { onIt, ...event } = input;
  if (onIt.includes(ctx.session.userId)) return false;
  await ctx.audit(event);
  return true;
}
