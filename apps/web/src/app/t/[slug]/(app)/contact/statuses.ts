export const STATUSES = ["new", "in_progress", "done", "forwarded"] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_TONE: Record<Status, "warn" | "neutral" | "good"> = {
  new: "warn",
  in_progress: "neutral",
  done: "good",
  forwarded: "neutral",
};
