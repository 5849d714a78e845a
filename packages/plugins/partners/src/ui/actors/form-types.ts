import type { MapConfig } from "@zorgzaam/ui/map";
import type { Dispatch, SetStateAction } from "react";
import type { ACTOR_KINDS, AIMED_AT, RELATIONSHIP_STATUSES } from "../../domain";
import type { ContactRow } from "./contacts-editor";
import type { SectorOption } from "./labels";
import type { PersonOptions } from "./person-options";

/** The actor form's values (text as typed) and options, shared by the form and its sections. */
export type Kind = (typeof ACTOR_KINDS)[number];
export type Status = (typeof RELATIONSHIP_STATUSES)[number];
export type AimedAt = (typeof AIMED_AT)[number];

export interface ActorFormValues {
  name: string;
  kind: Kind;
  sectorKeys: string[];
  formal: boolean;
  careLine: 1 | 2 | 3 | null;
  aimedAt: AimedAt | null;
  vindplaats: boolean;
  vindplaatsNote: string;
  address: string;
  postcode: string;
  city: string;
  lat: string;
  lng: string;
  neighbourhoodIds: string[];
  languages: string;
  openingHours: string;
  contacts: ContactRow[];
  website: string;
  notes: string;
  tags: string;
  visibility: "partnership" | "organisation";
  missing: boolean;
  missingNote: string;
  status: Status;
  offersUs: string;
  offersThem: string;
  personId: string | null;
  personName: string | null;
}

export interface ActorFormOptions {
  /** The tenant's base map, for placing the point. */
  map: MapConfig;
  sectors: SectorOption[];
  neighbourhoods: { id: string; name: string }[];
  myOrganisationId: string | null;
  canChooseVisibility: boolean;
  seesKeyFigures: boolean;
  /** Registering a key figure's person inline (null: the member may only link people who are already registered). */
  person: PersonOptions | null;
}

export const splitList = (s: string) =>
  s
    .split(/[,;]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Reads "50,88" as well as "50.88" (Belgian keyboards). Empty → null; junk → NaN (the server explains). */
export function coordinate(s: string): number | null {
  const t = s.trim().replace(",", ".");
  return t === "" ? null : Number(t);
}

export type ConsentMethod = "" | "verbal" | "written" | "online";

/** What every section of the form gets: the values, ways to change them, the server's field errors, the options. */
export interface SectionProps {
  v: ActorFormValues;
  set: <K extends keyof ActorFormValues>(k: K, value: ActorFormValues[K]) => void;
  setV: Dispatch<SetStateAction<ActorFormValues>>;
  toggle: (k: "sectorKeys" | "neighbourhoodIds", value: string, on: boolean) => void;
  err: (k: string) => string | null;
  options: ActorFormOptions;
}

export interface ConsentProps {
  consentMethod: ConsentMethod;
  onConsentMethod: (m: ConsentMethod) => void;
}
