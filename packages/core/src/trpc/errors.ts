import { TRPCError } from "@trpc/server";

/** Foreign or missing ids answer the same: NOT_FOUND, never FORBIDDEN (no existence leaks across tenants). */
export function notFound(what = "Niet gevonden"): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: what });
}

export function orNotFound<T>(value: T | null | undefined, what?: string): T {
  if (value === null || value === undefined) throw notFound(what);
  return value;
}

/** An error the user can act on, in the words of the domain. */
export function badRequest(message: string): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message });
}

export function conflict(message: string): TRPCError {
  return new TRPCError({ code: "CONFLICT", message });
}
