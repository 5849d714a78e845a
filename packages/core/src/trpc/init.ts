import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { DEFAULT_LOCALE, translate } from "../i18n/index";
import { fieldMessages } from "../i18n/zod";
import { logger } from "../logger";
import { appErrorOf } from "./app-error";
import { appError } from "./errors";
import type { Context, PendingSession } from "./context";
import type { OutboxMark } from "./outbox";
import type { UpdateMark } from "./update-input";
import type { PublicFieldRule } from "../public/fields";

// 1. Initialisation -------------------------------------------------------------------------------------------------

export interface Meta {
  /** The permission a procedure requires; "public" and "authed" for the two procedures outside a tenant. */
  permission: string;
  /**
   * Input keys that hold ids of persons the procedure reads or references (set with `personInputs`, people/scope.ts),
   * so the generated scope test finds them (test/person-scope.int.test.ts). The database enforces the scope (ADR 0011).
   */
  persons?: readonly string[];
  /** Public procedures (permission "public-tenant", public/procedure.ts): the public capability they need. */
  capability?: string;
  /** Set on update procedures by `updateMeta` (./update-input.ts): which row of which model the procedure changes. */
  update?: UpdateMark;
  /** Set on outbox-capable mutations (./outbox.ts): one effect per idempotency key; an example input for the generated test. */
  outbox?: OutboxMark;
  /**
   * Set on a module's limited queries (plugins/procedures.ts `limitedQuery`): the only fields of each model it may read,
   * enforced by the guard like a public read (test/public-fields.int.test.ts checks them the same way).
   */
  limitedFields?: readonly PublicFieldRule[];
  /**
   * Set by tenantProcedure only: a pending session (ctx.pendingSession, the HTTP endpoint) is checked in the first
   * statement of the procedure's transaction (ADR 0037) instead of before it.
   */
  sessionInTransaction?: boolean;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    // Stack traces never leave the server: the client gets a short message and a reference to the server log.
    isDev: false,
    errorFormatter({ shape, error, ctx }) {
      // Validation problems in the caller's language, per input field (path -> message), from core's catalogs.
      const locale = ctx?.locale ?? DEFAULT_LOCALE;
      const fields = error.cause instanceof ZodError ? fieldMessages(error.cause, locale) : undefined;
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      // A declared error code (./app-error.ts): its words in the caller's language, its code and parameters for the UI.
      const app = internal ? undefined : appErrorOf(error);
      // A code about one input field is also reported under that field, so the form shows it there.
      const appFields = app?.field ? { [app.field]: app.messageIn(locale) } : undefined;
      if (internal) {
        logger.error({ requestId: ctx?.requestId, err: error.cause ?? error }, "internal error");
      }
      return {
        message: fields
          ? translate(locale, "errors.invalidInput", { details: summary(fields) })
          : internal
            ? translate(locale, "errors.internal", { ref: ctx?.requestId ?? "?" })
            : app
              ? app.messageIn(locale)
              : shape.message,
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          fields: fields ?? appFields,
          appCode: app?.appCode,
          params: app?.params,
        },
      };
    },
  });

/** The first problems in one line: the message alone for one field, "field: message" for several. */
function summary(fields: Record<string, string>): string {
  const entries = Object.entries(fields);
  if (entries.length === 1) return entries[0]?.[1] ?? "";
  return entries
    .slice(0, 3)
    .map(([k, v]) => (k ? `${k}: ${v}` : v))
    .join("; ");
}

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/** NUL characters and lone UTF-16 surrogates cannot be stored by PostgreSQL: refuse them up front, for every input. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
function hasUnstorableText(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (typeof value === "string") return UNSTORABLE.test(value);
  if (Array.isArray(value)) return value.some((v) => hasUnstorableText(v, depth + 1));
  if (value && typeof value === "object") {
    return Object.entries(value).some(([k, v]) => UNSTORABLE.test(k) || hasUnstorableText(v, depth + 1));
  }
  return false;
}

/**
 * Every procedure starts here (so no plugin can skip the check). A session the HTTP endpoint left pending is checked
 * against its row here (once per request, however many procedures a batch calls), except for tenant procedures, which
 * check it in their transaction's first statement (ADR 0037). Skipping the check leaves `session` null: signed out.
 */
export const baseProcedure = t.procedure.use(async ({ ctx, meta, getRawInput, next }) => {
  if (hasUnstorableText(await getRawInput())) {
    throw appError("unstorableText");
  }
  if (!ctx.session && ctx.pendingSession && !meta?.sessionInTransaction) {
    return next({ ctx: { session: await ctx.pendingSession.check(), pendingSession: null as PendingSession | null } });
  }
  return next();
});

// 2. Procedures outside a tenant -------------------------------------------------------------------------------------

export const publicProcedure = baseProcedure.meta({ permission: "public" });

export const authedProcedure = baseProcedure.meta({ permission: "authed" }).use(({ ctx, next }) => {
  if (!ctx.session) throw appError("auth.signInRequired");
  return next({ ctx: { session: ctx.session } });
});

export const operatorProcedure = baseProcedure.meta({ permission: "operator" }).use(({ ctx, next }) => {
  if (!ctx.session) throw appError("auth.signInRequired");
  if (!ctx.session.isOperator) throw appError("auth.operatorOnly");
  return next({ ctx: { session: ctx.session } });
});
