import type { Tx } from "@zorgzaam/core/plugin";
import type { AggregationMethod } from "../../domain";
import { type Aggregate, aggregate } from "../../indicators";

export interface IndicatorRow extends Aggregate {
  id: string;
  name: string;
  year: number;
  method: AggregationMethod;
  source: string | null;
  hypothesisId: string | null;
  sectors: number;
}

/** The imported indicators of an analysis, each aggregated to the buurt by the sectors of its neighbourhoods. */
export async function indicatorTable(tx: Tx, analysisId: string): Promise<IndicatorRow[]> {
  const areas = await tx.buurtanalyseArea.findMany({ where: { analysisId }, select: { sectorCodes: true } });
  const sectors = areas.flatMap((a) => a.sectorCodes);
  const indicators = await tx.buurtanalyseIndicator.findMany({
    where: { analysisId },
    orderBy: [{ name: "asc" }, { year: "desc" }],
    include: { values: { select: { sectorCode: true, value: true, weight: true } } },
  });
  return indicators.map((i) => ({
    id: i.id,
    name: i.name,
    year: i.year,
    method: i.method as AggregationMethod,
    source: i.source,
    hypothesisId: i.hypothesisId,
    sectors: i.values.length,
    ...aggregate(i.values, sectors, i.method as AggregationMethod),
  }));
}
