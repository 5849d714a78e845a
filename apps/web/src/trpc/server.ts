import "server-only";
import {
  type AnyRouter,
  createCallerFactory,
  createContext,
  localeFromHeaders,
  type PluginPageProps,
  requestClientIp,
} from "@zorgzaam/core";
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

/** `caller(router)` for module pages and cards, with the same context as serverApi. */
export async function moduleCaller(slug: string): Promise<PluginPageProps["caller"]> {
  const ctx = await requestContext(slug);
  return (<R extends AnyRouter>(router: R) => createCallerFactory(router)(ctx)) as PluginPageProps["caller"];
}
