import { manifests } from "@zorgzaam/platform/manifests";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES } from "./client-namespaces";
import { precompile } from "./precompile";

const CLIENT = new Set<string>(CLIENT_NAMESPACES);
const MODULE_IDS = new Set<string>(manifests.map((m) => m.id));

/**
 * The catalogs the browser gets: the namespaces of the web app's own catalog that client components read
 * (client-namespaces.ts) and, with `module`, that module's catalog (its client components read it under its id).
 * Server components read every catalog (i18n/request.ts); a page carries neither the words only the server uses nor
 * those of other modules. They go compiled (precompile.ts): the browser formats them without an ICU parser.
 */
export async function ClientMessages({ module, children }: { module?: string; children: ReactNode }) {
  const all = await getMessages();
  const messages = Object.fromEntries(Object.entries(all).filter(([key]) => (MODULE_IDS.has(key) ? key === module : CLIENT.has(key))));
  return <NextIntlClientProvider messages={precompile(messages) as typeof messages}>{children}</NextIntlClientProvider>;
}
