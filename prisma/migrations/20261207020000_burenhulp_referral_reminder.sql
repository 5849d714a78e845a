-- migrate:up
-- Module "burenhulp": the closed loop of a referral (issue 12, BH-4). A referral that stays "sent" or "accepted"
-- longer than the tenant's referralStallDays puts a reminder in the contact point's inbox (a daily job); remindedAt
-- says when, so the next reminder waits another period.
ALTER TABLE "BurenhulpReferral" ADD COLUMN "remindedAt" timestamptz(3);

-- migrate:down
ALTER TABLE "BurenhulpReferral" DROP COLUMN "remindedAt";
