"use client";
import { createTRPCClient, createTRPCUntypedClient, httpBatchLink, httpLink, type TRPCClient, type TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";
import superjson from "superjson";
import { tenantFromPath } from "./procedure-client";

/**
 * The platform's browser tRPC client over HTTP: the web app's provider (TanStack Query) and the outbox's replay use it
 * (one endpoint, one transformer, the page's tenant in one header). Module forms call procedures through the web app's
 * Server Action instead (./procedure-client.tsx, ADR 0041).
 */

/** Every call of a module's client goes to "<module id>.<path>" on the platform's one endpoint. */
function prefixLink<R extends AnyRouter>(prefix: string): TRPCLink<R> {
  return () =>
    ({ op, next }) =>
      observable((observer) => next({ ...op, path: `${prefix}.${op.path}` }).subscribe(observer));
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
