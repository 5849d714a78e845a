"use client";
import { type MapLabels, mapLabelsFrom } from "@zorgzaam/ui/map";
import { useTranslations } from "next-intl";
import { useMemo } from "react";

/** The map controls' strings from this module's catalog (partners.map.controls). */
export function useMapLabels(): MapLabels {
  const t = useTranslations("partners.map.controls");
  return useMemo(() => mapLabelsFrom(t), [t]);
}
