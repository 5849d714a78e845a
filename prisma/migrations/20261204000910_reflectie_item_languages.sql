-- migrate:up
-- Module "reflectie": a drawn or picked question keeps its text in every language it had when it was asked, so each
-- viewer reads it in their own language (before, only the language of whoever drew it was kept, in "questionText").
-- "questionText" stays: the text in the language it was asked in, the fallback when a language is empty.
ALTER TABLE "ReflectieItem"
  ADD COLUMN "questionNl" text NOT NULL DEFAULT '',
  ADD COLUMN "questionFr" text NOT NULL DEFAULT '',
  ADD COLUMN "questionEn" text NOT NULL DEFAULT '';

-- Items asked before: the question's texts today, where the question was not edited since it was asked (its asked
-- text is still one of its languages). Others keep only the text as it was asked.
UPDATE "ReflectieItem" i
   SET "questionNl" = q."textNl", "questionFr" = q."textFr", "questionEn" = q."textEn"
  FROM "ReflectieQuestion" q
 WHERE q."id" = i."questionId" AND q."tenantId" = i."tenantId"
   AND i."questionText" IN (q."textNl", q."textFr", q."textEn");

-- migrate:down
ALTER TABLE "ReflectieItem" DROP COLUMN "questionNl", DROP COLUMN "questionFr", DROP COLUMN "questionEn";
