import { id, optionalText } from "@zorgzaam/core/routers/schemas";
import { z } from "zod";
import { ACQUAINTANCE_STRENGTHS, ACTOR_KINDS, AIMED_AT, CARE_LINES, LINK_TYPES, RELATIONSHIP_STATUSES, VISIBILITIES } from "../domain";
import { PARTNERS_LIMITS } from "../limits";

export { id, optionalText };

export const actorKind = z.enum(ACTOR_KINDS);
export const relationshipStatus = z.enum(RELATIONSHIP_STATUSES);
export const linkType = z.enum(LINK_TYPES);
export const visibility = z.enum(VISIBILITIES);
export const aimedAt = z.enum(AIMED_AT);
export const strength = z.enum(ACQUAINTANCE_STRENGTHS);
export const careLine = z.union(CARE_LINES.map((n) => z.literal(n)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]);

export const actorName = z.string().trim().min(1, "Vul een naam in").max(PARTNERS_LIMITS.actorName);
export const sectorKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,60}$/, "Een sleutel bestaat uit kleine letters, cijfers, - of _");
export const tag = z.string().trim().min(1, "Een label mag niet leeg zijn").max(60, "Maximaal 60 tekens per label");
export const language = z.string().trim().min(2, "Geef een taal").max(40, "Maximaal 40 tekens");
export const lat = z.number().min(-90, "Breedtegraad tussen -90 en 90").max(90, "Breedtegraad tussen -90 en 90");
export const lng = z.number().min(-180, "Lengtegraad tussen -180 en 180").max(180, "Lengtegraad tussen -180 en 180");
export const text = (max: number) => z.string().trim().max(max);
export const website = z
  .string()
  .trim()
  .max(500, "Maximaal 500 tekens")
  .refine((s) => s === "" || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(s), "Geef een webadres dat begint met http:// of https://");

export const contact = z.object({
  name: text(120).min(1, "Vul de naam van de contactpersoon in"),
  role: text(120).default(""),
  email: z
    .string()
    .trim()
    .max(200, "Maximaal 200 tekens")
    .refine((s) => s === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), "Ongeldig e-mailadres")
    .default(""),
  phone: text(40).default(""),
});
export type Contact = z.infer<typeof contact>;

export const version = z.number().int().min(1).max(2_147_483_647);
