/**
 * Burenhulp's error codes, each with the status it answers with. The words are in the module's catalogs
 * (src/messages/{nl,fr,en}/errors.json, under "burenhulp.errors"). Throw with `appError(code, params?)`; a look-up
 * that may come back empty uses `orThrow(value, code)`; a schema's own message is `zodMessage(code)`.
 */
import { defineErrors, onField, withParams } from "@zorgzaam/core/plugin";
import { messages } from "../messages/index";

export const burenhulpErrors = defineErrors("burenhulp", messages, {
  "burenhulp.request.notFound": "NOT_FOUND",
  "burenhulp.request.heavyNoMatch": "BAD_REQUEST",
  "burenhulp.request.closed": "BAD_REQUEST",
  "burenhulp.request.conflict": "CONFLICT",
  "burenhulp.offer.notFound": onField("offerId", "NOT_FOUND"),
  "burenhulp.offer.notActive": onField("offerId", "BAD_REQUEST"),
  "burenhulp.offer.ownRequest": onField("offerId", "BAD_REQUEST"),
  "burenhulp.offer.otherKind": onField("offerId", "BAD_REQUEST"),
  "burenhulp.person.notFound": onField("personId", "NOT_FOUND"),
  "burenhulp.kind.notFound": onField("kindId", "NOT_FOUND"),
  "burenhulp.kind.exists": withParams<{ key: string }>("BAD_REQUEST", { field: "key" }),
  "burenhulp.kind.labelRequired": onField("label", "BAD_REQUEST"),
  "burenhulp.neighbourhood.notFound": onField("neighbourhoodId", "NOT_FOUND"),
  "burenhulp.organisation.notFound": onField("referrerOrganisationId", "NOT_FOUND"),
  "burenhulp.match.notFound": "NOT_FOUND",
  "burenhulp.match.exists": "BAD_REQUEST",
  "burenhulp.match.step": onField("status", "BAD_REQUEST"),
  "burenhulp.match.overLimit": withParams<{ max: number }>("BAD_REQUEST", { field: "offerId" }),
  "burenhulp.match.facilitation": "PRECONDITION_FAILED",
  "burenhulp.peer.off": "PRECONDITION_FAILED",
  "burenhulp.peer.notNear": "NOT_FOUND",
  "burenhulp.peer.overLimit": withParams<{ max: number }>("BAD_REQUEST"),
  "burenhulp.referral.notFound": "NOT_FOUND",
  "burenhulp.story.notFound": "NOT_FOUND",
  "burenhulp.referral.serviceRequired": onField("serviceName", "BAD_REQUEST"),
  "burenhulp.referral.serviceNotFound": onField("serviceActorId", "NOT_FOUND"),
  "burenhulp.referral.notHeavy": "BAD_REQUEST",
  "burenhulp.referral.outcomeWhenDone": onField("outcome", "BAD_REQUEST"),
  "burenhulp.notes.forbidden": onField("notes", "FORBIDDEN"),
  "burenhulp.public.consentRequired": onField("consent", "BAD_REQUEST"),
  "burenhulp.public.contactNeeded": onField("email", "BAD_REQUEST"),
  "burenhulp.public.nameRequired": "BAD_REQUEST",
  "burenhulp.public.emailInvalid": "BAD_REQUEST",
  "burenhulp.followUp.notConfirmed": "BAD_REQUEST",
  "burenhulp.followUp.linkInvalid": "NOT_FOUND",
  "burenhulp.mine.notKnown": "NOT_FOUND",
  "burenhulp.partner.messageRequired": onField("message", "BAD_REQUEST"),
  "burenhulp.schema.weekday": "BAD_REQUEST",
  "burenhulp.schema.endsBeforeStart": onField("endsOn", "BAD_REQUEST"),
  "burenhulp.schema.language": "BAD_REQUEST",
  "burenhulp.schema.kindKey": "BAD_REQUEST",
  "burenhulp.schema.maxPerMonth": "BAD_REQUEST",
  "burenhulp.printable.notFound": "NOT_FOUND",
  "burenhulp.printable.notReady": "PRECONDITION_FAILED",
});

export const appError = burenhulpErrors.error;
export const orThrow = burenhulpErrors.orThrow;
export const zodMessage = burenhulpErrors.zodMessage;
