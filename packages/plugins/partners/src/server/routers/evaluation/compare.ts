import { P } from "../../../manifest";
import { actorMoves, type FigureRow, roundFigures } from "../../evaluation/figures";
import { compareInput } from "../../evaluation/input";
import { followUpScope, rowScope } from "../../evaluation/read";
import { procedure } from "../../procedures";
import { orThrow } from "../../errors";

/** Comparing rounds (see ../evaluation.ts). */
export const compareProcedures = {
  /**
   * Rounds side by side (oldest first): per round the figures over the actors the caller may see, and per actor how
   * the status at the start and the answers moved from round to round.
   */
  compare: procedure(P.evaluate)
    .input(compareInput)
    .query(async ({ ctx, input }) => {
      const ids = [...new Set(input.roundIds)];
      const rounds = await ctx.tx.partnersEvaluationRound.findMany({ where: { id: { in: ids } }, orderBy: { startedAt: "asc" } });
      if (rounds.length !== ids.length) orThrow(null, "partners.evaluation.roundNotFound");
      const roundIds = rounds.map((r) => r.id);
      const rows = await ctx.tx.partnersEvaluationActor.findMany({
        where: { roundId: { in: roundIds }, ...rowScope(ctx) },
        include: { actor: { select: { name: true, kind: true, status: true } } },
      });
      const followUps = await ctx.tx.partnersFollowUp.findMany({
        where: { roundId: { in: roundIds }, ...followUpScope(ctx) },
        select: { roundId: true, status: true },
      });
      const rowsByRound = new Map<string, (FigureRow & (typeof rows)[number])[]>(roundIds.map((rid) => [rid, []]));
      for (const r of rows) rowsByRound.get(r.roundId)?.push(r);
      const actorInfo = new Map(rows.map((r) => [r.actorId, r.actor]));
      const moves = actorMoves(roundIds, rowsByRound)
        .map((m) => {
          const a = actorInfo.get(m.actorId);
          return { ...m, name: a?.name ?? "", kind: a?.kind ?? "", status: a?.status ?? "" };
        })
        .sort((a, b) => Number(b.changed) - Number(a.changed) || a.name.localeCompare(b.name, "nl"));
      return {
        rounds: rounds.map((r) => ({
          id: r.id,
          title: r.title,
          status: r.status as "open" | "closed",
          startedAt: r.startedAt,
          closedAt: r.closedAt,
          figures: roundFigures(
            rowsByRound.get(r.id) ?? [],
            followUps.filter((f) => f.roundId === r.id),
          ),
        })),
        actors: moves,
      };
    }),
};
