"use client";
import type { LatLng } from "@zorgzaam/ui/map";
import { useCallback, useState } from "react";

/**
 * Placing a new actor on the map: while the mode is on, a click on the map (or "use the centre") picks the point the
 * new-actor form starts with. Switching the mode on or off forgets the picked point.
 */
export function useAddMode() {
  const [adding, setAdding] = useState(false);
  const [picked, setPicked] = useState<LatLng | null>(null);
  const toggle = useCallback(() => {
    setAdding((a) => !a);
    setPicked(null);
  }, []);
  return { adding, picked, pick: setPicked, toggle };
}
