import { apiBodyLimitMb, localeFromHeaders, translate } from "@zorgzaam/core";
import { ProcedureProvider } from "@zorgzaam/ui";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { callProcedure } from "@/server/procedure-action";

/**
 * The procedure action for client components below (usePluginClient/usePlatformClient, ADR 0041), held to the API's
 * body limit, named in the person's language when an input is over it. In the signed-in tenant and operator layouts.
 */
export async function Procedures({ children }: { children: ReactNode }) {
  const maxMb = apiBodyLimitMb();
  const tooLarge = translate(localeFromHeaders(await headers()), "errors.request.tooLarge", { maxMb });
  return (
    <ProcedureProvider action={callProcedure} maxMb={maxMb} tooLarge={tooLarge}>
      {children}
    </ProcedureProvider>
  );
}
