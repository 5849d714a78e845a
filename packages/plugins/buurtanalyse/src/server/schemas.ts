import { dateInput, id, optionalText } from "@zorgzaam/core/plugin";
import { z } from "zod";
import {
  ACTION_STATUSES,
  AGGREGATION_METHODS,
  AREA_KINDS,
  BOUWSTENEN,
  DECISION_SOURCES,
  DRAWN_FOR,
  CONSENT_AUDIENCES,
  LEAD_STATUSES,
  CONVERSATION_KINDS,
  MAP_CATEGORIES,
  PARTICIPANT_MODES,
  PARTICIPANT_ROLES,
  SECTION_KEYS,
  SECTION_STATUSES,
  SWOT_KINDS,
  VERDICTS,
} from "../domain";
import { BUURTANALYSE_LIMITS as L } from "../limits";
import { zodMessage } from "./errors";

export { id };

const required = (max: number) => z.string().trim().min(1).max(max);
const key = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/);
const sectorCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{1,20}$/);

export const sectionKey = z.enum(SECTION_KEYS);
export const sectionStatus = z.enum(SECTION_STATUSES);

export const analysisFields = z.object({
  title: required(L.title),
  periodStart: dateInput.nullable().default(null),
  periodEnd: dateInput.nullable().default(null),
});

export const createAnalysis = analysisFields.extend({
  neighbourhoodIds: z.array(id).min(1).max(L.neighbourhoods),
  teamUserIds: z.array(id).max(L.team).default([]),
  /** Start from this earlier analysis: its hypotheses, SWOT and open actions are copied as a starting point. */
  previousId: id.nullable().default(null),
});

/** What a form may send for a section's content; the round-1 snapshot is written by the server only. */
export const sectionContent = z.object({
  answers: z.record(key, z.string().trim().max(L.longText)).optional(),
  participants: z
    .array(
      z.object({
        role: z.enum(PARTICIPANT_ROLES),
        mode: z.enum(PARTICIPANT_MODES),
        count: z.number().int().min(0).max(100_000),
        label: optionalText(L.label),
      }),
    )
    .max(L.participants)
    .optional(),
  earlier: z
    .array(z.object({ who: required(L.label), what: required(L.shortText), link: optionalText(L.shortText) }))
    .max(L.earlier)
    .optional(),
  checklist: z.array(key).max(L.answers).optional(),
  partnersRoundId: id.nullable().optional(),
});

export const hypothesisFields = z.object({
  text: required(L.shortText),
  rationale: optionalText(L.longText),
  indicators: optionalText(L.longText),
  lookupBy: optionalText(L.label),
  dueOn: dateInput.nullable().default(null),
  verdict: z.enum(VERDICTS).default("open"),
  reasoning: optionalText(L.longText),
});

export const referenceFields = z.object({
  hypothesisId: id,
  indicator: required(L.label),
  areaKind: z.enum(AREA_KINDS),
  areaLabel: optionalText(L.label),
  year: z.number().int().min(1900).max(2200).nullable().default(null),
  value: z.number().min(-1e12).max(1e12),
  source: optionalText(L.shortText),
});

export const importInput = z.object({
  analysisId: id,
  /** The file's text when it is a CSV file; an Excel file comes as `xlsx` (its bytes in base64). One of both. */
  csv: z.string().max(L.importChars).default(""),
  xlsx: z.base64().max(L.importXlsxBase64).nullable().default(null),
  method: z.enum(AGGREGATION_METHODS).default("sum"),
  source: optionalText(L.shortText),
  hypothesisId: id.nullable().default(null),
});

export const areaSectors = z.object({
  analysisId: id,
  neighbourhoodId: id,
  sectorCodes: z.array(sectorCode).max(L.sectorCodes),
});

export const swotFields = z.object({
  kind: z.enum(SWOT_KINDS),
  text: required(L.shortText),
  hypothesisId: id.nullable().default(null),
  /** Round-4 evidence it rests on (BA-7): an observation, a quote or a linked survey's results. */
  observationId: id.nullable().default(null),
  quoteId: id.nullable().default(null),
  surveyLinkId: id.nullable().default(null),
});

/** Round 4 (BA-7): where a quote or a photo may appear besides the team. */
export const audienceList = z
  .array(z.enum(CONSENT_AUDIENCES))
  .max(CONSENT_AUDIENCES.length)
  .transform((xs) => CONSENT_AUDIENCES.filter((a) => xs.includes(a)));
/** The same, none when not sent (a new quote or photo is for the team only until someone ticks more). */
export const audiences = z
  .array(z.enum(CONSENT_AUDIENCES))
  .max(CONSENT_AUDIENCES.length)
  .default([])
  .transform((xs) => CONSENT_AUDIENCES.filter((a) => xs.includes(a)));

/** A place on the map: a GeoJSON Point (longitude, latitude). */
export const point = z.object({
  type: z.literal("Point"),
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
});

const PHOTO_CHARS = Math.ceil((L.photoBytes * 4) / 3) + 64;
/** A photo as the phone sends it: a data: URL of a JPEG, PNG or WebP; core checks and re-encodes the bytes. */
export const photo = z
  .string()
  .max(PHOTO_CHARS, zodMessage("buurtanalyse.photo.tooLarge", { max: Math.round(L.photoBytes / 1_000_000) }))
  .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/, zodMessage("buurtanalyse.photo.notImage"));

export const observationFields = z.object({
  text: required(L.longText),
  cueKey: key.nullable().default(null),
  point: point.nullable().default(null),
  /** When it was seen; now when not given. */
  observedAt: dateInput.nullable().default(null),
  photo: photo.nullable().default(null),
  photoAudiences: audiences,
});

export const conversationFields = z.object({
  kind: z.enum(CONVERSATION_KINDS).default("conversation"),
  withWhom: required(L.shortText),
  participants: z.number().int().min(1).max(1_000).nullable().default(null),
  place: optionalText(L.shortText),
  heldOn: dateInput,
  notes: optionalText(L.longText),
});

/** Round 4: a key-figure lead, by role and place (never a name), its state and, once added in Partners, its actor. */
export const leadFields = z.object({
  who: required(L.shortText),
  place: optionalText(L.shortText),
  notes: optionalText(L.longText),
  status: z.enum(LEAD_STATUSES).default("to_contact"),
  actorId: id.nullable().default(null),
});

export const quoteFields = z.object({
  text: required(L.longText),
  conversationId: id.nullable().default(null),
  observationId: id.nullable().default(null),
  saidBy: optionalText(L.shortText),
  personId: id.nullable().default(null),
  audiences,
});

export const actionFields = z.object({
  title: required(L.title),
  goal: optionalText(L.longText),
  owner: optionalText(L.label),
  startsOn: dateInput.nullable().default(null),
  dueOn: dateInput.nullable().default(null),
  partners: optionalText(L.shortText),
  bouwstenen: z.array(z.enum(BOUWSTENEN)).max(BOUWSTENEN.length).default([]),
  status: z.enum(ACTION_STATUSES).default("planned"),
  approach: optionalText(L.longText),
  result: optionalText(L.longText),
  adjust: optionalText(L.longText),
});

/** One position, [longitude, latitude], as GeoJSON orders it. */
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const samePoint = (a: readonly number[] | undefined, b: readonly number[] | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];

/**
 * What can be drawn on an analysis's map: a point, a line (two corners or more) or an area (one ring of three corners
 * or more, without holes: what the drawing edits). An area's ring is closed when it was not (the first corner repeated
 * at the end). Corners are limited; nothing is cut.
 */
export const mapGeometry = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Point"), coordinates: position }),
  z.object({ type: z.literal("LineString"), coordinates: z.array(position).min(2).max(L.mapVertices) }),
  z.object({
    type: z.literal("Polygon"),
    coordinates: z
      .array(z.array(position).min(3).max(L.mapVertices))
      .length(1)
      .transform((rings) =>
        rings.map((ring) => (samePoint(ring[0], ring[ring.length - 1]) ? ring : [...ring, ring[0] as [number, number]])),
      )
      .refine(([ring]) => (ring?.length ?? 0) >= 4),
  }),
]);
export type MapGeometry = z.infer<typeof mapGeometry>;

export const mapItemFields = z.object({
  category: z.enum(MAP_CATEGORIES),
  label: required(L.label),
  note: optionalText(L.longText),
  geometry: mapGeometry,
});

/** One drawing of the buurt: an area (one ring), for herself or for someone by role. */
export const drawingGeometry = mapGeometry.options[2];
export const drawnFor = z.enum(DRAWN_FOR).nullable();

export const drawInput = z.object({ analysisId: id, drawnFor: drawnFor.default(null), geometry: drawingGeometry });

/** The team's decision: one boundary (from the agreement, one drawing, or drawn anew) or kept fuzzy. */
export const decideInput = z.discriminatedUnion("mode", [
  z.object({
    analysisId: id,
    mode: z.literal("one"),
    source: z.enum(DECISION_SOURCES),
    drawingId: id.nullable().default(null),
    geometry: drawingGeometry.nullable().default(null),
  }),
  z.object({ analysisId: id, mode: z.literal("fuzzy") }),
]);
