import type { inferRouterOutputs } from "@trpc/server";
import type { PartnersRouter } from "../../server/router";

/** The steps of the walk-through (here, not in the client component, so the server page can read them too). */
export const STEPS = ["actors", "network", "followUps", "close"] as const;
export type Step = (typeof STEPS)[number];

type Round = inferRouterOutputs<PartnersRouter>["evaluation"]["get"];

/** A round as the walk-through receives it from the server page (dates as ISO strings). */
export type RoundView = Omit<Round, "startedAt" | "closedAt" | "actors"> & {
  startedAt: string;
  closedAt: string | null;
  actors: (Omit<Round["actors"][number], "answeredAt"> & { answeredAt: string | null })[];
};
export type RoundActor = RoundView["actors"][number];
export type Answers = RoundActor["answers"];
export type FollowUp = RoundView["followUps"][number];

export function toView(r: Round): RoundView {
  return {
    ...r,
    startedAt: r.startedAt.toISOString(),
    closedAt: r.closedAt ? r.closedAt.toISOString() : null,
    actors: r.actors.map((a) => ({ ...a, answeredAt: a.answeredAt ? a.answeredAt.toISOString() : null })),
  };
}
