"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { nodeName } from "./node-text";
import type { GraphIndex } from "./use-graph-index";

/** The actors nobody in the network reaches, each a link to its page; nothing when every actor is reached. */
export function UnreachedList({ unreached, index, base }: { unreached: string[]; index: GraphIndex; base: string }) {
  const t = useTranslations("partners");
  if (!unreached.length) return null;
  return (
    <section aria-labelledby="network-unreached-title" className="space-y-2">
      <h2 id="network-unreached-title" className="text-lg font-semibold text-slate-900">
        {t("network.unreached.title")}
      </h2>
      <p className="max-w-prose text-slate-700">{t("network.unreached.intro")}</p>
      <ul className="flex flex-wrap gap-2">
        {unreached.map((id) => {
          const n = index.byId.get(id);
          return n?.actorId ? (
            <li key={id}>
              <Link
                href={`${base}/actors/${n.actorId}`}
                className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3"
              >
                {nodeName(t, n)}
              </Link>
            </li>
          ) : null;
        })}
      </ul>
    </section>
  );
}
