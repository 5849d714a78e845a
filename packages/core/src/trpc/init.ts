import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { logger } from "../logger";
import type { Context } from "./context";

// 1. Initialisation -------------------------------------------------------------------------------------------------

export interface Meta {
  /** The permission a procedure requires; "public" and "authed" for the two procedures outside a tenant. */
  permission: string;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    // Stack traces never leave the server: the client gets a short message and a reference to the server log.
    isDev: false,
    errorFormatter({ shape, error, ctx }) {
      const fields = error.cause instanceof ZodError ? flattenZod(error.cause) : undefined;
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      if (internal) {
        logger.error({ requestId: ctx?.requestId, err: error.cause ?? error }, "internal error");
      }
      return {
        message: fields
          ? `Ongeldige invoer: ${Object.entries(fields)
              .slice(0, 3)
              .map(([k, v]) => (k ? `${k}: ${v}` : v))
              .join("; ")}`
          : internal
            ? `Er ging iets mis. Probeer het opnieuw. (referentie ${ctx?.requestId ?? "?"})`
            : shape.message,
        code: shape.code,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, fields },
      };
    },
  });

function flattenZod(err: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of err.issues) {
    const key = issue.path.map(String).join(".");
    out[key] ??= issue.message;
  }
  return out;
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

/** Every procedure starts here (so no plugin can skip the check). */
export const baseProcedure = t.procedure.use(async ({ getRawInput, next }) => {
  if (hasUnstorableText(await getRawInput())) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Ongeldige invoer: de tekst bevat tekens die niet bewaard kunnen worden." });
  }
  return next();
});

// 2. Procedures outside a tenant -------------------------------------------------------------------------------------

export const publicProcedure = baseProcedure.meta({ permission: "public" });

export const authedProcedure = baseProcedure.meta({ permission: "authed" }).use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Meld je aan om verder te gaan." });
  return next({ ctx: { session: ctx.session } });
});

export const operatorProcedure = baseProcedure.meta({ permission: "operator" }).use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Meld je aan om verder te gaan." });
  if (!ctx.session.isOperator) throw new TRPCError({ code: "FORBIDDEN", message: "Alleen voor platformbeheerders." });
  return next({ ctx: { session: ctx.session } });
});
