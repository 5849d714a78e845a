-- migrate:up
-- Receipts of outbox-capable mutations (packages/core/src/trpc/outbox.ts, ADR 0027): a phone's offline outbox sends
-- each entry with a client-made idempotency key; the first call that commits writes its receipt (with its answer) in
-- the same transaction as its effect, and a repeat with the same key gets that stored answer instead of running
-- again. A concurrent repeat waits on the first one's uncommitted row (ON CONFLICT DO NOTHING) and then reads it.
CREATE TABLE "OutboxReceipt" (
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "idempotencyKey" uuid NOT NULL,
  -- The procedure's dotted path: the same key sent to another procedure is refused, not answered with this result.
  "procedure" text NOT NULL,
  "userId" uuid NOT NULL REFERENCES "User"("id") ON DELETE CASCADE,
  -- The procedure's answer (superjson), null until the handler finished (never seen outside the transaction).
  "result" jsonb,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "idempotencyKey")
);
CREATE INDEX "OutboxReceipt_userId_idx" ON "OutboxReceipt"("userId");
CREATE INDEX "OutboxReceipt_tenantId_createdAt_idx" ON "OutboxReceipt"("tenantId", "createdAt");

ALTER TABLE "OutboxReceipt" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OutboxReceipt" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OutboxReceipt"
  USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()));

-- migrate:down
DROP TABLE IF EXISTS "OutboxReceipt";
