-- migrate:up
-- Module "buurtanalyse" (BA-9): each action of the plan evaluated on its own: the approach taken, the result and what
-- to adjust (its goal is already there).
ALTER TABLE "BuurtanalyseAction" ADD COLUMN "approach" text, ADD COLUMN "result" text, ADD COLUMN "adjust" text;

-- migrate:down
ALTER TABLE "BuurtanalyseAction" DROP COLUMN "approach", DROP COLUMN "result", DROP COLUMN "adjust";
