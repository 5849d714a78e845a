import { id, optionalText } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { ACQUAINTANCE_STRENGTHS, ACTOR_KINDS, AIMED_AT, CARE_LINES, LINK_TYPES, RELATIONSHIP_STATUSES, VISIBILITIES } from "../domain";
import { PARTNERS_LIMITS } from "../limits";
import { zodMessage } from "./errors";

export { id, optionalText };

export const actorKind = z.enum(ACTOR_KINDS);
export const relationshipStatus = z.enum(RELATIONSHIP_STATUSES);
export const linkType = z.enum(LINK_TYPES);
export const visibility = z.enum(VISIBILITIES);
export const aimedAt = z.enum(AIMED_AT);
export const strength = z.enum(ACQUAINTANCE_STRENGTHS);
export const careLine = z.union(CARE_LINES.map((n) => z.literal(n)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]);

export const actorName = z.string().trim().min(1, zodMessage("partners.schema.nameRequired")).max(PARTNERS_LIMITS.actorName);
export const sectorKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,60}$/, zodMessage("partners.schema.keyFormat"));
export const tag = z.string().trim().min(1, zodMessage("partners.schema.tagEmpty")).max(60, zodMessage("partners.schema.tagTooLong"));
export const language = z
  .string()
  .trim()
  .min(2, zodMessage("partners.schema.languageRequired"))
  .max(40, zodMessage("partners.schema.maxChars", { max: 40 }));
export const lat = z.number().min(-90, zodMessage("partners.schema.latRange")).max(90, zodMessage("partners.schema.latRange"));
export const lng = z.number().min(-180, zodMessage("partners.schema.lngRange")).max(180, zodMessage("partners.schema.lngRange"));
export const text = (max: number) => z.string().trim().max(max);
export const website = z
  .string()
  .trim()
  .max(500, zodMessage("partners.schema.maxChars", { max: 500 }))
  .refine((s) => s === "" || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(s), zodMessage("partners.schema.websiteFormat"));

export const contact = z.object({
  name: text(120).min(1, zodMessage("partners.schema.contactNameRequired")),
  role: text(120).default(""),
  email: z
    .string()
    .trim()
    .max(200, zodMessage("partners.schema.maxChars", { max: 200 }))
    .refine((s) => s === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), zodMessage("partners.schema.emailFormat"))
    .default(""),
  phone: text(40).default(""),
});
export type Contact = z.infer<typeof contact>;

export const version = z.number().int().min(1).max(2_147_483_647);
