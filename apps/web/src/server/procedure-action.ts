"use server";
import { apiBodyLimitMb } from "@zorgzaam/core";
import { headers } from "next/headers";
import { cookieSessionId } from "@/auth/session";
import { callProcedureWith, type ProcedureResult } from "@/server/procedure-call";
import { webPlatform } from "@/server/platform";

/**
 * The one Server Action through which module forms call the platform's procedures (ADR 0041): the same session,
 * context, middlewares and error shape as the tRPC HTTP endpoint (./procedure-call.ts), without the tRPC browser client.
 * Next checks that a server action comes from the page's own origin (Origin against Host).
 */
export async function callProcedure(
  tenant: string | null,
  path: string,
  type: "query" | "mutation",
  input: unknown,
): Promise<ProcedureResult> {
  return callProcedureWith(
    await headers(),
    { sessionId: cookieSessionId },
    { tenant, path, type, input },
    { router: webPlatform().router, maxBodyMb: apiBodyLimitMb() },
  );
}
