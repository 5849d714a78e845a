import { type AnyRouter, translate } from "@zorgzaam/core";
import { callTRPCProcedure, getTRPCErrorFromUnknown, TRPCError } from "@trpc/server";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { refusal, requestContext, type SessionSource } from "./request-context";

/**
 * One procedure call from a module's client component through the procedure action (./procedure-action.ts, ADR 0041):
 * the same context as the tRPC HTTP endpoint (./request-context.ts), the procedure found and run by tRPC itself
 * (callTRPCProcedure: every middleware, as over HTTP), and an error in the shape the router's errorFormatter gives it
 * over HTTP. Called with the request's headers, so tests call it without Next.
 */

/** What the browser gets back: the procedure's result, or its error as the HTTP endpoint would have shaped it. */
export type ProcedureResult = { ok: true; data: unknown } | { ok: false; error: ProcedureErrorShape };

export interface ProcedureErrorShape {
  message: string;
  code: number;
  data: {
    code: string;
    httpStatus: number;
    path?: string;
    fields?: Record<string, string>;
    appCode?: string;
    params?: Record<string, unknown>;
  };
}

export interface ProcedureCall {
  /** The page's tenant (/t/<slug>/…), null outside one. */
  tenant: string | null;
  /** The procedure's dotted path in the router ("reflectie.sessions.get"). */
  path: string;
  type: "query" | "mutation";
  input: unknown;
}

/** The input's size as JSON in bytes (BigInt, Map and Set counted as their JSON-like forms); null when it has none. */
function inputBytes(input: unknown): number | null {
  try {
    const json = JSON.stringify(input, (_k, v: unknown) =>
      typeof v === "bigint" ? v.toString() : v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v,
    );
    return json === undefined ? 0 : Buffer.byteLength(json);
  } catch {
    return null;
  }
}

export async function callProcedureWith(
  headers: Headers,
  source: SessionSource,
  call: ProcedureCall,
  options: { router: AnyRouter; maxBodyMb: number },
): Promise<ProcedureResult> {
  const { router, maxBodyMb } = options;
  const ctx = await requestContext(headers, source, typeof call.tenant === "string" ? call.tenant : null);
  const path = typeof call.path === "string" ? call.path : "";
  const type = call.type === "query" || call.type === "mutation" ? call.type : null;
  const shaped = (cause: unknown): ProcedureResult => ({
    ok: false,
    error: getErrorShape({
      config: router._def._config,
      error: getTRPCErrorFromUnknown(cause),
      type: type ?? "unknown",
      path,
      input: undefined,
      ctx,
    }) as ProcedureErrorShape,
  });
  // A type other than query or mutation (a subscription, anything else): as a path without a procedure.
  if (!type) return shaped(new TRPCError({ code: "NOT_FOUND" }));
  // The HTTP endpoint refuses a body over the limit before reading it; here the body is read (Next's server action
  // limit, next.config.ts) and the input is held to the same limit, with the same words.
  const bytes = inputBytes(call.input);
  if (bytes === null) return shaped(new TRPCError({ code: "BAD_REQUEST" }));
  if (bytes > Math.floor(maxBodyMb * 1024 * 1024)) {
    return {
      ok: false,
      error: refusal("PAYLOAD_TOO_LARGE", translate(ctx.locale, "errors.request.tooLarge", { maxMb: maxBodyMb }), { maxMb: maxBodyMb }),
    };
  }
  try {
    const data: unknown = await callTRPCProcedure({
      router,
      path,
      type,
      ctx,
      getRawInput: async () => call.input,
      signal: undefined,
      batchIndex: 0,
    });
    return { ok: true, data };
  } catch (e) {
    return shaped(e);
  }
}
