/**
 * Partners' error codes, each with the status it answers with. The words are in the module's catalogs
 * (src/messages/{nl,fr,en}/errors.json, under "partners.errors"), said in the caller's language by core's error
 * formatter. Throw with `appError(code, params?)`; a look-up that may come back empty uses `orThrow(value, code)`; a
 * schema's own message is `zodMessage(code)`.
 */
import {
  type AppError,
  defineErrors,
  type ErrorParams,
  type Locale,
  type LocalisedParam,
  onField,
  withParams,
} from "@zorgzaam/core/plugin";
import { messages } from "../messages/index";

export const partnersErrors = defineErrors("partners", messages, {
  "partners.actor.notFound": "NOT_FOUND",
  "partners.actor.otherOrganisation": "FORBIDDEN",
  "partners.actor.privateNeedsOrganisation": onField("visibility", "BAD_REQUEST"),
  "partners.actor.conflict": "CONFLICT",
  "partners.actor.archived": "BAD_REQUEST",
  "partners.relationship.noOrganisation": "FORBIDDEN",
  "partners.relationship.conflict": "CONFLICT",
  "partners.organisation.notFound": "NOT_FOUND",
  "partners.neighbourhood.notFound": "NOT_FOUND",
  "partners.person.notFound": onField("personId", "NOT_FOUND"),
  "partners.person.taken": onField("personId", "BAD_REQUEST"),
  "partners.person.onlyKeyFigure": onField("personId", "BAD_REQUEST"),
  "partners.person.noConsent": onField("consentMethod", "BAD_REQUEST"),
  "partners.member.notFound": "NOT_FOUND",
  "partners.sector.notFound": "NOT_FOUND",
  "partners.sector.unknown": withParams<{ key: string }>("BAD_REQUEST", { field: "sectorKeys" }),
  "partners.sector.exists": "BAD_REQUEST",
  "partners.link.self": "BAD_REQUEST",
  "partners.link.exists": "BAD_REQUEST",
  "partners.link.notFound": "NOT_FOUND",
  "partners.acquaintance.exists": "BAD_REQUEST",
  "partners.acquaintance.notFound": "NOT_FOUND",
  "partners.evaluation.roundNotFound": "NOT_FOUND",
  "partners.evaluation.actorNotInRound": "NOT_FOUND",
  "partners.evaluation.followUpNotFound": "NOT_FOUND",
  "partners.evaluation.closed": "PRECONDITION_FAILED",
  "partners.evaluation.alreadyClosed": "PRECONDITION_FAILED",
  "partners.evaluation.alreadyOpen": "PRECONDITION_FAILED",
  "partners.evaluation.noActors": "BAD_REQUEST",
  "partners.evaluation.roundConflict": "CONFLICT",
  "partners.evaluation.followUpConflict": "CONFLICT",
  "partners.evaluation.answerConflict": withParams<{ questions: LocalisedParam }>("CONFLICT"),
  "partners.evaluation.proposalChanged": withParams<{ actor: string }>("CONFLICT"),
  "partners.evaluation.actorChanged": withParams<{ actor: string }>("CONFLICT"),
  "partners.evaluation.cannotApply": withParams<{ actor: string }>("FORBIDDEN"),
  "partners.evaluation.deleteNotYours": "FORBIDDEN",
  "partners.evaluation.roundAnswered": "PRECONDITION_FAILED",
  "partners.evaluation.notAsked": withParams<{ questions: string }>("BAD_REQUEST"),
  "partners.network.day": "BAD_REQUEST",
  "partners.network.range": "BAD_REQUEST",
  "partners.transfer.notFound": "NOT_FOUND",
  "partners.transfer.empty": "BAD_REQUEST",
  "partners.transfer.tooBig": withParams<{ mb: number }>("BAD_REQUEST"),
  "partners.transfer.badBase64": "BAD_REQUEST",
  "partners.transfer.unknownFormat": "BAD_REQUEST",
  "partners.transfer.oldExcel": "BAD_REQUEST",
  "partners.transfer.notText": "BAD_REQUEST",
  "partners.transfer.noHeader": "BAD_REQUEST",
  "partners.transfer.noRows": "BAD_REQUEST",
  "partners.transfer.tooManyRows": withParams<{ max: number }>("BAD_REQUEST"),
  "partners.transfer.tooManyColumns": withParams<{ max: number }>("BAD_REQUEST"),
  "partners.transfer.csvBroken": "BAD_REQUEST",
  "partners.transfer.csvBrokenAt": withParams<{ line: number }>("BAD_REQUEST"),
  "partners.transfer.xlsxBroken": "BAD_REQUEST",
  "partners.transfer.xlsxEmpty": "BAD_REQUEST",
  "partners.transfer.zipBroken": "BAD_REQUEST",
  "partners.transfer.hsdsMissing": "BAD_REQUEST",
  "partners.transfer.hsdsDatapackage": "BAD_REQUEST",
  "partners.transfer.nameNotMapped": "BAD_REQUEST",
  "partners.transfer.columnOutOfRange": "BAD_REQUEST",
  "partners.transfer.columnTwice": withParams<{ label: string }>("BAD_REQUEST"),
  "partners.transfer.privateNeedsOrganisation": "BAD_REQUEST",
  "partners.transfer.notPreviewed": "BAD_REQUEST",
  "partners.transfer.hasErrors": withParams<{ count: number }>("BAD_REQUEST"),
  "partners.transfer.tooManyInvalid": withParams<{ max: number }>("BAD_REQUEST"),
  "partners.transfer.nothingValid": "BAD_REQUEST",
  "partners.transfer.noRejected": "BAD_REQUEST",
  "partners.transfer.alreadyStarted": "BAD_REQUEST",
  "partners.transfer.finished": "BAD_REQUEST",
  "partners.transfer.fileDropped": "BAD_REQUEST",
  "partners.transfer.duplicateRow": "BAD_REQUEST",
  "partners.transfer.updateNotAllowed": "BAD_REQUEST",
  "partners.transfer.updateInFile": "BAD_REQUEST",
  "partners.transfer.moduleWasOff": "BAD_REQUEST",
  "partners.transfer.jobFailed": "BAD_REQUEST",
  "partners.transfer.row.nameMissing": "BAD_REQUEST",
  "partners.transfer.row.nameTooLong": "BAD_REQUEST",
  "partners.transfer.row.tooLong": withParams<{ max: number }>("BAD_REQUEST"),
  "partners.transfer.row.unknownKind": withParams<{ value: string }>("BAD_REQUEST"),
  "partners.transfer.row.keyFigure": "BAD_REQUEST",
  "partners.transfer.row.unknownSector": withParams<{ value: string }>("BAD_REQUEST"),
  "partners.transfer.row.unknownStatus": withParams<{ value: string }>("BAD_REQUEST"),
  "partners.transfer.row.unknownFormal": withParams<{ value: string }>("BAD_REQUEST"),
  "partners.transfer.row.notNumber": withParams<{ value: string }>("BAD_REQUEST"),
  "partners.transfer.row.latRange": "BAD_REQUEST",
  "partners.transfer.row.lngRange": "BAD_REQUEST",
  "partners.transfer.row.halfPoint": "BAD_REQUEST",
  "partners.transfer.row.email": withParams<{ value: string }>("BAD_REQUEST"),
  "partners.transfer.row.website": withParams<{ value: string }>("BAD_REQUEST"),
  "partners.transfer.row.garbled": withParams<{ value: string }>("BAD_REQUEST"),
  "partners.transfer.row.tooManyTags": "BAD_REQUEST",
  "partners.transfer.row.tooManySectors": "BAD_REQUEST",
  "partners.transfer.row.tooManyContacts": "BAD_REQUEST",
  "partners.transfer.row.tooManyLanguages": "BAD_REQUEST",
  "partners.transfer.exportTooMany": withParams<{ max: number }>("BAD_REQUEST"),
  "partners.schema.maxChars": withParams<{ max: number }>("BAD_REQUEST"),
  "partners.schema.maxSectors": "BAD_REQUEST",
  "partners.schema.maxContacts": "BAD_REQUEST",
  "partners.schema.maxTags": "BAD_REQUEST",
  "partners.schema.maxNeighbourhoods": withParams<{ max: number }>("BAD_REQUEST"),
  "partners.schema.halfPoint": "BAD_REQUEST",
  "partners.schema.roundTitleRequired": "BAD_REQUEST",
  "partners.schema.dateFormat": "BAD_REQUEST",
  "partners.schema.actorRequired": "BAD_REQUEST",
  "partners.schema.maxActors": withParams<{ max: number }>("BAD_REQUEST"),
  "partners.schema.beforeMissing": "BAD_REQUEST",
  "partners.schema.followUpTextRequired": "BAD_REQUEST",
  "partners.schema.roundRequired": "BAD_REQUEST",
  "partners.schema.maxRounds": "BAD_REQUEST",
  "partners.schema.memberOrPerson": "BAD_REQUEST",
  "partners.schema.fileNameRequired": "BAD_REQUEST",
  "partners.schema.nameOneLanguage": "BAD_REQUEST",
  "partners.schema.colourFormat": "BAD_REQUEST",
  "partners.schema.pageMin": "BAD_REQUEST",
  "partners.schema.pageMax": "BAD_REQUEST",
  "partners.schema.pageSizeMin": "BAD_REQUEST",
  "partners.schema.pageSizeMax": "BAD_REQUEST",
  "partners.schema.nameRequired": "BAD_REQUEST",
  "partners.schema.keyFormat": "BAD_REQUEST",
  "partners.schema.tagEmpty": "BAD_REQUEST",
  "partners.schema.tagTooLong": "BAD_REQUEST",
  "partners.schema.languageRequired": "BAD_REQUEST",
  "partners.schema.latRange": "BAD_REQUEST",
  "partners.schema.lngRange": "BAD_REQUEST",
  "partners.schema.contactNameRequired": "BAD_REQUEST",
  "partners.schema.columnFromList": "BAD_REQUEST",
  "partners.schema.websiteFormat": "BAD_REQUEST",
  "partners.schema.emailFormat": "BAD_REQUEST",
  "partners.schema.maxValues": "BAD_REQUEST",
});

export type PartnersErrorCode = ReturnType<typeof partnersErrors.codes>[number];
export const appError = partnersErrors.error;
export const orThrow = partnersErrors.orThrow;
export const zodMessage = partnersErrors.zodMessage;
/** A code's Dutch words (what tests and server-side callers see as the error's message). */
export function nlText(code: PartnersErrorCode, params?: ErrorParams): string {
  return partnersErrors.render("nl", code, params) ?? code;
}

/** An error kept in a row (an import's message): its code and parameters, said later in the reader's language. */
export function storedMessage(error: AppError): string {
  return JSON.stringify({ code: error.appCode, params: error.params });
}

/** A kept message in the reader's language; a row written before messages were codes keeps its (Dutch) text. */
export function readStoredMessage(stored: string | null, locale: Locale): string | null {
  if (!stored?.startsWith("{")) return stored;
  try {
    const { code, params } = JSON.parse(stored) as { code: string; params?: ErrorParams };
    return partnersErrors.render(locale, code, params) ?? stored;
  } catch {
    return stored;
  }
}

/** A problem with one row of an import, kept with the import: its Dutch words, its code and parameters. */
export interface KeptProblem {
  message: string;
  code?: string;
  params?: ErrorParams;
}

/** A row problem to keep (T.row's successor): Dutch words for the record, code and parameters for the reader. */
export function rowProblem<C extends PartnersErrorCode & `partners.transfer.row.${string}`>(
  code: C,
  ...args: Parameters<typeof partnersErrors.text<C>> extends [unknown, unknown, ...infer A] ? A : never
): KeptProblem {
  const params = (args[0] ?? {}) as ErrorParams;
  return { message: nlText(code, params), code, params };
}

/** A kept problem in the reader's language (one kept before problems were codes keeps its Dutch words). */
export function problemIn<P extends KeptProblem>(problem: P, locale: Locale): P {
  if (!problem.code) return problem;
  return { ...problem, message: partnersErrors.render(locale, problem.code, problem.params) ?? problem.message };
}
