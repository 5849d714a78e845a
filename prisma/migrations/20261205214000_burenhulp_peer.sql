-- migrate:up
-- Module "burenhulp": peer mode without a dispatcher (issue 12). A helper with an account may opt in, per offer, to
-- see anonymised open small requests of that kind near her (kind, street name, when) and offer to help; a worker
-- still confirms the match before any details are shared. Off unless she says so.
ALTER TABLE "BurenhulpOffer" ADD COLUMN "peerOptIn" boolean NOT NULL DEFAULT false;

-- migrate:down
ALTER TABLE "BurenhulpOffer" DROP COLUMN "peerOptIn";
