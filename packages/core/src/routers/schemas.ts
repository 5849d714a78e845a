import { z } from "zod";
import { ROLES } from "../permissions/roles";
import { LOCALES } from "../i18n/locales";
import { LIMITS } from "../limits";
import { zodMessage } from "../trpc/errors";

/** Shared input pieces, so every procedure validates ids, names and pages the same way. */
export const id = z.uuid({ message: zodMessage("schema.invalidReference") });
export const name = z.string().trim().min(1, zodMessage("schema.nameRequired")).max(LIMITS.name);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));
export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: zodMessage("schema.invalidEmail") }));
export const role = z.enum(ROLES, { message: zodMessage("schema.unknownRole") });
export const roles = z.array(role).min(1, zodMessage("schema.roleRequired")).max(ROLES.length);
export const locale = z.enum(LOCALES);
export { pageInput as page } from "../pagination";

/** A date people can mean: between 1900 and 9999 (PostgreSQL refuses years before 1, JavaScript allows them). */
export const dateInput = z.coerce
  .date({ message: zodMessage("schema.invalidDate") })
  .min(new Date("1900-01-01T00:00:00Z"), zodMessage("schema.dateAfter1900"))
  .max(new Date("9999-12-31T00:00:00Z"), zodMessage("schema.dateBefore10000"));
