/**
 * Core's error codes: each with the status it answers with; the words are in core's server catalogs
 * (src/i18n/messages/{nl,fr,en}.json, section `errors`). Throw them with `appError(code, params?)`; a look-up that may
 * come back empty uses `orThrow(value, code)`. Foreign or missing ids answer NOT_FOUND, never FORBIDDEN (no existence
 * leaks across tenants). Modules declare their own codes the same way (`defineErrors("<id>", messages, {...})`).
 */
import { serverMessages } from "../i18n/index";
import { defineErrors, type LocalisedParam, onField, withParams } from "./app-error";

export const coreErrors = defineErrors(null, serverMessages, {
  unstorableText: "BAD_REQUEST",
  notFound: "NOT_FOUND",
  "auth.signInRequired": "UNAUTHORIZED",
  "auth.operatorOnly": "FORBIDDEN",
  "auth.emailLinkRequired": "FORBIDDEN",
  "auth.forbidden": "FORBIDDEN",
  "tenant.notFound": "NOT_FOUND",
  "tenant.defaultLocaleNotEnabled": onField("defaultLocale", "BAD_REQUEST"),
  "tenant.customBaseMapNeedsUrl": "BAD_REQUEST",
  "tenant.tileTemplateIncomplete": "BAD_REQUEST",
  "tenant.mapboxNeedsToken": "BAD_REQUEST",
  "module.disabled": "NOT_FOUND",
  "module.notFound": "NOT_FOUND",
  "module.needs": withParams<{ names: LocalisedParam; module: LocalisedParam }>("BAD_REQUEST"),
  "module.usedBy": withParams<{ names: LocalisedParam; module: LocalisedParam }>("BAD_REQUEST"),
  "people.notFound": "NOT_FOUND",
  "people.neighbourhoodRequired": onField("neighbourhoodId", "BAD_REQUEST"),
  "people.firstNameRequired": "BAD_REQUEST",
  "people.languageCode": "BAD_REQUEST",
  "consent.notFound": "NOT_FOUND",
  "consent.purposeRequired": "BAD_REQUEST",
  "consent.purposeNotInList": onField("purpose", "BAD_REQUEST"),
  "consent.purposeNoteRequired": onField("note", "BAD_REQUEST"),
  "consentPurpose.exists": onField("label", "BAD_REQUEST"),
  "consentPurpose.notFound": "NOT_FOUND",
  "consentPurpose.labelRequired": "BAD_REQUEST",
  "neighbourhood.notFound": "NOT_FOUND",
  "neighbourhood.nameTaken": onField("name", "CONFLICT"),
  "organisation.notFound": "NOT_FOUND",
  "organisation.nameTaken": onField("name", "CONFLICT"),
  "members.neighbourhoodNotFound": "NOT_FOUND",
  "members.notFound": "NOT_FOUND",
  "members.lastAdmin": "BAD_REQUEST",
  "roles.permissionNotFound": "NOT_FOUND",
  "roles.adminKeepsRoles": "BAD_REQUEST",
  "invitation.gone": "NOT_FOUND",
  "invitation.notFound": "NOT_FOUND",
  "invitation.alreadyMember": "BAD_REQUEST",
  "invitation.signInAs": withParams<{ email: string }>("UNAUTHORIZED"),
  "invitation.otherAddress": withParams<{ email: string }>("BAD_REQUEST"),
  "invitation.nameRequired": "BAD_REQUEST",
  "invitation.nameMissing": "BAD_REQUEST",
  "invitation.noPasswords": "BAD_REQUEST",
  "password.tooShort": withParams<{ min: number }>("BAD_REQUEST"),
  "password.tooLong": withParams<{ max: number }>("BAD_REQUEST"),
  "password.common": "BAD_REQUEST",
  "password.personal": "BAD_REQUEST",
  "password.simple": "BAD_REQUEST",
  "password.wrongCurrent": "BAD_REQUEST",
  "personalData.jobNotFound": "NOT_FOUND",
  "personalData.nameMismatch": "BAD_REQUEST",
  "personalData.exportNotReady": "NOT_FOUND",
  "personalData.exportGone": "NOT_FOUND",
  "operator.slugTaken": onField("slug", "CONFLICT"),
  "operator.slugFormat": "BAD_REQUEST",
  "operator.jobMissing": withParams<{ id: string }>("NOT_FOUND"),
  "operator.jobNotFailed": withParams<{ id: string; state: string }>("CONFLICT"),
  "sensitive.writeForbidden": "FORBIDDEN",
  "files.empty": "BAD_REQUEST",
  "files.tooLarge": withParams<{ maxMb: number }>("PAYLOAD_TOO_LARGE"),
  "files.typeNotAllowed": withParams<{ types: string }>("BAD_REQUEST"),
  "files.unreadable": "BAD_REQUEST",
  "files.tooManyPixels": withParams<{ maxMegapixels: number }>("BAD_REQUEST"),
  "files.notFound": "NOT_FOUND",
  "public.refused": "BAD_REQUEST",
  "public.formExpired": "BAD_REQUEST",
  "public.tooFast": withParams<{ seconds: number }>("BAD_REQUEST"),
  "public.tooMany": withParams<{ minutes: number }>("TOO_MANY_REQUESTS"),
  "public.consentRequired": onField("consent", "BAD_REQUEST"),
  "public.contactNeeded": onField("email", "BAD_REQUEST"),
  "public.unknownCapability": "NOT_FOUND",
  "contact.notFound": "NOT_FOUND",
  "contact.noEmail": "BAD_REQUEST",
  "contact.ownerNotFound": onField("ownerMembershipId", "NOT_FOUND"),
  "schema.invalidReference": "BAD_REQUEST",
  "schema.nameRequired": "BAD_REQUEST",
  "schema.invalidEmail": "BAD_REQUEST",
  "schema.unknownRole": "BAD_REQUEST",
  "schema.roleRequired": "BAD_REQUEST",
  "schema.invalidDate": "BAD_REQUEST",
  "schema.unknownModule": "BAD_REQUEST",
  "schema.dateInFuture": "BAD_REQUEST",
  "schema.dateAfter1900": "BAD_REQUEST",
  "schema.dateBefore10000": "BAD_REQUEST",
});

export type CoreErrorCode = ReturnType<typeof coreErrors.codes>[number];

/** Throw core's errors: `throw appError("people.notFound")`. */
export const appError = coreErrors.error;
/** The value, or core's error when it is missing: `orThrow(await tx.x.findUnique(...), "neighbourhood.notFound")`. */
export const orThrow = coreErrors.orThrow;
/** A schema's own message from core's catalog (Dutch here, said in the caller's language by the error formatter). */
export const zodMessage = coreErrors.zodMessage;
