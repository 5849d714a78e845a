import "server-only";
import { type AnyRouter, createCallerFactory, createContext, type PluginPageProps } from "@zorgzaam/core";
import { headers } from "next/headers";
import { getSessionUser } from "@/auth/session";

/** `caller(router)` for module pages and cards: the signed-in member in this tenant, with every server-side check. */
export async function moduleCaller(slug: string): Promise<PluginPageProps["caller"]> {
  const h = await headers();
  const ctx = createContext({
    session: await getSessionUser(),
    tenantSlug: slug,
    ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
    userAgent: h.get("user-agent"),
  });
  return (<R extends AnyRouter>(router: R) => createCallerFactory(router)(ctx)) as PluginPageProps["caller"];
}
