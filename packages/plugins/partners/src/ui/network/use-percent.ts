"use client";
import { useFormatter } from "next-intl";

/** A share (0..1) as a percentage in the reader's language, one decimal at most. */
export function usePercent(): (x: number) => string {
  const format = useFormatter();
  return (x: number) => format.number(x, { style: "percent", maximumFractionDigits: 1 });
}
