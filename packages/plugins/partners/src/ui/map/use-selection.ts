"use client";
import { useCallback, useRef, useState } from "react";

/**
 * Which point's card is open. Opening remembers the point's button (or its link in the preview); closing the card (its button, Escape) gives the
 * focus back to it, so a keyboard user continues where they were.
 */
export function useSelection() {
  const [selected, setSelected] = useState<string | null>(null);
  const returnFocus = useRef<{ focus(): void } | null>(null);
  const open = useCallback((id: string, from: { focus(): void }) => {
    returnFocus.current = from;
    setSelected(id);
  }, []);
  const clear = useCallback(() => setSelected(null), []);
  const close = useCallback(() => {
    setSelected(null);
    returnFocus.current?.focus();
  }, []);
  return { selected, open, clear, close };
}
