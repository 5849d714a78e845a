"use client";
import { useEffect, useRef } from "react";

/**
 * Focus for "edit in place": opening moves focus to the first field of the form, closing gives it back to the
 * button that opened it, so keyboard and screen-reader users do not lose their place.
 */
export function useEditFocus<T extends HTMLElement = HTMLFormElement>(open: boolean) {
  const panelRef = useRef<T | null>(null);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (open && !wasOpen.current) {
      panelRef.current?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
    } else if (!open && wasOpen.current) {
      triggerRef.current?.focus();
    }
    wasOpen.current = open;
  }, [open]);
  return { panelRef, triggerRef };
}
