"use client";
import { createTRPCClient, createTRPCUntypedClient, httpBatchLink, httpLink, type TRPCClient, type TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";
import { useMemo } from "react";
import superjson from "superjson";

/**
 * The platform's one browser tRPC client. The web app's provider (TanStack Query) and every module's client components
 * use it: one endpoint, one transformer, the page's tenant in one header.
 */

/** Every call of a module's client goes to "<module id>.<path>" on the platform's one endpoint. */
function prefixLink<R extends AnyRouter>(prefix: string): TRPCLink<R> {
  return () =>
    ({ op, next }) =>
      observable((observer) => next({ ...op, path: `${prefix}.${op.path}` }).subscribe(observer));
}

/** The tenant of the page (/t/<slug>/…), sent with every call; the server checks the membership. */
export function tenantFromPath(): string | null {
  if (typeof window === "undefined") return null;
  return window.location.pathname.match(/^\/t\/([a-z0-9-]+)/)?.[1] ?? null;
}

/**
 * A typed client of the platform's router (no prefix: the web app's whole router) or of one module's router (prefix:
 * the module id, under which the platform mounts it). The tenant comes from the page URL; the server checks
 * membership, permission and that the module is enabled.
 */
export function createPlatformClient<R extends AnyRouter>(prefix?: string): TRPCClient<R> {
  return createTRPCClient<R>({
    links: [
      ...(prefix ? [prefixLink<R>(prefix)] : []),
      // The options type depends on R's transformer, which TypeScript cannot see through the generic: every router of
      // the platform uses superjson.
      httpBatchLink<R>({
        url: "/api/trpc",
        transformer: superjson,
        headers: (): Record<string, string> => {
          const slug = tenantFromPath();
          return slug ? { "x-zorgzaam-tenant": slug } : {};
        },
      } as unknown as Parameters<typeof httpBatchLink<R>>[0]),
    ],
  });
}

/** The typed client of one module's router, for that module's client components. */
export function usePluginClient<R extends AnyRouter>(moduleId: string): TRPCClient<R> {
  return useMemo(() => createPlatformClient<R>(moduleId), [moduleId]);
}

/**
 * A typed client of core's routers (`usePlatformClient<typeof coreRouter>()`), for a module's client component that
 * uses a core procedure as it is (e.g. registering a person from a module's form: the same rules and scope as the
 * People page, no copy in the module).
 */
export function usePlatformClient<R extends AnyRouter>(): TRPCClient<R> {
  return useMemo(() => createPlatformClient<R>(), []);
}

/**
 * An untyped client for calls by dotted path (the outbox replays entries stored as path + input), to the platform's
 * one endpoint with the given tenant.
 */
export function createUntypedPlatformClient(tenant: string) {
  return createTRPCUntypedClient({
    links: [
      httpLink({
        url: "/api/trpc",
        transformer: superjson,
        headers: () => ({ "x-zorgzaam-tenant": tenant }),
      } as unknown as Parameters<typeof httpLink>[0]),
    ],
  });
}
