import { updateInput, type UpdateMark } from "@zorgzaam/core/plugin";
import { z } from "zod";
import {
  actorKind,
  actorName,
  aimedAt,
  careLine,
  contact,
  id,
  language,
  lat,
  lng,
  relationshipStatus,
  sectorKey,
  tag,
  text,
  version,
  visibility,
  website,
} from "../schemas";
import { zodMessage } from "../errors";

const nullableText = (max: number) =>
  text(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

/** Everything a person can fill in about an actor (create and update share it; update makes it partial). */
export const actorFields = z.object({
  name: actorName,
  kind: actorKind,
  sectorKeys: z.array(sectorKey).max(20, zodMessage("partners.schema.maxSectors")).default([]),
  /** Left out: a key figure is informal (a person, not an organisation), every other kind formal. */
  formal: z.boolean().optional(),
  careLine: careLine.nullable().default(null),
  aimedAt: aimedAt.nullable().default(null),
  vindplaats: z.boolean().default(false),
  vindplaatsNote: nullableText(1000),
  address: nullableText(300),
  postcode: nullableText(20),
  city: nullableText(120),
  lat: lat.nullable().default(null),
  lng: lng.nullable().default(null),
  neighbourhoodIds: z.array(id).max(100).default([]),
  languages: z.array(language).max(30).default([]),
  openingHours: nullableText(1000),
  contacts: z.array(contact).max(20, zodMessage("partners.schema.maxContacts")).default([]),
  website: website.default(""),
  notes: nullableText(5000),
  tags: z.array(tag).max(30, zodMessage("partners.schema.maxTags")).default([]),
  visibility: visibility.optional(),
  missing: z.boolean().default(false),
  missingNote: nullableText(1000),
  status: relationshipStatus.default("not_contacted"),
  offersUs: text(5000).default(""),
  offersThem: text(5000).default(""),
  /** Key figures only: the core Person they are. */
  personId: id.nullable().default(null),
  /** Key figures only: record the person's consent now (how it was given), when it is not on file yet. */
  consentMethod: z.enum(["verbal", "written", "online"]).nullable().default(null),
});
export type ActorFields = z.infer<typeof actorFields>;

const HALF_POINT = { message: zodMessage("partners.schema.halfPoint"), path: ["lat"] };

export const createActorInput = actorFields.refine((v) => (v.lat === null) === (v.lng === null), HALF_POINT);

/** An update names the version it started from; fields left out stay as they are (no default is filled in). */
export const updateActorInput = updateInput(actorFields, { id, version }).refine(
  (v) => (v.lat === undefined) === (v.lng === undefined) && (v.lat === null) === (v.lng === null),
  HALF_POINT,
);

/**
 * What an update changes besides the fields sent: a point sets where it came from and may move the actor into other
 * neighbourhoods; a kind other than key figure unlinks the person; a new status is dated.
 */
export const ACTOR_DERIVED: UpdateMark["derived"] = {
  lat: ["lng", "locationSource", "neighbourhoodIds"],
  lng: ["lat", "locationSource", "neighbourhoodIds"],
  kind: ["personId"],
  status: ["statusChangedAt"],
};

/** Tags are compared case-insensitively: stored lower-case, once each. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

export function normaliseList(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}
