/**
 * Mail: sendMail (SMTP from the environment), the development capture server that stores mail in DevMail,
 * listDevMail to read it back, and the transactional templates (nl/fr/en).
 */
export { type OutgoingMail, sendMail, closeMailTransport } from "./send";
export { type CaptureServerHandle, startCaptureServer } from "./capture-server";
export { type DevMailRow, listDevMail } from "./dev-mail";
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
