/**
 * Buurtanalyse's error codes, each with the status it answers with. The words are in the module's catalogs
 * (src/messages/{nl,fr,en}/errors.json, under "buurtanalyse.errors"). Throw with `appError(code, params?)`; a look-up
 * that may come back empty uses `orThrow(value, code)`.
 */
import { defineErrors, onField, withParams } from "@zorgzaam/core/plugin";
import { messages } from "../messages/index";

export const buurtanalyseErrors = defineErrors("buurtanalyse", messages, {
  "buurtanalyse.analysis.notFound": onField("analysisId", "NOT_FOUND"),
  "buurtanalyse.previous.notFound": onField("previousId", "NOT_FOUND"),
  "buurtanalyse.neighbourhood.notFound": onField("neighbourhoodIds", "NOT_FOUND"),
  "buurtanalyse.neighbourhood.required": onField("neighbourhoodIds", "BAD_REQUEST"),
  "buurtanalyse.member.notFound": onField("teamUserIds", "NOT_FOUND"),
  "buurtanalyse.period.order": onField("periodEnd", "BAD_REQUEST"),
  "buurtanalyse.hypothesis.notFound": onField("hypothesisId", "NOT_FOUND"),
  "buurtanalyse.reference.notFound": onField("referenceId", "NOT_FOUND"),
  "buurtanalyse.indicator.notFound": onField("indicatorId", "NOT_FOUND"),
  "buurtanalyse.swot.notFound": onField("swotId", "NOT_FOUND"),
  "buurtanalyse.action.notFound": onField("actionId", "NOT_FOUND"),
  "buurtanalyse.import.empty": onField("csv", "BAD_REQUEST"),
  "buurtanalyse.import.header": onField("csv", "BAD_REQUEST"),
  "buurtanalyse.import.broken": onField("csv", "BAD_REQUEST"),
  "buurtanalyse.import.xlsxBroken": onField("csv", "BAD_REQUEST"),
  "buurtanalyse.import.oldExcel": onField("csv", "BAD_REQUEST"),
  "buurtanalyse.import.tooManyRows": withParams<{ max: number }>("BAD_REQUEST", { field: "csv" }),
  "buurtanalyse.import.nothing": onField("csv", "BAD_REQUEST"),
  "buurtanalyse.notes.forbidden": onField("notes", "FORBIDDEN"),
  "buurtanalyse.map.notFound": onField("id", "NOT_FOUND"),
  "buurtanalyse.compare.notFound": onField("withId", "NOT_FOUND"),
  "buurtanalyse.lead.notFound": onField("id", "NOT_FOUND"),
  "buurtanalyse.lead.actorNotFound": onField("actorId", "NOT_FOUND"),
  "buurtanalyse.partnersRound.notFound": onField("partnersRoundId", "NOT_FOUND"),
  "buurtanalyse.lists.itemEmpty": withParams<{ row: number }>("BAD_REQUEST", { field: "items" }),
  "buurtanalyse.lists.situationEmpty": withParams<{ row: number }>("BAD_REQUEST", { field: "items" }),
  "buurtanalyse.lists.duplicateKey": withParams<{ row: number }>("BAD_REQUEST", { field: "items" }),
  "buurtanalyse.lists.changed": onField("items", "CONFLICT"),
  "buurtanalyse.map.tooMany": withParams<{ max: number }>("BAD_REQUEST", { field: "geometry" }),
  "buurtanalyse.drawing.notFound": onField("id", "NOT_FOUND"),
  "buurtanalyse.drawing.notYours": onField("id", "FORBIDDEN"),
  "buurtanalyse.drawing.tooMany": withParams<{ max: number }>("BAD_REQUEST", { field: "geometry" }),
  "buurtanalyse.decision.empty": onField("source", "BAD_REQUEST"),
  "buurtanalyse.decision.none": onField("analysisId", "BAD_REQUEST"),
  "buurtanalyse.decision.invalid": withParams<{ problem: string }>("BAD_REQUEST", { field: "geometry" }),
  "buurtanalyse.decision.neighbourhood": onField("neighbourhoodId", "NOT_FOUND"),
  "buurtanalyse.observation.notFound": onField("observationId", "NOT_FOUND"),
  "buurtanalyse.conversation.notFound": onField("conversationId", "NOT_FOUND"),
  "buurtanalyse.quote.notFound": onField("quoteId", "NOT_FOUND"),
  "buurtanalyse.surveyLink.notFound": onField("surveyLinkId", "NOT_FOUND"),
  "buurtanalyse.field.tooMany": withParams<{ max: number }>("BAD_REQUEST", { field: "text" }),
  "buurtanalyse.photo.tooLarge": withParams<{ max: number }>("BAD_REQUEST", { field: "photo" }),
  "buurtanalyse.photo.notImage": onField("photo", "BAD_REQUEST"),
  "buurtanalyse.survey.notFound": onField("surveyId", "NOT_FOUND"),
  "buurtanalyse.partners.off": onField("name", "BAD_REQUEST"),
  "buurtanalyse.partners.forbidden": onField("name", "FORBIDDEN"),
  "buurtanalyse.summary.changed": "CONFLICT",
  "buurtanalyse.summary.empty": "BAD_REQUEST",
  "buurtanalyse.summary.notFound": "NOT_FOUND",
});

export const appError = buurtanalyseErrors.error;
export const orThrow = buurtanalyseErrors.orThrow;
export const zodMessage = buurtanalyseErrors.zodMessage;
