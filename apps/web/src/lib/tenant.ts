import "server-only";
import { TRPCError } from "@trpc/server";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { serverApi } from "@/trpc/server";

/** Turns a procedure's refusal into the right page: sign-in, 404 (also for other tenants) or 403. */
export async function orPage<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof TRPCError) {
      if (e.code === "UNAUTHORIZED") redirect("/signin?error=expired");
      if (e.code === "NOT_FOUND") notFound();
      if (e.code === "FORBIDDEN") forbidden();
    }
    throw e;
  }
}

/** The tenant home data (tenant, roles, permissions), once per request. */
export const getTenant = cache(async (slug: string) => orPage(async () => (await serverApi(slug)).tenant.home()));

/** Page guard: the page renders only when the member has the permission (the procedures check it again). */
export async function requirePermission(slug: string, permission: string) {
  const home = await getTenant(slug);
  if (!home.permissions.includes(permission)) forbidden();
  return home;
}

export async function api(slug: string) {
  return serverApi(slug);
}
