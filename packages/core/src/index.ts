/**
 * @zorgzaam/core: the platform every module stands on. Server-only: import it from route handlers, server
 * components, the worker and tests, never from client components (they import the pure subpaths `@zorgzaam/core/limits` and `@zorgzaam/core/i18n/locales`).
 */
export { apiBodyLimitMb, env, parseEnv, EnvError, type Env } from "./env";
export { logger } from "./logger";
export {
  appDb,
  closeAppDb,
  createPrisma,
  withConnectionOptions,
  withDbContext,
  withRequestSide,
  withTenant,
  type Tx,
  type DbContext,
} from "./db/client";
export { operatorDb } from "./db/operator";
export { sql, sqlJoin, sqlEmpty, type Sql } from "./db/sql";
export { writeAudit, type AuditInput } from "./audit";
export {
  CORE_AUDIT_EVENTS,
  CORE_AUDIT_SUBJECTS,
  CORE_AUDIT_TARGETS,
  auditEventLabelKey,
  auditTargetLabelKey,
} from "./audit-events";
export { settingsTexts, settingsTextKeys, type SettingText } from "./plugins/settings-texts";
export * from "./permissions/registry";
export * from "./permissions/roles";
export { createContext, type Context, type PendingSession, type SessionUser } from "./trpc/context";
export { LOCALES, DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, pickLocale, localeFromHeaders, translate, type Locale } from "./i18n/index";
export { router, publicProcedure, authedProcedure, operatorProcedure, createCallerFactory, type Meta } from "./trpc/init";
export { tenantProcedure, type TenantCtx, type TenantInfo, type MembershipInfo } from "./trpc/tenant";
export { PERSON_NOT_FOUND, personInputs, personScopeWhere, isPersonScopeViolation } from "./people/scope";
export { setPersonScope } from "./db/client";
export { updateInput, updateMeta, updateMarkOf, type UpdateMark } from "./trpc/update-input";
export { appError, orThrow, zodMessage, coreErrors, type CoreErrorCode } from "./trpc/errors";
export {
  AppError,
  appErrorOf,
  defineErrors,
  withParams,
  onField,
  type ErrorCatalog,
  type ErrorCodes,
  type ErrorDecls,
  type ErrorParams,
  type ErrorStatus,
  type LocalisedParam,
} from "./trpc/app-error";
export { coreRouters, coreRouter } from "./routers/index";
export { publicTenantProcedure, PUBLIC_TENANT, type PublicCtxExtra } from "./public/procedure";
export { issueFormToken, type PublicFormGuard, publicFormFields } from "./public/form-guard";
export { CORE_PUBLIC_CAPABILITIES, type PublicCapabilityDef } from "./public/capabilities";
export { STARTER_PRIVACY_NOTICE, textIn } from "./public/texts";
export { RESERVED_SLUGS, isReservedSlug } from "./public/reserved-slugs";
export { fieldMessages } from "./i18n/zod";
export * from "./pagination";
export { hashPassword, verifyPassword, checkPasswordPolicy } from "./auth/password";
export { createSession, validateSession, revokeSession, revokeAllSessions, IDLE_MS, ABSOLUTE_MS, type SessionCheck } from "./auth/sessions";
export { consumeSignInAttempt, resetSignInAttempts, RateLimitedError, closeRateLimiter } from "./auth/rate-limit";
export { clientIpFrom, requestClientIp, installPeerAddressHeader, normaliseIp, PEER_HEADER } from "./auth/client-ip";
export { parseBoundary, BoundaryError, type BoundaryGeometry } from "./geo/boundary";
export * from "./jobs/index";
export * from "./mail/index";
export * from "./plugins/contract";
export { manifestProblems, assertManifest, permissionKeys, RESERVED_IDS } from "./plugins/manifest";
export { pluginProcedures, MODULE_DISABLED, tenantHookContext } from "./plugins/procedures";
export {
  type AppRouterOf,
  type ModuleRouters,
  type Platform,
  type PlatformModule,
  type PlatformOptions,
  createPlatform,
  effectivePermissionsOf,
  installPlatform,
  installedPlatform,
} from "./platform/index";
export { enabledModuleIds, isModuleEnabledFor } from "./plugins/state";
export type { AnyRouter } from "@trpc/server";
