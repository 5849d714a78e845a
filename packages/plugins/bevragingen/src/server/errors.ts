/**
 * Bevragingen's error codes, each with the status it answers with. The words are in the module's catalogs
 * (src/messages/{nl,fr,en}/errors.json, under "bevragingen.errors"). Throw with `appError(code, params?)`; a look-up
 * that may come back empty uses `orThrow(value, code)`; a schema's own message is `zodMessage(code)`.
 */
import { defineErrors, type LocalisedParam, onField, withParams } from "@zorgzaam/core/plugin";
import { messages } from "../messages/index";

type Q = { question: LocalisedParam };

export const bevragingenErrors = defineErrors("bevragingen", messages, {
  "bevragingen.survey.notFound": onField("surveyId", "NOT_FOUND"),
  "bevragingen.survey.closed": "PRECONDITION_FAILED",
  "bevragingen.survey.notOpen": "PRECONDITION_FAILED",
  "bevragingen.survey.languagesFixed": onField("languages", "PRECONDITION_FAILED"),
  "bevragingen.version.notFound": onField("versionId", "NOT_FOUND"),
  "bevragingen.version.old": withParams<{ number: number }>("CONFLICT", { field: "versionId" }),
  "bevragingen.publish.missingTranslations": withParams<{ count: number; first: LocalisedParam }>("BAD_REQUEST"),
  "bevragingen.publish.empty": "BAD_REQUEST",
  "bevragingen.publish.noOptions": withParams<{ key: string }>("BAD_REQUEST"),
  "bevragingen.publish.duplicateKey": withParams<{ key: string }>("BAD_REQUEST"),
  "bevragingen.publish.skipRule": withParams<{ key: string }>("BAD_REQUEST"),
  "bevragingen.publish.photoRequired": withParams<{ key: string }>("BAD_REQUEST"),
  "bevragingen.answer.unknown": withParams<{ key: string }>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.hidden": withParams<Q>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.required": withParams<Q>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.choice": withParams<Q>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.oneChoice": withParams<Q>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.number": withParams<Q>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.range": withParams<Q & { min: number; max: number }>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.text": withParams<Q>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.tooLong": withParams<Q & { max: number }>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.date": withParams<Q>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.neighbourhood": withParams<Q>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.street": withParams<Q>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.point": withParams<Q>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.photo": withParams<Q>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.photoPublic": onField("answers", "BAD_REQUEST"),
  "bevragingen.answer.photoTooLarge": withParams<{ max: number }>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.answer.photoTooBig": withParams<Q & { max: number }>("BAD_REQUEST", { field: "answers" }),
  "bevragingen.response.notFound": onField("responseId", "NOT_FOUND"),
  "bevragingen.rejected.notFound": onField("id", "NOT_FOUND"),
  "bevragingen.rejected.closed": "PRECONDITION_FAILED",
  "bevragingen.response.otherSurvey": onField("idempotencyKey", "CONFLICT"),
  "bevragingen.response.language": onField("language", "BAD_REQUEST"),
  "bevragingen.response.streetOnly": onField("street", "BAD_REQUEST"),
  "bevragingen.person.notFound": onField("personId", "NOT_FOUND"),
  "bevragingen.neighbourhood.notFound": onField("neighbourhoodId", "NOT_FOUND"),
  "bevragingen.followUp.consentRequired": onField("consentMethod", "BAD_REQUEST"),
  "bevragingen.schema.key": "BAD_REQUEST",
  "bevragingen.public.nameRequired": onField("name", "BAD_REQUEST"),
  "bevragingen.public.contactNeeded": onField("email", "BAD_REQUEST"),
  "bevragingen.public.emailInvalid": "BAD_REQUEST",
});

export const appError = bevragingenErrors.error;
export const orThrow = bevragingenErrors.orThrow;
export const zodMessage = bevragingenErrors.zodMessage;
