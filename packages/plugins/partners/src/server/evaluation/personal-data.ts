/**
 * What evaluation rounds hold about a key figure (an actor that is a Person): the team's free-text answers about that
 * actor and the follow-ups about it may name the person. The module's personal-data hook (../personal-data.ts) calls
 * these for the key-figure actors of the Person being exported or erased.
 */
import type { Tx } from "@zorgzaam/core/plugin";

const ERASED_FOLLOW_UP = "Afspraak over een gewiste sleutelfiguur";

export async function exportEvaluationOfActors(tx: Tx, actorIds: readonly string[]) {
  if (actorIds.length === 0) return { PartnersEvaluationActor: [], PartnersFollowUp: [] };
  const answers = await tx.partnersEvaluationActor.findMany({
    where: { actorId: { in: [...actorIds] } },
    select: {
      id: true,
      actorId: true,
      statusAtStart: true,
      worksTogether: true,
      mutual: true,
      worthWaking: true,
      opensNetworks: true,
      proposedStatus: true,
      note: true,
      answeredAt: true,
      round: { select: { id: true, title: true, startedAt: true } },
    },
  });
  const followUps = await tx.partnersFollowUp.findMany({
    where: { actorId: { in: [...actorIds] } },
    select: { id: true, actorId: true, text: true, dueDate: true, status: true, createdAt: true, roundId: true },
  });
  return { PartnersEvaluationActor: answers, PartnersFollowUp: followUps };
}

/** Wipes the free text about these actors; the choices (works together, mutual, statuses) stay for the figures. */
export async function eraseEvaluationOfActors(tx: Tx, actorIds: readonly string[]) {
  if (actorIds.length === 0) return { answers: 0, followUps: 0 };
  const answers = await tx.partnersEvaluationActor.updateMany({
    where: { actorId: { in: [...actorIds] } },
    data: { opensNetworks: "", note: "", version: { increment: 1 } },
  });
  const followUps = await tx.partnersFollowUp.updateMany({
    where: { actorId: { in: [...actorIds] } },
    data: { text: ERASED_FOLLOW_UP, version: { increment: 1 } },
  });
  return { answers: answers.count, followUps: followUps.count };
}
