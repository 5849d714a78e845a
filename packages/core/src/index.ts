/**
 * @zorgzaam/core: the platform every module stands on. Server-only: import it from route handlers, server
 * components, the worker and tests, never from client components (use "@zorgzaam/core/client-safe" there).
 */
export { env, parseEnv, EnvError, type Env } from "./env.js";
export { logger } from "./logger.js";
export { appDb, closeAppDb, createPrisma, withDbContext, withTenant, type Tx, type DbContext } from "./db/client.js";
export { operatorDb } from "./db/operator.js";
export { writeAudit, type AuditInput } from "./audit.js";
export * from "./permissions/registry.js";
export * from "./permissions/roles.js";
export { createContext, type Context, type SessionUser } from "./trpc/context.js";
export { router, publicProcedure, authedProcedure, operatorProcedure, createCallerFactory, type Meta } from "./trpc/init.js";
export { tenantProcedure, type TenantCtx, type TenantInfo, type MembershipInfo } from "./trpc/tenant.js";
export { notFound, orNotFound, badRequest, conflict } from "./trpc/errors.js";
export { coreRouters, coreRouter } from "./routers/index.js";
export { hashPassword, verifyPassword, checkPasswordPolicy } from "./auth/password.js";
export { createSession, validateSession, revokeSession, revokeAllSessions, IDLE_MS, ABSOLUTE_MS, type SessionCheck } from "./auth/sessions.js";
export { consumeSignInAttempt, resetSignInAttempts, RateLimitedError, closeRateLimiter } from "./auth/rate-limit.js";
export { parseBoundary, BoundaryError, type BoundaryGeometry } from "./geo/boundary.js";
