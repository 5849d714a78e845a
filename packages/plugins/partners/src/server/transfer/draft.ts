import type { ActorKind, RelationshipStatus } from "../../domain";
import type { Contact } from "../schemas";
import type { ErrorParams } from "@zorgzaam/core/plugin";

/** One actor as read from a file, before it is written: the row it came from and the columns it fills. */
export interface ActorDraft {
  /** Row number as the user sees it (in the named file, for HSDS). */
  row: number;
  file?: string;
  name: string;
  kind: ActorKind;
  sectorKeys: string[];
  formal: boolean;
  status: RelationshipStatus;
  /** A place that is missing or closed, with what the file said about it. */
  missing: boolean;
  missingNote: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  lat: number | null;
  lng: number | null;
  contacts: Contact[];
  website: string | null;
  notes: string | null;
  tags: string[];
  languages: string[];
  openingHours: string | null;
  externalId: string | null;
  /** HSDS: the organization a service belongs to (its HSDS id), linked as "member of" after the import. */
  parentExternalId?: string | null;
}

/** A problem with one row: where (row, column as named in the file) and what to do about it. */
export interface RowError {
  row: number;
  file?: string;
  column: string | null;
  /** The Dutch words; `code` and `params` say it in the reader's language (server/errors.ts, problemIn). */
  message: string;
  code?: string;
  params?: ErrorParams;
}

/** Distinct values of the kind, sector and relationship columns that we could not recognise (for the mapping step). */
export interface UnknownValues {
  kind: string[];
  sectors: string[];
  status: string[];
}

export const MAX_UNKNOWN_VALUES = 100;
