import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Alert, Button, buttonClass, Card, EmptyState, PageHeader, TextField } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { BurenhulpRouter } from "../../server/router";
import { AreaModesForm, RemoveStoryButton, StoryForm } from "../components/story-form";
import { kindLabel } from "../labels";

const day = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T00:00:00Z`) : null);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The light log of spontaneous help (BH-10): where a tenant or a neighbourhood only facilitates, nobody is matched and
 * workers note the help that happened by itself, counted, with a short story if they like (the notes' permission).
 * The way of working per neighbourhood is set here too.
 */
export async function LogPage(props: PluginPageProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const locale = await getLocale();
  const format = await getFormatter();
  const canManage = props.permissions.includes("burenhulp.requests.manage");
  const canNotes = props.permissions.includes("burenhulp.notes.view");
  const canModes = props.permissions.includes("burenhulp.modes.manage");
  const log = await props.api.stories.list({ from: day(props.searchParams.from), to: day(props.searchParams.to) });
  const areas = await props.api.areas.list();
  const kinds = canManage ? (await props.api.kinds.list()).filter((k) => k.active) : [];
  const facilitating =
    log.facilitation === "all"
      ? null
      : areas.neighbourhoods.filter((n) => (log.facilitation as string[]).includes(n.id)).map((n) => n.name);
  const when = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <>
      <PageHeader title={t("pageTitles.log")} description={t("log.intro")} />
      <Alert tone="info">
        {log.facilitation === "all"
          ? t("log.modeAll")
          : facilitating?.length
            ? t("log.modeSome", { list: facilitating.join(", ") })
            : t("log.modeNone")}
      </Alert>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {canManage ? (
          <Card title={t("log.add")}>
            <StoryForm
              neighbourhoods={areas.neighbourhoods.map((n) => ({ id: n.id, name: n.name }))}
              kinds={kinds.map((k) => ({ id: k.id, name: kindLabel(k, t, locale) }))}
              canNotes={canNotes}
              today={iso(new Date())}
            />
          </Card>
        ) : null}
        {canModes && areas.tenantMode !== "facilitation" && areas.neighbourhoods.length ? (
          <Card title={t("log.modes")}>
            <p className="mb-3 text-slate-800">{t("log.modesHint")}</p>
            <AreaModesForm neighbourhoods={areas.neighbourhoods} />
          </Card>
        ) : null}
      </div>

      <section className="mt-8" aria-labelledby="bh-log-list">
        <h2 id="bh-log-list" className="mb-2 text-xl font-semibold">
          {t("log.listTitle")}
        </h2>
        <search className="mb-4 block">
          <form
            action={`/t/${props.slug}/burenhulp/log`}
            className="grid gap-3 rounded-xl border border-slate-300 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
          >
            <TextField id="bh-log-from" name="from" type="date" label={t("figures.from")} defaultValue={iso(log.from)} />
            <TextField id="bh-log-to" name="to" type="date" label={t("figures.to")} defaultValue={iso(log.to)} />
            <Button type="submit">{t("start.filter")}</Button>
          </form>
        </search>
        <p className="mb-3 font-semibold">{t("log.total", { entries: log.total.entries, times: log.total.times })}</p>
        {log.items.length === 0 ? (
          <EmptyState title={t("log.listTitle")}>{t("log.empty")}</EmptyState>
        ) : (
          <ul className="space-y-3">
            {log.items.map((s) => {
              const label = [
                when(s.happenedOn),
                s.kind ? kindLabel(s.kind, t, locale) : t("log.anyKind"),
                s.neighbourhood?.name ?? t("log.noNeighbourhood"),
              ].join(" · ");
              return (
                <li key={s.id} className="rounded-xl border border-slate-300 bg-white p-4">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <p className="font-semibold">
                      {label} · {t("log.timesCount", { count: s.times })}
                    </p>
                    {canManage ? <RemoveStoryButton id={s.id} label={label} /> : null}
                  </div>
                  {s.story ? <p className="mt-2 whitespace-pre-wrap text-slate-900">{s.story}</p> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <p className="mt-6">
        <Link href={`/t/${props.slug}/burenhulp/figures`} className={buttonClass("ghost")}>
          {t("log.toFigures")}
        </Link>
      </p>
    </>
  );
}
