import "server-only";
import { createCallerFactory, createContext } from "@zorgzaam/core";
import { headers } from "next/headers";
import { getSessionUser } from "@/auth/session";
import { appRouter } from "@/server/app-router";

const createCaller = createCallerFactory(appRouter);

/** Calls procedures from server components, as the signed-in user, in the given tenant. Same checks as HTTP. */
export async function serverApi(tenantSlug: string | null = null) {
  const h = await headers();
  return createCaller(
    createContext({
      session: await getSessionUser(),
      tenantSlug,
      ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
      userAgent: h.get("user-agent"),
    }),
  );
}
