import { manifests } from "@zorgzaam/platform/manifests";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { precompile } from "./precompile";

const MODULE_IDS = new Set<string>(manifests.map((m) => m.id));

/**
 * The catalogs the browser gets: the web app's own (core's pages, forms, the shell) and, with `module`, that module's
 * too (its client components read them under its id). Server components read every catalog (i18n/request.ts); a page
 * no longer carries the words of every module. They go compiled (precompile.ts): the browser formats them without an
 * ICU parser.
 */
export async function ClientMessages({ module, children }: { module?: string; children: ReactNode }) {
  const all = await getMessages();
  const messages = Object.fromEntries(Object.entries(all).filter(([key]) => !MODULE_IDS.has(key) || key === module));
  return <NextIntlClientProvider messages={precompile(messages) as typeof messages}>{children}</NextIntlClientProvider>;
}
