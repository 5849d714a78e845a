import { dateInput, id, optionalText } from "@zorgzaam/core/plugin";
import { z } from "zod";
import { REFLECTIE_LIMITS } from "../limits";
import { zodMessage } from "./errors";

export { dateInput, id, optionalText };

/** Free text of a field that may be empty (answers, insights, successes). */
export const longText = (max: number = REFLECTIE_LIMITS.answer) => z.string().max(max);

export const title = z.string().trim().min(1, zodMessage("reflectie.schema.titleRequired")).max(REFLECTIE_LIMITS.sessionTitle);

/** Text in nl, fr and en; at least one language filled in. */
export const localised = (max: number) =>
  z
    .object({
      nl: z.string().trim().max(max).default(""),
      fr: z.string().trim().max(max).default(""),
      en: z.string().trim().max(max).default(""),
    })
    .refine((t) => Boolean(t.nl || t.fr || t.en), { message: zodMessage("reflectie.schema.oneLanguage") });

/** A calendar day "YYYY-MM-DD" (due dates). */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, zodMessage("reflectie.schema.invalidDate"))
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= "1900-01-01" && s <= "9999-12-31";
  }, zodMessage("reflectie.schema.invalidDate"));

export const version = z.number().int().min(1).max(2_147_483_647);

export const guestName = z.string().trim().min(1, zodMessage("reflectie.schema.nameRequired")).max(REFLECTIE_LIMITS.guestName);
