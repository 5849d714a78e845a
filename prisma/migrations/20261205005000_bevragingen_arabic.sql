-- migrate:up
-- Bevragingen: a survey's content can also be written in Arabic (a survey language, not an interface language: the
-- platform's screens stay in nl, fr and en). Arabic content is shown right to left.
ALTER TABLE "BevragingenSurvey" DROP CONSTRAINT "BevragingenSurvey_languages_check";
ALTER TABLE "BevragingenSurvey" ADD CONSTRAINT "BevragingenSurvey_languages_check"
  CHECK ("languages" <@ ARRAY['nl', 'fr', 'en', 'ar']::text[] AND cardinality("languages") > 0);

-- migrate:down
ALTER TABLE "BevragingenSurvey" DROP CONSTRAINT "BevragingenSurvey_languages_check";
ALTER TABLE "BevragingenSurvey" ADD CONSTRAINT "BevragingenSurvey_languages_check"
  CHECK ("languages" <@ ARRAY['nl', 'fr', 'en']::text[] AND cardinality("languages") > 0);
