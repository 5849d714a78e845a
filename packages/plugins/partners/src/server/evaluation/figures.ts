/**
 * The figures of a round and how answers moved between rounds: pure functions over the rows a member may see, so the
 * compare page and its tests agree on what "share working together" means.
 */
import { RELATIONSHIP_STATUSES, type RelationshipStatus } from "../../domain";
import { WORK_ANSWERS, type WorkAnswer } from "./questions";

export interface FigureRow {
  actorId: string;
  statusAtStart: string;
  worksTogether: string | null;
  mutual: string | null;
  worthWaking: string | null;
  proposedStatus: string | null;
  appliedStatus: string | null;
  answeredAt: Date | null;
}

export type WorkCounts = Record<WorkAnswer | "unanswered", number>;

export interface RoundFigures {
  actors: number;
  answered: number;
  byStatusAtStart: Record<RelationshipStatus, number>;
  worksTogether: WorkCounts;
  /** yes / (yes + partly + no): of the ties the team judged, the share where we really work together; null: none judged. */
  worksTogetherShare: number | null;
  mutual: WorkCounts;
  mutualShare: number | null;
  /** Dormant ties at the start of the round, and those judged worth waking. */
  dormant: number;
  dormantWorthWaking: number;
  /** Proposed statuses that closing the round applied to the actors. */
  applied: number;
  followUps: { open: number; done: number; dropped: number };
}

function workCounts(values: (string | null)[]): WorkCounts {
  const out: WorkCounts = { yes: 0, partly: 0, no: 0, unknown: 0, unanswered: 0 };
  for (const v of values) {
    if (v && (WORK_ANSWERS as readonly string[]).includes(v)) out[v as WorkAnswer]++;
    else out.unanswered++;
  }
  return out;
}

function share(c: WorkCounts): number | null {
  const judged = c.yes + c.partly + c.no;
  return judged === 0 ? null : c.yes / judged;
}

/** Only the ties we have (had) a relationship with are asked "do we work together" and "is it mutual". */
const RELATED = new Set(["intensive", "occasional", "dormant", "let_go"]);

export function roundFigures(rows: readonly FigureRow[], followUps: readonly { status: string }[]): RoundFigures {
  const byStatusAtStart = Object.fromEntries(RELATIONSHIP_STATUSES.map((s) => [s, 0])) as Record<RelationshipStatus, number>;
  for (const r of rows) if (r.statusAtStart in byStatusAtStart) byStatusAtStart[r.statusAtStart as RelationshipStatus]++;
  const related = rows.filter((r) => RELATED.has(r.statusAtStart));
  const worksTogether = workCounts(related.map((r) => r.worksTogether));
  const mutual = workCounts(related.map((r) => r.mutual));
  const dormant = rows.filter((r) => r.statusAtStart === "dormant");
  return {
    actors: rows.length,
    answered: rows.filter((r) => r.answeredAt !== null).length,
    byStatusAtStart,
    worksTogether,
    worksTogetherShare: share(worksTogether),
    mutual,
    mutualShare: share(mutual),
    dormant: dormant.length,
    dormantWorthWaking: dormant.filter((r) => r.worthWaking === "yes").length,
    applied: rows.filter((r) => r.appliedStatus !== null).length,
    followUps: {
      open: followUps.filter((f) => f.status === "open").length,
      done: followUps.filter((f) => f.status === "done").length,
      dropped: followUps.filter((f) => f.status === "dropped").length,
    },
  };
}

export interface MoveCell {
  statusAtStart: string;
  worksTogether: string | null;
  mutual: string | null;
  worthWaking: string | null;
  proposedStatus: string | null;
  appliedStatus: string | null;
}

export interface ActorMove {
  actorId: string;
  /** One cell per compared round, in the rounds' order; null when the actor was not in that round. */
  cells: (MoveCell | null)[];
  /** An answer or the status at the start differs between two consecutive rounds the actor was in. */
  changed: boolean;
  /** In some of the rounds only (new in the network, or left out). */
  partial: boolean;
}

const MOVED: (keyof MoveCell)[] = ["statusAtStart", "worksTogether", "mutual", "worthWaking"];

/** Per actor, the answers in each round (rounds in the order given). */
export function actorMoves(roundIds: readonly string[], rowsByRound: ReadonlyMap<string, readonly (FigureRow & MoveCell)[]>): ActorMove[] {
  const actorIds = new Set<string>();
  for (const rows of rowsByRound.values()) for (const r of rows) actorIds.add(r.actorId);
  const index = new Map(roundIds.map((id) => [id, new Map((rowsByRound.get(id) ?? []).map((r) => [r.actorId, r]))]));
  return [...actorIds].map((actorId) => {
    const cells = roundIds.map((rid) => {
      const r = index.get(rid)?.get(actorId);
      return r
        ? {
            statusAtStart: r.statusAtStart,
            worksTogether: r.worksTogether,
            mutual: r.mutual,
            worthWaking: r.worthWaking,
            proposedStatus: r.proposedStatus,
            appliedStatus: r.appliedStatus,
          }
        : null;
    });
    const present = cells.filter((c): c is MoveCell => c !== null);
    let changed = false;
    for (let i = 1; i < present.length; i++) {
      const a = present[i - 1] as MoveCell;
      const b = present[i] as MoveCell;
      // An answer not given (yet) is not a move; a different status at the start always is.
      if (MOVED.some((k) => a[k] !== null && b[k] !== null && a[k] !== b[k])) changed = true;
    }
    return { actorId, cells, changed, partial: present.length !== cells.length };
  });
}
