/**
 * `@zorgzaam/core/plugin`: the API of core for modules, and all of it. A module imports core only from here (its
 * server code), from `@zorgzaam/core/testing` (its tests) and from the two pure subpaths `@zorgzaam/core/limits` and
 * `@zorgzaam/core/i18n/locales` (safe in client components); its UI takes only types from here. biome.json refuses
 * any other import of core in packages/plugins (docs/decisions/0007-plugin-contract.md). Something a module needs
 * that is not here is added here, by name, on purpose.
 */

// The contract: the types of the four entry points and the helpers that keep their literal types.
export * from "./plugins/contract";
export { LOCALES, asLocale, type Locale, type Localised } from "./i18n/locales";

// Procedures: every one gated by a permission of the module and its being enabled; update semantics; errors.
export { pluginProcedures, MODULE_DISABLED } from "./plugins/procedures";
export { router } from "./trpc/init";
export { updateInput, updateMeta, type UpdateMark } from "./trpc/update-input";
export type { OutboxExample, OutboxMark } from "./trpc/outbox";
export {
  type AppError,
  defineErrors,
  type ErrorCodes,
  type ErrorParams,
  type LocalisedParam,
  onField,
  withParams,
} from "./trpc/app-error";
export { id, optionalText, dateInput } from "./routers/schemas";
export { personInputs } from "./people/scope";
// Public forms (no account): the hidden fields every public procedure's input carries (publicProcedure checks them).
export { publicFormFields } from "./public/form-guard";
// A file sent with a public form (stored only through a public procedure's ctx.storeUpload, in quarantine), and the
// short-lived link through which staff pages show a stored file.
export { publicUpload, type PublicUpload } from "./public/procedure";
export { fileLink } from "./files/links";
export { deleteStoredFiles } from "./files/store";

// The database: a tenant's transaction, tagged SQL, audit.
export type { Prisma, PrismaClient, Tx } from "./db/client";
export { sql, sqlJoin, sqlEmpty, type Sql } from "./db/sql";
export { auditReadUnlessOnIt, writeAudit, type AuditInput } from "./audit";
export type { SensitiveFieldRule } from "./sensitive/fields";
export type { PublicFieldRule } from "./public/fields";

// Jobs: defined by the module, enqueued through ctx.enqueue (the outbox), with progress for the UI.
// Documents a job makes (a PDF with progress): a module declares a kind, core gives procedures, job and retention.
export {
  defineDocument,
  DocumentUnavailable,
  DOCUMENT_RETENTION_DAYS,
  type DocumentDef,
  type DocumentRenderContext,
  type DocumentRequester,
  type DocumentRequestContext,
  type DocumentState,
  type RenderedDocument,
} from "./documents/index";
export { defineJob, getJobProgress, type AnyJobDef, type JobContext, type ModuleSchedule, type Enqueue } from "./jobs/index";
export { readModuleSettings, settingsOf } from "./plugins/settings";

// Services modules use: mail, tables (CSV/XLSX), PDF, the tenant's map, settings, logging.
export { queueMail, escapeHtml } from "./mail/index";
export { receiveContactMessage, setContactMessageStatus, type ContactStatus } from "./contact/inbox";
export { signToken, verifyToken, type TokenCheck } from "./crypto/signed-token";
export { type FigureCell, suppress, suppressTotal } from "./figures/suppress";
export {
  type Cell,
  CSV_CONTENT_TYPE,
  CSV_MEDIA_TYPE,
  restoreNeutralised,
  type SheetTable,
  writeCsv,
  writeXlsx,
  XLSX_CONTENT_TYPE,
} from "./export/table-writer";
export { looksLikeXlsx, readXlsxSheet, SheetProblem, sheetCellText } from "./export/sheet-reader";
export { createPdfDocument, type PdfDocument } from "./pdf/document";
export { storedImageForPdf, tenantLogoForPdf } from "./pdf/logo";
export { drawQrCode, qrMatrix, QR_QUIET_ZONE, type DrawQrOptions, type QrLevel, type QrMatrix } from "./pdf/qr";
// A file a module stores itself from a member's request (re-encoded images; public uploads go through ctx.storeUpload).
export { storeFile } from "./files/store";
export { tenantMapConfig, type TenantMapConfig } from "./map/config";
// A neighbourhood's boundary changes only through this (the boundary it replaces is kept in its history).
export { setNeighbourhoodBoundary, type BoundarySource } from "./geo/boundary-history";
export { parseBoundary, BoundaryError, type BoundaryGeometry } from "./geo/boundary";
export { geocode, geocoderConfigured, GeocoderUnavailable, type GeocodeQuery } from "./geo/geocoder";
export { env } from "./env";
export { logger } from "./logger";
