import type { OutboxExample, Prisma } from "@zorgzaam/core/plugin";
import type { SurveyContent } from "../survey";

const CONTENT: SurveyContent = {
  sections: [
    {
      key: "s",
      title: { nl: "Buurt", fr: "Quartier", en: "Neighbourhood" },
      questions: [{ key: "liking", type: "scale", text: { nl: "Hoe graag?", fr: "Combien ?", en: "How much?" }, required: true }],
    },
  ],
};

/**
 * A valid assisted submission in a tenant, for core's generated replay test (test/outbox-replay.int.test.ts): an open
 * survey of its own with one scale question, and an answer to it.
 */
export const outboxExample: OutboxExample = async ({ db, tenantId }) => {
  const survey = await db.bevragingenSurvey.create({ data: { tenantId, title: { nl: "Replay" }, languages: ["nl", "fr", "en"] } });
  const version = await db.bevragingenVersion.create({
    data: { tenantId, surveyId: survey.id, number: 1, content: CONTENT as unknown as Prisma.InputJsonValue, publishedAt: new Date() },
  });
  await db.bevragingenSurvey.update({ where: { id: survey.id }, data: { status: "open", publishedVersionId: version.id } });
  return { surveyId: survey.id, versionId: version.id, channel: "assisted", language: "fr", answers: { liking: 4 } };
};
