"use client";
import { createTRPCUntypedClient, httpLink } from "@trpc/client";
import superjson from "superjson";

/**
 * The platform's browser tRPC client over HTTP, for the outbox's replay only (one endpoint, one transformer, the
 * tenant in one header). Forms call procedures through the web app's Server Action instead
 * (./procedure-client.tsx, ADR 0041).
 */

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
