/**
 * Calling procedures as a member would: a server-side caller of a router (the platform's whole router, or one
 * module's) with the context the HTTP endpoint builds, so every check runs (session, tenant membership, permission,
 * module enabled, input validation). Procedures can also be called by a path chosen at run time, for generated tests.
 */
import { randomUUID } from "node:crypto";
import type { AnyRouter } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import type { CallerOf } from "../plugins/contract";
import type { Locale } from "../i18n/locales";
import { createContext, type SessionUser } from "../trpc/context";
import { coreErrors } from "../trpc/errors";
import { createCallerFactory } from "../trpc/init";
import type { TenantFixture, UserFixture } from "./factories";

export function sessionFor(user: UserFixture): SessionUser {
  return { userId: user.id, sessionId: randomUUID(), email: user.email, isOperator: user.isOperator };
}

const factories = new WeakMap<AnyRouter, unknown>();

/** A caller of `router` as the given session on the given tenant's pages (null: signed out / no tenant). */
export function routerCaller<R extends AnyRouter>(
  router: R,
  session: SessionUser | null,
  tenantSlug: string | null,
  opts: { locale?: Locale } = {},
): CallerOf<R> {
  let factory = factories.get(router) as ReturnType<typeof createCallerFactory<R["_def"]["record"]>> | undefined;
  if (!factory) {
    factory = createCallerFactory(router as never) as unknown as ReturnType<typeof createCallerFactory<R["_def"]["record"]>>;
    factories.set(router, factory);
  }
  return factory(createContext({ session, tenantSlug, ...(opts.locale ? { locale: opts.locale } : {}) })) as CallerOf<R>;
}

/**
 * The caller of one module's router as a member of a tenant: `const partners = moduleCaller(partnersPlugin)`, then
 * `partners(t.users.field_worker, t).actors.list({...})`. Takes the module's definition or its router.
 */
export function moduleCaller<R extends AnyRouter>(
  module: R | { server: { router: R } },
): (user: UserFixture, tenant: Pick<TenantFixture, "slug">, opts?: { locale?: Locale }) => CallerOf<R> {
  const router = "server" in module ? module.server.router : module;
  return (user, tenant, opts) => routerCaller(router, sessionFor(user), tenant.slug, opts);
}

/** Calls a procedure by its dotted path (the caller is a proxy: each segment is a property, the last one a function). */
export async function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  // The caller's type is the nested router shape; a path chosen at run time cannot be typed statically.
  let node: unknown = caller;
  for (const segment of path.split(".")) node = (node as Record<string, unknown>)[segment];
  if (typeof node !== "function") throw new Error(`no procedure at ${path}`);
  return (node as (input: unknown) => Promise<unknown>)(input);
}

export type CallOutcome = { ok: true; value: unknown } | { ok: false; code: string; message: string; error: unknown };

/** Calls a procedure and reports the outcome instead of throwing. Non-tRPC errors are reported as "NOT_A_TRPC_ERROR". */
export async function tryCall(caller: unknown, path: string, input: unknown): Promise<CallOutcome> {
  try {
    return { ok: true, value: await callPath(caller, path, input) };
  } catch (e) {
    if (e instanceof TRPCError) return { ok: false, code: e.code, message: e.message, error: e };
    return { ok: false, code: "NOT_A_TRPC_ERROR", message: String(e), error: e };
  }
}

/** The tRPC code a call fails with ("NOT_FOUND", "CONFLICT"...), or "OK" when it succeeds. */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

/** The message a call fails with ("" when it succeeds). */
export async function messageOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}

/** The message of tenantProcedure's NOT_FOUND when the tenant does not exist or the caller is not a member. */
export const TENANT_NOT_FOUND_MESSAGE = coreErrors.text("nl", "tenant.notFound");
