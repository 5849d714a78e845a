"use client";
import { useRef, useState } from "react";

/**
 * The node whose details are shown (from the drawing, the picker, the bridges or the table). Chosen from a list, the
 * focus moves to the details' heading, so keyboard and screen-reader users land on what they asked for.
 */
export function useNodeSelection() {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const detailsHeading = useRef<HTMLHeadingElement>(null);
  function select(id: string | null, focusDetails = false) {
    setSelectedId(id);
    if (focusDetails) {
      // Let the details render first, then bring keyboard and screen-reader users there.
      setTimeout(() => detailsHeading.current?.focus(), 0);
    }
  }
  return { selectedId, select, detailsHeading };
}
