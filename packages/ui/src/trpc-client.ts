"use client";
import { createTRPCClient, httpBatchLink, type TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";
import { useMemo } from "react";
import superjson from "superjson";

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
 * A typed tRPC client for one module's router, for client components of that module. The tenant comes from the page
 * URL, as for core's client; the server checks membership, permission and that the module is enabled.
 */
export function usePluginClient<R extends AnyRouter>(moduleId: string) {
  return useMemo(
    () =>
      createTRPCClient<R>({
        links: [
          prefixLink<R>(moduleId),
          // The options type depends on R's transformer, which TypeScript cannot see through the generic: every
          // router of the platform uses superjson.
          httpBatchLink<R>({
            url: "/api/trpc",
            transformer: superjson,
            headers: (): Record<string, string> => {
              const slug = tenantFromPath();
              return slug ? { "x-zorgzaam-tenant": slug } : {};
            },
          } as unknown as Parameters<typeof httpBatchLink<R>>[0]),
        ],
      }),
    [moduleId],
  );
}
