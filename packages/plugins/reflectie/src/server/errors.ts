/**
 * Reflectie's error codes, each with the status it answers with. The words are in the module's catalogs
 * (src/messages/errors/{nl,fr,en}.json, under "reflectie.errors"), said in the caller's language by core's error
 * formatter. Throw with `appError(code)`; a look-up that may come back empty uses `orThrow(value, code)`; a schema's
 * own message is `zodMessage(code)`.
 */
import { defineErrors, type ErrorParams } from "@zorgzaam/core/plugin";
import { messages } from "../messages/index";

export const reflectieErrors = defineErrors("reflectie", messages, {
  "reflectie.session.notFound": "NOT_FOUND",
  "reflectie.theme.notFound": "NOT_FOUND",
  "reflectie.question.notFound": "NOT_FOUND",
  "reflectie.item.notFound": "NOT_FOUND",
  "reflectie.action.notFound": "NOT_FOUND",
  "reflectie.rhythm.notFound": "NOT_FOUND",
  "reflectie.report.notFound": "NOT_FOUND",
  "reflectie.notice.notFound": "NOT_FOUND",
  "reflectie.neighbourhood.notFound": "NOT_FOUND",
  "reflectie.member.notFound": "NOT_FOUND",
  "reflectie.session.closed": "BAD_REQUEST",
  "reflectie.session.notStarted": "PRECONDITION_FAILED",
  "reflectie.session.conflict": "CONFLICT",
  "reflectie.item.conflict": "CONFLICT",
  "reflectie.fan.empty": "BAD_REQUEST",
  "reflectie.fan.noThemes": "BAD_REQUEST",
  "reflectie.fan.alreadyAsked": "CONFLICT",
  "reflectie.session.successesRequired": "BAD_REQUEST",
  "reflectie.library.starterThemeDelete": "BAD_REQUEST",
  "reflectie.library.starterQuestionDelete": "BAD_REQUEST",
  "reflectie.library.notStarter": "BAD_REQUEST",
  "reflectie.library.starterGone": "BAD_REQUEST",
  "reflectie.report.notReady": "BAD_REQUEST",
  "reflectie.action.ownerTwice": "BAD_REQUEST",
  "reflectie.schema.oneLanguage": "BAD_REQUEST",
  "reflectie.schema.actionTextRequired": "BAD_REQUEST",
  "reflectie.schema.rhythmNameRequired": "BAD_REQUEST",
  "reflectie.schema.intervalMin": "BAD_REQUEST",
  "reflectie.schema.intervalMax": "BAD_REQUEST",
  "reflectie.schema.titleRequired": "BAD_REQUEST",
  "reflectie.schema.invalidDate": "BAD_REQUEST",
  "reflectie.schema.nameRequired": "BAD_REQUEST",
});

export type ReflectieErrorCode = ReturnType<typeof reflectieErrors.codes>[number];
export const appError = reflectieErrors.error;
export const orThrow = reflectieErrors.orThrow;
export const zodMessage = reflectieErrors.zodMessage;
/** A code's Dutch words (what tests and server-side callers see as the error's message). */
export function nlText(code: ReflectieErrorCode, params?: ErrorParams): string {
  return reflectieErrors.render("nl", code, params) ?? code;
}
