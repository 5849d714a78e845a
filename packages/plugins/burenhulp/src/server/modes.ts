import type { Tx } from "@zorgzaam/core/plugin";

/** Where matching is off (BH-10): the whole tenant, or its neighbourhoods set to facilitation. */
export type Facilitated = { all: true } | { all: false; neighbourhoods: Set<string> };

export async function facilitated(ctx: { tx: Tx; settings: { mode: string } }): Promise<Facilitated> {
  if (ctx.settings.mode === "facilitation") return { all: true };
  const rows = await ctx.tx.burenhulpArea.findMany({ where: { mode: "facilitation" }, select: { neighbourhoodId: true } });
  return { all: false, neighbourhoods: new Set(rows.map((r) => r.neighbourhoodId)) };
}

/** Whether a request (by its neighbourhood) is in a place that only facilitates: then nobody is matched to it. */
export function facilitates(f: Facilitated, neighbourhoodId: string | null): boolean {
  return f.all || (neighbourhoodId !== null && f.neighbourhoods.has(neighbourhoodId));
}
