-- migrate:up
-- Module "burenhulp": an offer sent through the public form waits for a worker's review ("intake"), like a request.
ALTER TABLE "BurenhulpOffer" DROP CONSTRAINT "BurenhulpOffer_status_check";
ALTER TABLE "BurenhulpOffer" ADD CONSTRAINT "BurenhulpOffer_status_check" CHECK ("status" IN ('intake', 'active', 'paused', 'ended'));

-- migrate:down
ALTER TABLE "BurenhulpOffer" DROP CONSTRAINT "BurenhulpOffer_status_check";
ALTER TABLE "BurenhulpOffer" ADD CONSTRAINT "BurenhulpOffer_status_check" CHECK ("status" IN ('active', 'paused', 'ended'));
