-- migrate:up
-- Module "burenhulp": a request may be urgent (issue 12, BH-3: a partner's referral names its urgency; a worker may
-- mark any request so in triage). Shown on the list and the request; nothing is decided by it.
ALTER TABLE "BurenhulpRequest" ADD COLUMN "urgent" boolean NOT NULL DEFAULT false;

-- migrate:down
ALTER TABLE "BurenhulpRequest" DROP COLUMN "urgent";
