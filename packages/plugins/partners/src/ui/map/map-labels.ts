"use client";
import type { MapLabels } from "@zorgzaam/ui/map";
import { useTranslations } from "next-intl";
import { useMemo } from "react";

/** The map controls' strings from this module's catalog. */
export function useMapLabels(): MapLabels {
  const t = useTranslations("partners.map.controls");
  return useMemo(
    () => ({
      title: t("title"),
      loading: t("loading"),
      zoomIn: t("zoomIn"),
      zoomOut: t("zoomOut"),
      resetBearing: t("resetBearing"),
      attribution: t("attribution"),
      gestureWindows: t("gestureWindows"),
      gestureMac: t("gestureMac"),
      gestureMobile: t("gestureMobile"),
    }),
    [t],
  );
}
