/**
 * Runs once when a web server process starts (next start / next dev), before it answers requests: see
 * server/start.ts. Not during `next build`, and not in the edge runtime (nothing here runs there).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWebProcess } = await import("./server/start");
  startWebProcess();
}
