"use client";
import { type BoundaryGeometry, boundaryStats } from "@zorgzaam/ui/map";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";

/** The text alternative of a boundary on a map (area and number of corners), and its box for framing. */
export function useBoundaryCaption(name: string, geometry: BoundaryGeometry | null) {
  const t = useTranslations("map");
  const format = useFormatter();
  const stats = useMemo(() => (geometry ? boundaryStats(geometry) : null), [geometry]);
  const caption = stats
    ? t("withBoundary", {
        name: name || t("unnamed"),
        area: format.number(stats.areaKm2, { maximumFractionDigits: stats.areaKm2 < 1 ? 2 : 1 }),
        points: stats.points,
      })
    : t("withoutBoundary");
  return { stats, caption };
}
