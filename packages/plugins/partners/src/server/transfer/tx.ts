import { appDb, type Tx } from "@zorgzaam/core";

/**
 * One transaction bound to a tenant (row-level security), like core's withDbContext but with room for a big import:
 * 10^5 rows are written in one transaction so that a failure leaves nothing behind, which can take longer than the
 * 20 s core allows a request's transaction.
 */
export function withImportTransaction<T>(
  tenantId: string,
  userId: string | null,
  fn: (tx: Tx) => Promise<T>,
  timeoutMs = 300_000,
): Promise<T> {
  return appDb().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('app.tenant_id', ${tenantId}, true), set_config('app.user_id', ${userId ?? ""}, true)`;
      return fn(tx);
    },
    { maxWait: 10_000, timeout: timeoutMs },
  );
}
