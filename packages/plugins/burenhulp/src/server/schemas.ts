import { dateInput, id, optionalText } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { CHANNELS, OFFER_STATUSES, REQUEST_STATUSES, SIGNALS, WEIGHTS, WHEN_KINDS } from "../domain";
import { BURENHULP_LIMITS as L } from "../limits";
import { zodMessage } from "./errors";

export { id };

const weekday = z.number().int().min(1, zodMessage("burenhulp.schema.weekday")).max(7, zodMessage("burenhulp.schema.weekday"));
export const weekdays = z.array(weekday).max(7);
export const language = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, zodMessage("burenhulp.schema.language"));
export const languages = z.array(language).max(L.languages);
const lat = z.number().min(-90).max(90).nullable();
const lng = z.number().min(-180).max(180).nullable();

/** What, when and where: the fields a request and an offer share. */
const shared = {
  kindId: id,
  weekdays: weekdays.default([]),
  startsOn: dateInput.nullable().default(null),
  endsOn: dateInput.nullable().default(null),
  whenNote: optionalText(L.whenNote),
  neighbourhoodId: id.nullable().default(null),
  street: optionalText(L.street),
  lat: lat.default(null),
  lng: lng.default(null),
  languages: languages.default([]),
  notes: optionalText(L.notes),
};

export const requestFields = z.object({
  ...shared,
  whenKind: z.enum(WHEN_KINDS).default("once"),
  weight: z.enum(WEIGHTS).default("unsure"),
  signals: z.array(z.enum(SIGNALS)).max(SIGNALS.length).default([]),
  urgent: z.boolean().default(false),
  status: z.enum(REQUEST_STATUSES).default("open"),
  referrerOrganisationId: id.nullable().default(null),
});

export const requestCreate = requestFields.extend({ personId: id, channel: z.enum(CHANNELS) });

export const offerFields = z.object({ ...shared, status: z.enum(OFFER_STATUSES).default("active") });
export const offerCreate = offerFields.extend({ personId: id });

/** The end may not lie before the start (both sent). */
export function endsAfterStart(v: { startsOn?: Date | null; endsOn?: Date | null }, ctx: z.RefinementCtx) {
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: zodMessage("burenhulp.schema.endsBeforeStart") });
}

export const maxPerMonth = z
  .number()
  .int()
  .min(0, zodMessage("burenhulp.schema.maxPerMonth"))
  .max(31, zodMessage("burenhulp.schema.maxPerMonth"));
