import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, buttonClass, Card, EmptyState, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { itemText } from "../../lists";
import { P } from "../../manifest";
import type { BuurtanalyseRouter } from "../../server/router";
import { LeadChange, LeadForm } from "../components/lead-forms";
import { ConsentForm, ConversationForm, FieldRemoveButton, ObservationForm, QuoteForm, SurveyLinkButton } from "../components/field-forms";
import { day, dayTime } from "../labels";

type Props = PluginPageProps<BuurtanalyseRouter>;
type Quote = { id: string; text: string; saidBy: string | null; audiences: string[]; person: { id: string; name: string } | null };

/**
 * Round 4 in the field (BA-7), phone first: "Waarneming toevoegen" on one screen, the observations with their photos,
 * conversations and focus groups with their quotes, the consent of each quote and photo, and Bevragingen's surveys.
 */
export async function FieldPage(props: Props) {
  const t = await getTranslations("buurtanalyse");
  const locale = await getLocale();
  const f = await props.api.field.get({ analysisId: props.params.id ?? "" });
  const lists = await props.api.lists.all();
  const surveys = await props.api.surveys.list({ analysisId: f.analysisId });
  const leads = await props.api.leads.list({ analysisId: f.analysisId });
  const canEdit = props.permissions.includes(P.edit);
  const base = `/t/${props.slug}/buurtanalyse/analyses/${f.analysisId}`;
  const cues = lists.observationCues.map((c) => ({ key: c.key, label: itemText(c, locale) }));
  const cueLabel = new Map(cues.map((c) => [c.key, c.label]));
  const audienceText = (xs: readonly string[]) =>
    xs.length ? xs.map((a) => t(`field.audience.${a as "partners"}`)).join(", ") : t("field.audience.team");

  const quoteList = (quotes: Quote[]) =>
    quotes.length ? (
      <ul className="grid grid-cols-1 *:min-w-0 gap-2">
        {quotes.map((q) => (
          <li key={q.id} className="rounded-lg bg-slate-50 p-2">
            <blockquote className="break-words italic">“{q.text}”</blockquote>
            <p className="text-sm text-slate-700">
              {q.saidBy ? `${q.saidBy} · ` : ""}
              {t("field.consent.shownTo", { who: audienceText(q.audiences) })}
              {q.person ? ` · ${t("field.quote.person", { name: q.person.name })}` : ""}
            </p>
            {canEdit ? (
              <details className="mt-1">
                <summary className="min-h-11 cursor-pointer py-2.5 text-sm underline">{t("field.consent.change")}</summary>
                <ConsentForm target="quote" id={q.id} value={q.audiences} />
              </details>
            ) : null}
            {canEdit ? <FieldRemoveButton what="quote" id={q.id} label={q.text.slice(0, 60)} /> : null}
          </li>
        ))}
      </ul>
    ) : null;

  return (
    <>
      <PageHeader
        title={t("field.title")}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Link href={base} className="underline">
              {f.title}
            </Link>
            <Link href={`${base}/sections/ronde4`} className="underline">
              {t("sections.ronde4")}
            </Link>
            <Link href={`${base}/map`} className="underline">
              {t("map.open")}
            </Link>
          </span>
        }
      />
      <p className="mb-4 max-w-3xl text-slate-800">{t("field.intro")}</p>
      <div className="grid grid-cols-1 *:min-w-0 gap-4 lg:grid-cols-2">
        {canEdit ? (
          <Card>
            <ObservationForm analysisId={f.analysisId} cues={cues} />
          </Card>
        ) : null}
        <section aria-labelledby="observations-title" className="grid grid-cols-1 *:min-w-0 content-start gap-3">
          <h2 id="observations-title" className="text-lg font-semibold">
            {t("field.observation.list", { count: f.observations.length })}
          </h2>
          {f.observations.length === 0 ? <EmptyState title={t("field.observation.none")} /> : null}
          <ul className="grid grid-cols-1 *:min-w-0 gap-3">
            {f.observations.map((o) => (
              <li key={o.id} className="rounded-xl border border-slate-300 bg-white p-3">
                <div className="flex gap-3">
                  {o.photo ? (
                    <a href={o.photo.full} className="shrink-0">
                      {/* biome-ignore lint/performance/noImgElement: a short-lived signed link to a stored file */}
                      <img
                        src={o.photo.thumb}
                        alt={t("field.observation.photoAlt", { text: o.text.slice(0, 80) })}
                        className="size-20 rounded-lg border border-slate-300 object-cover"
                        data-testid="observation-thumb"
                      />
                    </a>
                  ) : null}
                  <div className="min-w-0">
                    <p className="break-words">{o.text}</p>
                    <p className="text-sm text-slate-700">
                      {dayTime(o.observedAt, locale)}
                      {o.createdBy ? ` · ${o.createdBy}` : ""}
                    </p>
                    <p className="flex flex-wrap gap-1">
                      {o.cueKey && cueLabel.get(o.cueKey) ? <Badge tone="neutral">{cueLabel.get(o.cueKey)}</Badge> : null}
                      {o.point ? <Badge tone="good">{t("field.observation.onMap")}</Badge> : null}
                    </p>
                    {o.photo ? (
                      <p className="text-sm text-slate-700">{t("field.consent.photoShownTo", { who: audienceText(o.photoAudiences) })}</p>
                    ) : null}
                  </div>
                </div>
                {o.photo && canEdit ? (
                  <details className="mt-1">
                    <summary className="min-h-11 cursor-pointer py-2.5 text-sm underline">{t("field.consent.changePhoto")}</summary>
                    <ConsentForm target="photo" id={o.id} value={o.photoAudiences} />
                  </details>
                ) : null}
                {quoteList(o.quotes)}
                {canEdit ? (
                  <div className="mt-2 flex flex-wrap items-start gap-2">
                    <QuoteForm analysisId={f.analysisId} observationId={o.id} label={o.text.slice(0, 60)} />
                    <FieldRemoveButton what="observation" id={o.id} label={o.text.slice(0, 60)} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
        {canEdit ? (
          <Card>
            <ConversationForm analysisId={f.analysisId} notesVisible={f.notesVisible} />
          </Card>
        ) : null}
        <section aria-labelledby="conversations-title" className="grid grid-cols-1 *:min-w-0 content-start gap-3">
          <h2 id="conversations-title" className="text-lg font-semibold">
            {t("field.conversation.list", { count: f.conversations.length })}
          </h2>
          {f.conversations.length === 0 ? <EmptyState title={t("field.conversation.none")} /> : null}
          <ul className="grid grid-cols-1 *:min-w-0 gap-3">
            {f.conversations.map((c) => (
              <li key={c.id} className="rounded-xl border border-slate-300 bg-white p-3">
                <h3 className="font-semibold break-words">
                  {t(`field.conversation.kinds.${c.kind}`)}: {c.withWhom}
                </h3>
                <p className="text-sm text-slate-700">
                  {day(c.heldOn, locale)}
                  {c.place ? ` · ${c.place}` : ""}
                  {c.participants ? ` · ${t("field.conversation.people", { count: c.participants })}` : ""}
                </p>
                {c.notes ? <p className="mt-1 whitespace-pre-line break-words text-sm">{c.notes}</p> : null}
                {quoteList(c.quotes)}
                {canEdit ? (
                  <div className="mt-2 flex flex-wrap items-start gap-2">
                    <QuoteForm analysisId={f.analysisId} conversationId={c.id} label={c.withWhom} />
                    <FieldRemoveButton what="conversation" id={c.id} label={c.withWhom} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          {f.quotes.length ? (
            <>
              <h3 className="font-semibold">{t("field.quote.loose")}</h3>
              {quoteList(f.quotes)}
            </>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="leads-title" className="mt-6 grid grid-cols-1 *:min-w-0 gap-3">
        <h2 id="leads-title" className="text-lg font-semibold">
          {t("field.leads.title", { count: leads.leads.length })}
        </h2>
        <p className="max-w-3xl text-slate-800">{t("field.leads.intro")}</p>
        {leads.leads.length === 0 ? <EmptyState title={t("field.leads.none")} /> : null}
        <ul className="grid grid-cols-1 *:min-w-0 gap-3">
          {leads.leads.map((l) => (
            <li key={l.id} className="rounded-xl border border-slate-300 bg-white p-3">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-semibold break-words">{l.who}</span>
                <Badge tone={l.status === "on_map" ? "good" : l.status === "not_now" ? "neutral" : "warn"}>
                  {t(`field.leads.statuses.${l.status as "to_contact"}`)}
                </Badge>
              </p>
              {l.place ? <p className="text-sm text-slate-700 break-words">{l.place}</p> : null}
              {l.notes ? <p className="whitespace-pre-line break-words text-sm">{l.notes}</p> : null}
              {l.actor ? (
                <p className="text-sm">
                  <Link href={`/t/${props.slug}/partners/actors/${l.actor.id}`} className="underline">
                    {t("field.leads.onMap", { name: l.actor.name })}
                  </Link>
                </p>
              ) : null}
              {canEdit ? <LeadChange lead={l} choices={leads.choices} /> : null}
            </li>
          ))}
        </ul>
        {canEdit ? (
          <Card>
            <LeadForm analysisId={f.analysisId} notesVisible={leads.notesVisible} choices={leads.choices} />
          </Card>
        ) : null}
        {leads.partnersOn && canEdit ? (
          <p>
            <Link href={`/t/${props.slug}/partners/actors/new?kind=key_figure`} className={buttonClass("secondary")}>
              {t("field.leads.addInPartners")}
            </Link>
          </p>
        ) : null}
        {!leads.partnersOn ? <p className="text-sm text-slate-700">{t("field.leads.partnersOff")}</p> : null}
      </section>

      <section aria-labelledby="surveys-title" className="mt-6 grid grid-cols-1 *:min-w-0 gap-3">
        <h2 id="surveys-title" className="text-lg font-semibold">
          {t("field.surveys.title")}
        </h2>
        {!surveys.on ? <p className="text-slate-800">{t("field.surveys.off")}</p> : null}
        {surveys.on && surveys.surveys.length === 0 ? <EmptyState title={t("field.surveys.none")} /> : null}
        <ul className="grid grid-cols-1 *:min-w-0 gap-3 md:grid-cols-2">
          {surveys.surveys.map((s) => (
            <li key={s.id} className="rounded-xl border border-slate-300 bg-white p-3">
              <h3 className="font-semibold break-words">{s.title}</h3>
              <p className="flex flex-wrap gap-1">
                {s.linkId ? <Badge tone="good">{t("field.surveys.linked")}</Badge> : null}
                <Badge tone="neutral">{t(`field.surveys.status.${s.status as "open"}`)}</Badge>
              </p>
              <p className="text-sm text-slate-800">
                {s.total === null ? t("field.surveys.totalHidden", { min: s.min }) : t("field.surveys.total", { count: s.total })}
              </p>
              <ul className="text-sm text-slate-800">
                {s.byNeighbourhood.map((n) => (
                  <li key={n.name}>
                    {n.name}: {n.count === null ? t("field.surveys.hidden") : n.count}
                  </li>
                ))}
              </ul>
              {canEdit ? (
                <p className="mt-2">
                  <SurveyLinkButton analysisId={f.analysisId} surveyId={s.id} linkId={s.linkId} title={s.title} />
                </p>
              ) : null}
            </li>
          ))}
        </ul>
        {!surveys.on && surveys.links.length ? (
          <p className="text-sm text-slate-700">{t("field.surveys.linksKept", { count: surveys.links.length })}</p>
        ) : null}
      </section>
      <p className="mt-6">
        <Link href={`${base}/sections/swot`} className={buttonClass("secondary")}>
          {t("field.toSwot")}
        </Link>
      </p>
    </>
  );
}
