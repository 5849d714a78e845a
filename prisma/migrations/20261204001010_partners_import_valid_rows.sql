-- migrate:up
-- Module "partners": an import may skip the rows with a problem and hand them back (issue 10). "skipInvalid" is the
-- user's choice at the start; "invalidRows" counts the rows with at least one problem; "rejectedRows" keeps those
-- rows' cells ([{ row, file?, cells }], at most 5,000 rows) so they can be downloaded with the reason per row, in the
-- reader's language, also after the import. They are the user's own data from the file: dropped with the file's
-- retention (7 days after the upload), whatever the import's state.

ALTER TABLE "PartnersImport"
  ADD COLUMN "skipInvalid" boolean NOT NULL DEFAULT false,
  ADD COLUMN "invalidRows" integer NOT NULL DEFAULT 0 CHECK ("invalidRows" >= 0),
  ADD COLUMN "rejectedRows" jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof("rejectedRows") = 'array');

-- migrate:down
ALTER TABLE "PartnersImport" DROP COLUMN IF EXISTS "skipInvalid", DROP COLUMN IF EXISTS "invalidRows",
  DROP COLUMN IF EXISTS "rejectedRows";
