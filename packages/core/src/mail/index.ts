/**
 * Mail: queueMail (the outbox: the mail waits sealed in PostgreSQL, the core.mail.send job carries only its id),
 * sendMail (SMTP from the environment, called by that job), the development capture server that stores mail in
 * DevMail, listDevMail to read it back, and the transactional templates (nl/fr/en).
 */
export { type OutgoingMail, sendMail, closeMailTransport } from "./send";
export { type CaptureServerHandle, startCaptureServer } from "./capture-server";
export { type DevMailRow, listDevMail } from "./dev-mail";
export { DEMO_MAIL_DOMAINS, isDemoAddress, isDemoRecipientList, devMailEnabled, devMailProductionWarning } from "./dev-mail-policy";
export {
  type MailLocale,
  type RenderedMail,
  type MagicLinkMailInput,
  type InvitationMailInput,
  mailLocale,
  escapeHtml,
  magicLinkMail,
  invitationMail,
} from "./templates";
export {
  type QueueMailOptions,
  type MailSendResult,
  MAGIC_LINK_MINUTES,
  mailSendJob,
  queueMail,
  queueMagicLinkMail,
  sendQueuedMail,
  purgeOutgoingMail,
} from "./outbox";
