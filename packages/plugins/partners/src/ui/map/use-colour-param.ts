"use client";
import { useState } from "react";
import type { ColourBy } from "./url";

/**
 * What the points are coloured by, kept in the address (?colour=status; bookmarks, sharing) without asking the server
 * again: the colours are drawn in the browser.
 */
export function useColourParam(initial: ColourBy): [ColourBy, (c: ColourBy) => void] {
  const [colour, setColourState] = useState<ColourBy>(initial);
  const setColour = (c: ColourBy) => {
    setColourState(c);
    const url = new URL(window.location.href);
    if (c === "sector") url.searchParams.delete("colour");
    else url.searchParams.set("colour", c);
    window.history.replaceState(window.history.state, "", url);
  };
  return [colour, setColour];
}
