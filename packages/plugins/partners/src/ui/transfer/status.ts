/** The badge colour of an import's status. */
export function statusTone(status: string): "neutral" | "good" | "warn" | "bad" {
  if (status === "done") return "good";
  if (status === "failed") return "bad";
  if (status === "queued" || status === "running") return "warn";
  return "neutral";
}
