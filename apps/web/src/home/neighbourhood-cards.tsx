import type { HomeFigure } from "@zorgzaam/core";
import { Badge } from "@zorgzaam/ui";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { FigureList } from "./sections";

export interface NeighbourhoodAtAGlance {
  id: string;
  name: string;
  hasBoundary: boolean;
  /** null: the member may not see people. */
  people: number | null;
  newPeople: number | null;
  lastChangeAt: Date | null;
  figures: readonly HomeFigure[];
}

/**
 * Each neighbourhood at a glance: people (and how many were added lately), the modules' figures, the last change; the
 * name leads to the neighbourhood's page. A list of cards rather than a table, so it reads on a phone.
 */
export async function NeighbourhoodCards({
  slug,
  items,
  recentDays,
  linkToPage,
  headingLevel = 3,
}: {
  slug: string;
  items: readonly NeighbourhoodAtAGlance[];
  recentDays: number;
  linkToPage: boolean;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("home");
  const format = await getFormatter();
  const H = headingLevel === 2 ? "h2" : "h3";
  if (items.length === 0) return <p className="text-slate-700">{t("noNeighbourhoods")}</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((n) => (
        <li key={n.id} className="min-w-0 rounded-lg border border-slate-300 bg-white p-3">
          <H className="text-base font-semibold">
            {linkToPage ? <Link href={`/t/${slug}/neighbourhoods/${n.id}`}>{n.name}</Link> : n.name}
          </H>
          <FigureList
            label={t("figuresOf", { name: n.name })}
            figures={[
              ...(n.people === null
                ? []
                : [
                    {
                      label: t("people", { count: n.people }),
                      href: `/t/${slug}/people?neighbourhood=${n.id}`,
                    },
                  ]),
              ...(n.newPeople ? [{ label: t("newPeople", { count: n.newPeople, days: recentDays }), tone: "good" as const }] : []),
              ...n.figures,
            ]}
          />
          <p className="mt-2 flex flex-wrap gap-2 text-sm text-slate-700">
            {n.lastChangeAt ? (
              <span>
                {t("lastChange")} <time dateTime={n.lastChangeAt.toISOString()}>{format.relativeTime(n.lastChangeAt)}</time>
              </span>
            ) : null}
            {n.hasBoundary ? null : <Badge tone="warn">{t("noBoundary")}</Badge>}
          </p>
        </li>
      ))}
    </ul>
  );
}
