-- migrate:up
-- The transactional outbox for jobs (packages/core/src/jobs/outbox.ts): ctx.enqueue writes a row here in the
-- request's own transaction, so a rolled-back request enqueues nothing and a Redis outage at commit loses nothing.
-- The worker's relay (jobs/relay.ts) moves committed rows to BullMQ under the row's jobId (BullMQ refuses a second job
-- with the same id, so a relay that dies between adding the job and deleting the row causes no duplicate) and then
-- deletes them. Payloads carry ids only (the job guard refuses personal data before the row is written).
CREATE TABLE "JobOutbox" (
  "id" uuid PRIMARY KEY,
  -- Null for platform jobs (sign-in mail), which may only be written outside any tenant's context.
  "tenantId" uuid REFERENCES "Tenant"("id") ON DELETE CASCADE,
  -- The BullMQ key prefix (QUEUE_PREFIX) of the installation that wrote the row; a relay only moves its own.
  "queue" text NOT NULL,
  "jobName" text NOT NULL,
  -- The BullMQ job id: from the idempotency key when one was given (idempotentJobId), else from this row's id.
  "jobId" text NOT NULL,
  -- Who enqueued: "core" or the module id (a module's jobs are skipped while it is switched off for the tenant).
  "moduleId" text NOT NULL,
  "payload" jsonb NOT NULL,
  "idempotencyKey" text,
  -- Run no earlier than this (delayed jobs); null: at once.
  "runAfter" timestamptz(3),
  "createdAt" timestamptz(3) NOT NULL DEFAULT now()
);
-- One waiting row per job id: a second enqueue with the same idempotency key while the first waits is a no-op.
CREATE UNIQUE INDEX "JobOutbox_queue_jobId_key" ON "JobOutbox"("queue", "jobId");
CREATE INDEX "JobOutbox_queue_createdAt_idx" ON "JobOutbox"("queue", "createdAt");
CREATE INDEX "JobOutbox_tenantId_idx" ON "JobOutbox"("tenantId");

-- A tenant's rows are its own, like every tenant table. Platform rows (no tenant) may be inserted only outside any
-- tenant context, and are read by nobody but the relay's definer functions below.
ALTER TABLE "JobOutbox" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "JobOutbox" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "JobOutbox"
  USING ("tenantId" = (SELECT app_tenant_id())) WITH CHECK ("tenantId" = (SELECT app_tenant_id()));
CREATE POLICY platform_insert ON "JobOutbox" FOR INSERT
  WITH CHECK ("tenantId" IS NULL AND (SELECT app_tenant_id()) IS NULL);

-- Wakes the relay when a transaction that wrote a row commits (NOTIFY is delivered at commit, never on rollback, and
-- PostgreSQL folds identical notifications of one transaction into one). The relay also polls, so a lost
-- notification only costs latency.
CREATE FUNCTION job_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('job_outbox', NEW."queue");
  RETURN NULL;
END $$;
CREATE TRIGGER "JobOutbox_notify" AFTER INSERT ON "JobOutbox" FOR EACH ROW EXECUTE FUNCTION job_outbox_notify();

-- The relay (as the application role) sees every tenant's rows only through these functions, which run as the owner.
-- Claimed rows stay locked until the relay's transaction ends (SKIP LOCKED: two relays never take the same row); a
-- relay that dies before it deleted them leaves them to the next run.
CREATE FUNCTION job_outbox_claim(p_queue text, p_limit integer)
RETURNS TABLE ("id" uuid, "tenantId" uuid, "jobName" text, "jobId" text, "moduleId" text, "payload" jsonb,
               "idempotencyKey" text, "runAfter" timestamptz, "createdAt" timestamptz)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  SELECT o."id", o."tenantId", o."jobName", o."jobId", o."moduleId", o."payload", o."idempotencyKey", o."runAfter",
         o."createdAt"
    FROM "JobOutbox" o
   WHERE o."queue" = p_queue
   ORDER BY o."createdAt", o."id"
   LIMIT p_limit
     FOR UPDATE SKIP LOCKED
$$;

CREATE FUNCTION job_outbox_delete(p_queue text, p_ids uuid[]) RETURNS integer
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  WITH d AS (DELETE FROM "JobOutbox" WHERE "queue" = p_queue AND "id" = ANY(p_ids) RETURNING 1) SELECT count(*)::integer FROM d
$$;

-- How many rows wait for a queue, and since when (operator health, tests).
CREATE FUNCTION job_outbox_pending(p_queue text) RETURNS TABLE ("count" integer, "oldest" timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT count(*)::integer, min(o."createdAt") FROM "JobOutbox" o WHERE o."queue" = p_queue
$$;

-- migrate:down
DROP FUNCTION IF EXISTS job_outbox_claim, job_outbox_delete, job_outbox_pending;
DROP TABLE IF EXISTS "JobOutbox";
DROP FUNCTION IF EXISTS job_outbox_notify;
