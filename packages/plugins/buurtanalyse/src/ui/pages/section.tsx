import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Alert, Badge, buttonClass, Card, DataTable, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SECTION_KEYS, type SectionKey, SWOT_KINDS } from "../../domain";
import { P } from "../../manifest";
import type { BuurtanalyseRouter } from "../../server/router";
import { type Lists, itemText } from "../../lists";
import { FoundActorForm } from "../components/field-forms";
import { HypothesisForm } from "../components/hypothesis-form";
import { IndicatorImport } from "../components/indicator-import";
import { ActionEvaluationForm, ActionForm, RemoveButton, SwotForm } from "../components/plan-forms";
import { ReferenceForm } from "../components/reference-form";
import { SectionEditor } from "../components/section-editor";
import { SectorsForm } from "../components/sectors-form";
import { PartnersRoundPicker, SnapshotButton } from "../components/small-actions";
import { day, dayTime, statusTone } from "../labels";

type Props = PluginPageProps<BuurtanalyseRouter>;
type T = Awaited<ReturnType<typeof getTranslations<"buurtanalyse">>>;

/** The sections not built in this slice: a status and notes only, and a word on what comes later. */
const LATER: readonly SectionKey[] = ["verslag"];

/** One section of an analysis, with the tools of that section. */
export async function SectionPage(props: Props) {
  const t = await getTranslations("buurtanalyse");
  const locale = await getLocale();
  const key = (SECTION_KEYS as readonly string[]).includes(props.params.key ?? "") ? (props.params.key as SectionKey) : "voorbereiding";
  const s = await props.api.sections.get({ analysisId: props.params.id ?? "", key });
  // The starter lists as this tenant has them (its own copies, else the starter content).
  const lists = await props.api.lists.all();
  const canEdit = props.permissions.includes(P.edit);
  const base = `/t/${props.slug}/buurtanalyse/analyses/${s.analysisId}`;
  const items = (xs: readonly { key: string; nl: string; fr: string; en: string }[]) =>
    xs.map((x) => ({ key: x.key, label: itemText(x, locale) }));
  const editor = {
    analysisId: s.analysisId,
    sectionKey: key,
    status: s.status,
    content: s.content,
    notes: s.notes,
    notesVisible: s.notesVisible,
    canEdit,
  };

  return (
    <>
      <PageHeader
        title={t(`sections.${key}`)}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Link href={base} className="underline">
              {s.title}
            </Link>
            <Badge tone={statusTone(s.status)}>{t(`status.${s.status}`)}</Badge>
            {s.updatedAt ? <span>{t("analysis.lastChange", { who: s.updatedBy ?? "–", when: dayTime(s.updatedAt, locale) })}</span> : null}
          </span>
        }
      />
      <nav aria-label={t("analysis.sectionsNav")} className="mb-4 flex flex-wrap gap-1">
        {SECTION_KEYS.map((k) => (
          <Link
            key={k}
            href={`${base}/sections/${k}`}
            aria-current={k === key ? "page" : undefined}
            className={buttonClass(k === key ? "secondary" : "ghost")}
          >
            {t(`sections.${k}`)}
          </Link>
        ))}
      </nav>
      <p className="mb-4 max-w-3xl text-slate-800">{t(`intro.${key}`)}</p>

      {key === "voorbereiding" ? (
        <div className="grid grid-cols-1 *:min-w-0 gap-4 lg:grid-cols-[2fr_1fr]">
          <Card title={t("section.work")}>
            <SectionEditor {...editor} questions={items(lists.preparation)} participants earlier />
          </Card>
          <Card title={t("attitudes.title")}>
            <ul className="grid grid-cols-1 *:min-w-0 list-disc gap-2 pl-5">
              {lists.attitudes.map((a) => (
                <li key={a.key}>{itemText(a, locale)}</li>
              ))}
            </ul>
          </Card>
        </div>
      ) : null}

      {key === "afbakening" ? (
        <div className="grid grid-cols-1 *:min-w-0 gap-4 lg:grid-cols-[1fr_2fr]">
          <Card title={t("boundary.drawTitle")}>
            <p className="mb-3">{t("boundary.drawIntro")}</p>
            {s.content.decision ? (
              <p className="mb-3" data-testid="ba-decision-summary">
                {s.content.decision.mode === "fuzzy"
                  ? t("boundary.decidedFuzzy")
                  : s.content.decision.confirmed
                    ? t("boundary.decidedConfirmed", { name: s.content.decision.confirmed.name })
                    : t("boundary.decidedOne")}
              </p>
            ) : null}
            <p className="flex flex-wrap gap-2">
              <Link href={`${base}/boundary`} className={buttonClass("primary")}>
                {t("boundary.open")}
              </Link>
              <Link href={`${base}/map`} className={buttonClass("secondary")}>
                {t("map.open")}
              </Link>
            </p>
            <p className="mt-3 text-sm text-slate-700">{t("boundary.linesHint")}</p>
          </Card>
          <Card title={t("boundary.criteriaTitle")}>
            <p className="mb-3 text-sm text-slate-800">{t("boundary.criteriaIntro")}</p>
            <SectionEditor
              {...editor}
              checklist={lists.boundaryCriteria.map((c) => ({
                key: c.key,
                label: `${t(`boundary.group.${c.group ?? "features"}`)}: ${itemText(c, locale)}`,
              }))}
              questions={[
                ...lists.boundaryCriteria.map((c) => ({
                  key: c.key,
                  label: t("boundary.criterionNote", { criterion: itemText(c, locale) }),
                })),
                { key: "text", label: t("section.freeText") },
              ]}
            />
          </Card>
        </div>
      ) : null}

      {key === "ronde1" ? (
        <Round1
          {...props}
          t={t}
          locale={locale}
          snapshot={s.content.snapshot}
          canEdit={canEdit}
          editor={<SectionEditor {...editor} questions={items(lists.round1)} />}
        />
      ) : null}

      {key === "ronde2" ? (
        <Round2
          {...props}
          t={t}
          canEdit={canEdit}
          editor={<SectionEditor {...editor} questions={[]} checklist={items(lists.round2Steps)} />}
          examples={lists.exampleHypotheses.map((x) => itemText(x, locale))}
        />
      ) : null}

      {key === "tussentijds" ? (
        <Card title={t("section.work")}>
          <SectionEditor
            {...editor}
            questions={[
              { key: "conclusions", label: t("interim.conclusions") },
              { key: "focus", label: t("interim.focus") },
            ]}
          />
        </Card>
      ) : null}

      {key === "swot" ? (
        <Plan {...props} t={t} locale={locale} canEdit={canEdit} lists={lists} editor={<SectionEditor {...editor} questions={[]} />} />
      ) : null}

      {key === "ronde3" ? (
        <Card title={t("section.work")}>
          <p className="mb-3 text-sm text-slate-800">{t("round3.intro")}</p>
          <SectionEditor
            {...editor}
            checklist={lists.onlineSources.map((x) => ({
              key: x.key,
              label: (x.region ?? "all") === "all" ? itemText(x, locale) : `${itemText(x, locale)} (${t(`region.${x.region}`)})`,
            }))}
            questions={lists.onlineSources.map((x) => ({ key: x.key, label: t("round3.found", { source: itemText(x, locale) }) }))}
          />
          {s.content.foundActors?.length ? (
            <section aria-labelledby="found-actors-title" className="mt-4">
              <h3 id="found-actors-title" className="font-semibold">
                {t("round3.foundActors")}
              </h3>
              <ul className="list-disc pl-5">
                {s.content.foundActors.map((f) => (
                  <li key={f.actorId}>
                    {props.permissions.includes("partners.actors.view") ? (
                      <Link href={`/t/${props.slug}/partners/actors/${f.actorId}`} className="underline">
                        {f.name}
                      </Link>
                    ) : (
                      f.name
                    )}{" "}
                    <span className="text-sm text-slate-700">
                      (
                      {itemText(
                        lists.onlineSources.find((x) => x.key === f.sourceKey) ?? {
                          key: f.sourceKey,
                          nl: f.sourceKey,
                          fr: f.sourceKey,
                          en: f.sourceKey,
                        },
                        locale,
                      )}
                      )
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {canEdit && props.permissions.includes("partners.actors.manage") ? (
            <div className="mt-4">
              <FoundActorForm
                analysisId={s.analysisId}
                sources={lists.onlineSources.map((x) => ({ key: x.key, label: itemText(x, locale) }))}
              />
            </div>
          ) : null}
        </Card>
      ) : null}

      {key === "ronde4" ? (
        <div className="grid grid-cols-1 *:min-w-0 gap-4">
          <Card title={t("round4.cues")}>
            <ul className="list-disc pl-5">
              {items(lists.observationCues).map((c) => (
                <li key={c.key}>{c.label}</li>
              ))}
            </ul>
            <p className="mt-3 flex flex-wrap gap-2">
              <Link href={`${base}/field`} className={buttonClass("primary")}>
                {t("field.open")}
              </Link>
              <Link href={`${base}/map`} className={buttonClass("secondary")}>
                {t("map.open")}
              </Link>
            </p>
          </Card>
          <Card title={t("section.work")}>
            <SectionEditor
              {...editor}
              questions={[...items(lists.round4Questions), { key: "missingLog", label: t("round4.missingLog") }]}
            />
          </Card>
        </div>
      ) : null}

      {key === "evaluatie" ? (
        <div className="grid grid-cols-1 *:min-w-0 gap-4">
          <EvaluationPerAction {...props} analysisId={s.analysisId} canEdit={canEdit} t={t} />
          <Card title={t("section.work")}>
            <SectionEditor {...editor} questions={[{ key: "text", label: t("evaluation.text") }]} />
          </Card>
        </div>
      ) : null}

      {LATER.includes(key) ? (
        <div className="grid grid-cols-1 *:min-w-0 gap-4">
          <Alert tone="info">{t("section.later")}</Alert>
          <Card title={t("section.work")}>
            <SectionEditor {...editor} questions={[{ key: "text", label: t("section.freeText") }]} />
          </Card>
          {key === "verslag" ? (
            <p>
              <Link href={`${base}/report`} className={buttonClass("secondary")}>
                {t("report.open")}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

async function Round1(
  props: Props & { t: T; locale: string; canEdit: boolean; editor: React.ReactNode; snapshot?: import("../../domain").PartnerSnapshot },
) {
  const { t, snapshot } = props;
  return (
    <div className="grid grid-cols-1 *:min-w-0 gap-4 lg:grid-cols-[2fr_1fr]">
      <Card title={t("round1.questions")}>{props.editor}</Card>
      <Card title={t("round1.snapshotTitle")}>
        {snapshot ? (
          <div className="grid grid-cols-1 *:min-w-0 gap-2 text-sm">
            <p>{t("round1.snapshotLine", { total: snapshot.total, date: day(snapshot.takenAt, props.locale) })}</p>
            <Counts title={t("round1.bySector")} rows={snapshot.bySector.map((x) => ({ key: x.label, count: x.count }))} />
            <Counts
              title={t("round1.byFormality")}
              rows={snapshot.byFormality.map((x) => ({ key: t(`round1.formality.${x.key as "formal"}`), count: x.count }))}
            />
            <Counts
              title={t("round1.byRelationship")}
              rows={snapshot.byRelationship.map((x) => ({
                key: t.has(`round1.relationship.${x.key}`) ? t(`round1.relationship.${x.key as "intensive"}`) : x.key,
                count: x.count,
              }))}
            />
          </div>
        ) : (
          <p className="text-sm">{t("round1.noSnapshot")}</p>
        )}
        {props.canEdit ? (
          <p className="mt-3">
            <SnapshotButton analysisId={props.params.id ?? ""} />
          </p>
        ) : null}
      </Card>
      <PartnersRounds {...props} />
    </div>
  );
}

/** Round 1 can rest on a network evaluation done in Partners: its rounds for this buurt, one of them linked. */
async function PartnersRounds(props: Props & { t: T; locale: string; canEdit: boolean }) {
  const { t } = props;
  const analysisId = props.params.id ?? "";
  const r = await props.api.sections.partnersRounds({ analysisId });
  if (!r.available) return null;
  const label = (x: (typeof r.rounds)[number]) =>
    `${x.title} (${t(`round1.roundStatus.${x.status === "closed" ? "closed" : "open"}`)}, ${day(x.startedAt, props.locale)})`;
  const linked = r.rounds.find((x) => x.id === r.linkedId);
  return (
    <Card title={t("round1.roundsTitle")}>
      <p className="text-sm text-slate-700">{t("round1.roundsIntro")}</p>
      {r.rounds.length === 0 ? (
        <p className="mt-2 text-sm">{t("round1.roundsNone")}</p>
      ) : (
        <ul className="mt-2 grid gap-1 text-sm">
          {r.rounds.map((x) => (
            <li key={x.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/t/${props.slug}/partners/evaluation/${x.id}`} className="break-words underline">
                {label(x)}
              </Link>
              {x.id === linked?.id ? <Badge tone="good">{t("round1.roundLinkedBadge")}</Badge> : null}
            </li>
          ))}
        </ul>
      )}
      {props.canEdit && r.rounds.length > 0 ? (
        <PartnersRoundPicker
          analysisId={analysisId}
          rounds={r.rounds.map((x) => ({ id: x.id, label: label(x) }))}
          linkedId={linked?.id ?? null}
        />
      ) : null}
    </Card>
  );
}

function Counts({ title, rows }: { title: string; rows: { key: string; count: number }[] }) {
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      <ul>
        {rows.map((r) => (
          <li key={r.key} className="flex justify-between gap-2">
            <span>{r.key}</span>
            <span className="tabular-nums">{r.count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

async function Round2(props: Props & { t: T; canEdit: boolean; editor: React.ReactNode; examples: string[] }) {
  const { t } = props;
  const analysisId = props.params.id ?? "";
  const { hypotheses, indicators } = await props.api.hypotheses.list({ analysisId });
  const a = await props.api.analyses.get({ id: analysisId });
  const fmt = (n: number | null) => (n === null ? "–" : new Intl.NumberFormat("nl-BE", { maximumFractionDigits: 2 }).format(n));
  return (
    <div className="grid grid-cols-1 *:min-w-0 gap-6">
      <section aria-labelledby="hyp-title" className="grid grid-cols-1 *:min-w-0 gap-4">
        <h2 id="hyp-title" className="text-xl font-semibold">
          {t("hypotheses.title")}
        </h2>
        {hypotheses.length === 0 ? <p>{t("hypotheses.empty")}</p> : null}
        {hypotheses.map((h) => (
          <Card
            key={h.id}
            title={
              <span className="flex flex-wrap items-center gap-2">
                <span className="break-words">{h.text}</span>
                <Badge tone={h.verdict === "bevestigd" ? "good" : h.verdict === "weerlegd" ? "bad" : "neutral"}>
                  {t(`verdicts.${h.verdict as "open"}`)}
                </Badge>
              </span>
            }
          >
            <DataTable caption={t("references.caption", { hypothesis: h.text })}>
              <thead>
                <tr>
                  <th scope="col">{t("references.indicator")}</th>
                  <th scope="col">{t("references.area")}</th>
                  <th scope="col">{t("references.value")}</th>
                  <th scope="col">{t("references.year")}</th>
                  <th scope="col">{t("references.source")}</th>
                  {props.canEdit ? <th scope="col">{t("common.actions")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {h.imported.map((i) => (
                  <tr key={i.id}>
                    <td>{i.name}</td>
                    <td>{t("references.ourBuurt", { count: i.covered.length })}</td>
                    <td className="tabular-nums">{fmt(i.value)}</td>
                    <td>{i.year}</td>
                    <td>{i.source ?? t("references.imported")}</td>
                    {props.canEdit ? <td /> : null}
                  </tr>
                ))}
                {h.references.map((r) => (
                  <tr key={r.id}>
                    <td>{r.indicator}</td>
                    <td>
                      {t(`areaKinds.${r.areaKind as "buurt"}`)}
                      {r.areaLabel ? ` · ${r.areaLabel}` : ""}
                    </td>
                    <td className="tabular-nums">{fmt(r.value)}</td>
                    <td>{r.year ?? ""}</td>
                    <td>{r.source ?? ""}</td>
                    {props.canEdit ? (
                      <td>
                        <RemoveButton what="reference" id={r.id} label={r.indicator} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </DataTable>
            {props.canEdit ? (
              <details className="mt-3">
                <summary className="min-h-11 cursor-pointer py-2.5 font-semibold">{t("references.addTitle")}</summary>
                <ReferenceForm hypothesisId={h.id} />
              </details>
            ) : null}
            {props.canEdit ? (
              <details className="mt-2">
                <summary className="min-h-11 cursor-pointer py-2.5 font-semibold">{t("hypotheses.edit")}</summary>
                <HypothesisForm analysisId={analysisId} hypothesis={h} />
                <p className="mt-2">
                  <RemoveButton what="hypothesis" id={h.id} label={h.text} />
                </p>
              </details>
            ) : (
              <p className="mt-2 text-sm">{h.reasoning}</p>
            )}
            {h.updatedBy ? <p className="mt-2 text-xs text-slate-700">{t("common.lastBy", { who: h.updatedBy })}</p> : null}
          </Card>
        ))}
        {props.canEdit ? (
          <Card title={t("hypotheses.new")}>
            <HypothesisForm analysisId={analysisId} examples={props.examples} />
          </Card>
        ) : null}
      </section>

      <section aria-labelledby="ind-title" className="grid grid-cols-1 *:min-w-0 gap-4">
        <h2 id="ind-title" className="text-xl font-semibold">
          {t("indicators.title")}
        </h2>
        {indicators.length ? (
          <DataTable caption={t("indicators.caption")}>
            <thead>
              <tr>
                <th scope="col">{t("indicators.name")}</th>
                <th scope="col">{t("references.year")}</th>
                <th scope="col">{t("indicators.buurt")}</th>
                <th scope="col">{t("indicators.method")}</th>
                <th scope="col">{t("indicators.coverage")}</th>
                {props.canEdit ? <th scope="col">{t("common.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {indicators.map((i) => (
                <tr key={i.id}>
                  <td>{i.name}</td>
                  <td>{i.year}</td>
                  <td className="tabular-nums">{fmt(i.value)}</td>
                  <td>
                    {t(`import.methods.${i.method}`)}
                    {i.weighted ? ` (${t("indicators.weighted")})` : ""}
                  </td>
                  <td>
                    {t("indicators.covered", { count: i.covered.length })}
                    {i.missing.length ? (
                      <span className="block text-amber-900">{t("indicators.missing", { list: i.missing.join(", ") })}</span>
                    ) : null}
                  </td>
                  {props.canEdit ? (
                    <td>
                      <RemoveButton what="indicator" id={i.id} label={i.name} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : (
          <p>{t("indicators.empty")}</p>
        )}
        {props.canEdit ? (
          <div className="grid grid-cols-1 *:min-w-0 gap-4 lg:grid-cols-2">
            <Card title={t("import.title")}>
              <IndicatorImport analysisId={analysisId} hypotheses={hypotheses.map((h) => ({ id: h.id, text: h.text }))} />
            </Card>
            <Card title={t("sectors.title")}>
              <div className="grid grid-cols-1 *:min-w-0 gap-4">
                {a.areas.map((x) => (
                  <SectorsForm
                    key={x.neighbourhoodId}
                    analysisId={analysisId}
                    neighbourhoodId={x.neighbourhoodId}
                    name={x.name}
                    sectorCodes={x.sectorCodes}
                  />
                ))}
              </div>
            </Card>
          </div>
        ) : null}
      </section>

      <Card title={t("round2.steps")}>{props.editor}</Card>
    </div>
  );
}

async function Plan(props: Props & { t: T; locale: string; canEdit: boolean; editor: React.ReactNode; lists: Lists }) {
  const { t, locale } = props;
  const analysisId = props.params.id ?? "";
  const plan = await props.api.plan.get({ analysisId });
  const surveyTitles = new Map(plan.surveyLinks.flatMap((x) => (x.title ? [[x.id, x.title] as const] : [])));
  return (
    <div className="grid grid-cols-1 *:min-w-0 gap-6">
      <section aria-labelledby="swot-title" className="grid grid-cols-1 *:min-w-0 gap-4">
        <h2 id="swot-title" className="text-xl font-semibold">
          {t("swot.title")}
        </h2>
        <div className="grid grid-cols-1 *:min-w-0 gap-4 md:grid-cols-2">
          {SWOT_KINDS.map((k) => (
            <Card key={k} title={t(`swot.${k}`)}>
              <ul className="grid grid-cols-1 *:min-w-0 gap-2">
                {plan.swot
                  .filter((s) => s.kind === k)
                  .map((s) => (
                    <li key={s.id} className="rounded-lg bg-slate-50 p-2">
                      <span className="break-words">{s.text}</span>
                      {s.hypothesis ? (
                        <span className="block text-sm text-slate-700">
                          {t("swot.evidence", { hypothesis: s.hypothesis.text, verdict: t(`verdicts.${s.hypothesis.verdict as "open"}`) })}
                        </span>
                      ) : null}
                      {s.observation ? (
                        <span className="block text-sm text-slate-700">{t("swot.restsOnObservation", { text: s.observation.text })}</span>
                      ) : null}
                      {s.quote ? (
                        <span className="block text-sm text-slate-700">{t("swot.restsOnQuote", { text: s.quote.text })}</span>
                      ) : null}
                      {s.surveyLink ? (
                        <span className="block text-sm text-slate-700">
                          {t("swot.restsOnSurvey", { title: surveyTitles.get(s.surveyLink.id) ?? t("swot.survey") })}
                        </span>
                      ) : null}
                      {props.canEdit ? <RemoveButton what="swot" id={s.id} label={s.text} /> : null}
                    </li>
                  ))}
              </ul>
            </Card>
          ))}
        </div>
        {props.canEdit ? (
          <SwotForm
            analysisId={analysisId}
            hypotheses={plan.hypotheses}
            evidence={{
              observations: plan.observations,
              quotes: plan.quotes,
              surveys: plan.surveyLinks.map((x) => ({ id: x.id, title: surveyTitles.get(x.id) ?? t("swot.survey") })),
            }}
          />
        ) : null}
      </section>

      <section aria-labelledby="actions-title" className="grid grid-cols-1 *:min-w-0 gap-4">
        <h2 id="actions-title" className="text-xl font-semibold">
          {t("actions.heading")}
        </h2>
        <ul className="grid grid-cols-1 *:min-w-0 list-disc gap-1 pl-5 text-slate-800">
          {props.lists.actionPrompts.map((p) => (
            <li key={p.key}>{itemText(p, locale)}</li>
          ))}
        </ul>
        {plan.actions.length === 0 ? <p>{t("actions.empty")}</p> : null}
        <ul className="grid grid-cols-1 *:min-w-0 gap-3">
          {plan.actions.map((x) => (
            <li key={x.id} className="rounded-xl border border-slate-300 bg-white p-4">
              <p className="flex flex-wrap items-center gap-2 font-semibold">
                <span className="break-words">{x.title}</span>
                <Badge tone={x.status === "done" ? "good" : x.status === "running" ? "warn" : "neutral"}>
                  {t(`actionStatus.${x.status as "planned"}`)}
                </Badge>
              </p>
              {x.goal ? <p className="mt-1">{x.goal}</p> : null}
              <p className="mt-1 text-sm text-slate-700">
                {[
                  x.owner ? t("actions.ownerLine", { owner: x.owner }) : null,
                  [day(x.startsOn, locale), day(x.dueOn, locale)].filter(Boolean).join(" – ") || null,
                  x.partners,
                  x.bouwstenen.map((b) => t(`bouwstenen.${b as "detectie"}`)).join(", ") || null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              {props.canEdit ? <RemoveButton what="action" id={x.id} label={x.title} /> : null}
            </li>
          ))}
        </ul>
        {props.canEdit ? <ActionForm analysisId={analysisId} ideas={props.lists.actionIdeas.map((i) => itemText(i, locale))} /> : null}
        <details className="rounded-xl border border-slate-300 bg-white p-4">
          <summary className="min-h-11 cursor-pointer py-2.5 font-semibold">{t("actions.ideas")}</summary>
          <ul className="mt-2 grid gap-3">
            {props.lists.actionIdeas.map((i) => (
              <li key={i.key}>
                {i.situation && itemText(i.situation, locale) ? <p className="font-semibold">{itemText(i.situation, locale)}</p> : null}
                <p>{t("actions.ideaGoal", { goal: itemText(i, locale) })}</p>
                {i.actions && itemText(i.actions, locale) ? <p className="text-sm text-slate-700">{itemText(i.actions, locale)}</p> : null}
              </li>
            ))}
          </ul>
        </details>
      </section>
      <Card title={t("section.statusAndNotes")}>{props.editor}</Card>
    </div>
  );
}

/** Evaluatie (BA-9): each action of the plan with its goal, and how it went: approach, result, what to adjust. */
async function EvaluationPerAction(props: Props & { analysisId: string; canEdit: boolean; t: T }) {
  const { t } = props;
  const { actions } = await props.api.plan.get({ analysisId: props.analysisId });
  return (
    <section aria-labelledby="evaluation-title" className="grid grid-cols-1 *:min-w-0 gap-3">
      <h2 id="evaluation-title" className="text-xl font-semibold">
        {t("evaluation.heading")}
      </h2>
      <p className="text-slate-800">{t("evaluation.intro")}</p>
      {actions.length === 0 ? <p>{t("evaluation.none")}</p> : null}
      <ul className="grid grid-cols-1 *:min-w-0 gap-3">
        {actions.map((x) => (
          <li key={x.id} className="rounded-xl border border-slate-300 bg-white p-4">
            <p className="flex flex-wrap items-center gap-2 font-semibold">
              <span className="break-words">{x.title}</span>
              <Badge tone={x.status === "done" ? "good" : x.status === "running" ? "warn" : "neutral"}>
                {t(`actionStatus.${x.status as "planned"}`)}
              </Badge>
            </p>
            {x.goal ? <p className="mt-1 break-words">{t("evaluation.goalLine", { goal: x.goal })}</p> : null}
            <div className="mt-3">
              {props.canEdit ? (
                <ActionEvaluationForm action={x} />
              ) : x.approach || x.result || x.adjust ? (
                <dl className="grid gap-1">
                  {(["approach", "result", "adjust"] as const).map((f) =>
                    x[f] ? (
                      <div key={f}>
                        <dt className="font-semibold">{t(`evaluation.${f}`)}</dt>
                        <dd className="whitespace-pre-line break-words">{x[f]}</dd>
                      </div>
                    ) : null,
                  )}
                </dl>
              ) : (
                <p className="text-slate-700">{t("evaluation.notEvaluated")}</p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
