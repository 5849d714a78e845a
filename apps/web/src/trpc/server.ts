import "server-only";
import { createCallerFactory, createContext, localeFromHeaders, type PluginCallers, requestClientIp } from "@zorgzaam/core";
import { headers } from "next/headers";
import { getSessionUser } from "@/auth/session";
import { webPlatform } from "@/server/platform";

/** The request context of server components: the signed-in user in the given tenant (checked by each procedure). */
async function requestContext(tenantSlug: string | null) {
  const h = await headers();
  return createContext({
    session: await getSessionUser(),
    tenantSlug,
    ip: requestClientIp(h),
    userAgent: h.get("user-agent"),
    locale: localeFromHeaders(h),
  });
}

/** Calls procedures from server components, as the signed-in user, in the given tenant. Same checks as HTTP. */
export async function serverApi(tenantSlug: string | null = null) {
  return createCallerFactory(webPlatform().router)(await requestContext(tenantSlug));
}

/**
 * What module pages, cards and home summaries read through, with the same context as serverApi: `api(id)` is the
 * module's own router (the app router's branch under its id), `core` core's routers.
 */
export async function moduleCallers(slug: string): Promise<(id: string) => PluginCallers> {
  const app = await serverApi(slug);
  const branches = app as unknown as Record<string, PluginCallers["api"]>;
  return (id) => ({ api: branches[id] as PluginCallers["api"], core: app });
}
