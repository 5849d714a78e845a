"use client";
import type { MapConfig } from "@zorgzaam/ui/map";
import { createContext, type ReactNode, useContext } from "react";

/** What some questions need besides the survey: the tenant's map for a point (null: a typed street or place only). */
export type Extras = { map: MapConfig | null };

const ExtrasContext = createContext<Extras>({ map: null });

/** Gives the questions of a form (assisted entry, preview) the tenant's map; without it a point is typed. */
export function FieldExtras({ map, children }: Extras & { children: ReactNode }) {
  return <ExtrasContext.Provider value={{ map }}>{children}</ExtrasContext.Provider>;
}

export const useFieldExtras = () => useContext(ExtrasContext);
