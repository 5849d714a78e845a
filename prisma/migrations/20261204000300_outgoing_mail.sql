-- migrate:up
-- Outgoing mail waits here, sealed (see packages/core/src/mail/outbox.ts), instead of in the job payload in Redis:
-- the core.mail.send job carries only the row's id, loads the row, sends the mail and deletes the row.
CREATE TABLE "OutgoingMail" (
  "id" uuid PRIMARY KEY,
  "sealed" text NOT NULL,
  "expiresAt" timestamptz(3) NOT NULL,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX "OutgoingMail_expiresAt_idx" ON "OutgoingMail"("expiresAt");

-- Sign-in mail belongs to no tenant, so row-level security by tenant cannot guard it. Instead the application role
-- gets no privilege on the table at all (migrateDatabase revokes the blanket grant) and goes through these functions,
-- which run as the owner and only ever touch one row, named by its id: nobody can list what is waiting.
CREATE FUNCTION outgoing_mail_put(p_id uuid, p_sealed text, p_expires_at timestamptz) RETURNS uuid
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  INSERT INTO "OutgoingMail" ("id", "sealed", "expiresAt") VALUES (p_id, p_sealed, p_expires_at) RETURNING "id"
$$;

CREATE FUNCTION outgoing_mail_get(p_id uuid) RETURNS TABLE ("sealed" text, "expiresAt" timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT m."sealed", m."expiresAt" FROM "OutgoingMail" m WHERE m."id" = p_id
$$;

CREATE FUNCTION outgoing_mail_delete(p_id uuid) RETURNS integer
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  WITH d AS (DELETE FROM "OutgoingMail" WHERE "id" = p_id RETURNING 1) SELECT count(*)::integer FROM d
$$;

-- Housekeeping: mail nobody will send any more (its link has expired, or its job is long gone).
CREATE FUNCTION outgoing_mail_purge(p_now timestamptz) RETURNS integer
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  WITH d AS (DELETE FROM "OutgoingMail" WHERE "expiresAt" < p_now RETURNING 1) SELECT count(*)::integer FROM d
$$;

-- migrate:down
DROP FUNCTION IF EXISTS outgoing_mail_put, outgoing_mail_get, outgoing_mail_delete, outgoing_mail_purge;
DROP TABLE IF EXISTS "OutgoingMail";
