import { P } from "../../../manifest";
import { saveActorAnswers, saveNetworkAnswer } from "../../evaluation/answers";
import { answerInput, networkAnswerInput } from "../../evaluation/input";
import { openRound, visibleRow } from "../../evaluation/read";
import { procedure } from "../../procedures";

/** Answering the guiding questions, per actor and for the whole network (see ../evaluation.ts). */
export const answerProcedures = {
  /** Saves some answers for one actor (only what changed; see server/evaluation/answers.ts for the concurrency rule). */
  answer: procedure(P.evaluate)
    .input(answerInput)
    .mutation(async ({ ctx, input }) => {
      await openRound(ctx, input.roundId);
      const row = await visibleRow(ctx, input.roundId, input.actorId);
      const fields = await saveActorAnswers(ctx, row, input.answers, input.before);
      if (fields.length)
        await ctx.audit({
          action: "partners.evaluation.answered",
          targetType: "PartnersEvaluationActor",
          targetId: row.id,
          data: { roundId: input.roundId, actorId: input.actorId, fields },
        });
      const now = await ctx.tx.partnersEvaluationActor.findUniqueOrThrow({ where: { id: row.id } });
      return {
        answers: {
          worksTogether: now.worksTogether,
          mutual: now.mutual,
          worthWaking: now.worthWaking,
          opensNetworks: now.opensNetworks,
          proposedStatus: now.proposedStatus,
          note: now.note,
        },
        answeredAt: now.answeredAt,
        version: now.version,
      };
    }),

  /** Saves the answer to one whole-network question (compare-and-set on the text the person saw). */
  networkAnswer: procedure(P.evaluate)
    .input(networkAnswerInput)
    .mutation(async ({ ctx, input }) => {
      await openRound(ctx, input.roundId);
      await saveNetworkAnswer(ctx, input.roundId, input.key, input.text, input.before);
      await ctx.audit({
        action: "partners.evaluation.network_answered",
        targetType: "PartnersEvaluationRound",
        targetId: input.roundId,
        data: { key: input.key },
      });
      return { key: input.key, text: input.text };
    }),
};
