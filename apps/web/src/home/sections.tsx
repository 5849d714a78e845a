import type { HomeEntry, HomeFigure } from "@zorgzaam/core";
import { Badge, Card } from "@zorgzaam/ui";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";

/** A figure as a line: a link to the filtered page when it has one, a badge when it has a tone. */
export function Figure({ figure }: { figure: HomeFigure }) {
  const text = figure.tone && figure.tone !== "neutral" ? <Badge tone={figure.tone}>{figure.label}</Badge> : figure.label;
  return figure.href ? <Link href={figure.href}>{text}</Link> : <span>{text}</span>;
}

export function FigureList({ figures, label }: { figures: readonly HomeFigure[]; label?: string }) {
  if (figures.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-col gap-1">
      {figures.map((f) => (
        <li key={`${f.label}${f.href ?? ""}`}>
          <Figure figure={f} />
        </li>
      ))}
    </ul>
  );
}

/** A list of entries (sessions, action points, changes) with what it is about and when. */
export async function EntryList({ entries, empty }: { entries: readonly HomeEntry[]; empty: string }) {
  const format = await getFormatter();
  if (entries.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {entries.map((e) => (
        <li key={`${e.href}${e.title}${e.at?.toISOString() ?? ""}`} className="py-2">
          <Link href={e.href} className="font-medium">
            {e.title}
          </Link>
          {e.detail || e.at ? (
            <p className="text-sm text-slate-700">
              {e.tone === "bad" ? <Badge tone="bad">{e.detail}</Badge> : e.detail}
              {e.detail && e.at ? " · " : null}
              {e.at ? <time dateTime={e.at.toISOString()}>{format.relativeTime(e.at)}</time> : null}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** One titled block of "Mijn werk", with an optional link to everything. */
export function HomeCard({ title, more, children }: { title: string; more?: { label: string; href: string }; children: ReactNode }) {
  return (
    <Card title={title}>
      {children}
      {more ? (
        <p className="mt-3">
          <Link href={more.href}>{more.label}</Link>
        </p>
      ) : null}
    </Card>
  );
}

/** What asks for attention: the figures of core and the modules, or a plain "nothing urgent". */
export async function AttentionCard({ figures }: { figures: readonly HomeFigure[] }) {
  const t = await getTranslations("home");
  return (
    <HomeCard title={t("attention")}>
      {figures.length === 0 ? <p className="text-slate-700">{t("nothingUrgent")}</p> : <FigureList figures={figures} />}
    </HomeCard>
  );
}

/** A module that could not be read: said in one line, the rest of the page works. */
export async function ModuleFailures({ names }: { names: readonly string[] }) {
  if (names.length === 0) return null;
  const t = await getTranslations("home");
  return <p className="mb-4 text-slate-800">{t("moduleFailed", { modules: names.join(", ") })}</p>;
}
