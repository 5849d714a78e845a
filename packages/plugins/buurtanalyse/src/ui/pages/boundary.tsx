import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Alert, buttonClass, Card, DataTable, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { P } from "../../manifest";
import type { BuurtanalyseRouter } from "../../server/router";
import { itemText } from "../../lists";
import { AgreementMap } from "../components/agreement-map";
import { ConfirmBoundary, DecideBoundary } from "../components/boundary-decision";
import { DrawBuurt } from "../components/draw-buurt";
import { dayTime } from "../labels";

/**
 * BA-3 "Teken jouw buurt": her own drawing of the buurt (phone: one finger), the drawings laid together (agreement
 * bands on the map and in words), the team's decision and, for the regie, writing one boundary to the neighbourhood
 * after an explicit confirm (core keeps the old one).
 */
export async function BoundaryPage(props: PluginPageProps<BuurtanalyseRouter>) {
  const t = await getTranslations("buurtanalyse.drawBuurt");
  const locale = await getLocale();
  const b = await props.api.boundary.get({ analysisId: props.params.id ?? "" });
  // The boundary methods as this tenant has them (its own copy, else the starter list).
  const methods = (await props.api.lists.all()).boundaryMethods;
  const base = `/t/${props.slug}/buurtanalyse/analyses/${b.analysisId}`;
  const canEdit = props.permissions.includes(P.edit);
  const canManage = props.permissions.includes(P.manage);
  const ha = (n: number) => new Intl.NumberFormat(locale === "en" ? "en-GB" : `${locale}-BE`, { maximumFractionDigits: 2 }).format(n);
  const labelOf = (d: (typeof b.drawings)[number]) =>
    d.drawnFor ? t("drawnForBy", { role: t(`role.${d.drawnFor}`), who: d.author ?? "–" }) : (d.author ?? t("unknownAuthor"));
  const byId = new Map(b.drawings.map((d) => [d.id, d]));
  const a = b.agreement;
  const decision = b.decision;
  const current = decision ? (decision.mode === "fuzzy" ? "fuzzy" : decision.source) : null;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={
          <span className="flex flex-wrap gap-x-3">
            <Link href={base} className="underline">
              {b.title}
            </Link>
            <Link href={`${base}/sections/afbakening`} className="underline">
              {t("toSection")}
            </Link>
          </span>
        }
      />
      <p className="mb-2 max-w-3xl text-slate-800">{t("intro")}</p>
      <ul className="mb-4 max-w-3xl list-disc pl-5 text-sm text-slate-800">
        {methods.map((m) => (
          <li key={m.key}>{itemText(m, locale)}</li>
        ))}
      </ul>

      <div className="grid grid-cols-1 *:min-w-0 gap-6 xl:grid-cols-2">
        <section aria-labelledby="ba-mine-title" className="grid grid-cols-1 *:min-w-0 gap-3">
          <h2 id="ba-mine-title" className="text-xl font-semibold">
            {t("mineTitle")}
          </h2>
          {canEdit ? (
            <DrawBuurt
              analysisId={b.analysisId}
              config={b.config}
              frame={b.frame}
              mine={b.mine ? { id: b.mine.id, geometry: b.mine.geometry as never } : null}
              forOthers={b.forOthers.map((x) => ({ id: x.id, drawnFor: x.drawnFor }))}
            />
          ) : (
            <p>{t("readOnly")}</p>
          )}
          <p className="text-sm text-slate-700">{t("privacy")}</p>
        </section>

        <section aria-labelledby="ba-overlay-title" className="grid grid-cols-1 *:min-w-0 gap-3">
          <h2 id="ba-overlay-title" className="text-xl font-semibold">
            {t("overlayTitle")}
          </h2>
          <AgreementMap
            config={b.config}
            frame={b.frame}
            bands={a.bands}
            onlyOne={a.onlyOne}
            boundaries={b.boundaries}
            decision={decision ? { geometry: decision.geometry, core: decision.core, edge: decision.edge } : null}
          />
          <div data-testid="ba-agreement-text">
            <p className="font-semibold">{t("count", { count: a.drawings })}</p>
            {a.drawings > 0 ? (
              <DataTable caption={t("bandsCaption")}>
                <thead>
                  <tr>
                    <th scope="col">{t("bandColumn")}</th>
                    <th scope="col">{t("hectares")}</th>
                  </tr>
                </thead>
                <tbody>
                  {(["all", "most", "some"] as const).map((k) => (
                    <tr key={k}>
                      <td>{t(`bandLong.${k}`, { count: a.drawings, from: a.mostFrom })}</td>
                      <td className="tabular-nums">{ha(a.bands[k].hectares)}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            ) : (
              <p>{t("noneYet")}</p>
            )}
            {a.onlyOne.length ? (
              <div className="mt-3">
                <h3 className="font-semibold">{t("aloneTitle")}</h3>
                <ul className="list-disc pl-5">
                  {a.onlyOne.map((o) => {
                    const d = byId.get(o.drawingId);
                    return <li key={o.drawingId}>{t("aloneLine", { who: d ? labelOf(d) : "–", hectares: ha(o.hectares) })}</li>;
                  })}
                </ul>
              </div>
            ) : null}
            {b.drawings.length ? (
              <details className="mt-3">
                <summary className="min-h-11 cursor-pointer py-2.5 font-semibold">{t("whoDrew", { count: b.drawings.length })}</summary>
                <ul className="list-disc pl-5">
                  {b.drawings.map((d) => (
                    <li key={d.id}>
                      {labelOf(d)}
                      {d.usable ? "" : ` (${t("notUsable")})`}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </div>
        </section>
      </div>

      <section aria-labelledby="ba-decide-title" className="mt-6 grid grid-cols-1 *:min-w-0 gap-4 lg:grid-cols-2">
        <h2 id="ba-decide-title" className="text-xl font-semibold lg:col-span-2">
          {t("decideTitle")}
        </h2>
        <Card title={t("decisionNow")}>
          <div data-testid="ba-decision">
            {decision ? (
              <>
                <p>
                  {decision.mode === "fuzzy" ? t("decisionFuzzy") : t("decisionOne", { source: t(`source.${decision.source ?? "most"}`) })}
                </p>
                <p className="text-sm text-slate-700">
                  {t("decisionWhen", { when: dayTime(decision.decidedAt, locale), count: decision.drawings })}
                </p>
                {decision.confirmed ? (
                  <Alert tone="success">
                    {t("confirmedLine", { name: decision.confirmed.name, when: dayTime(decision.confirmed.at, locale) })}{" "}
                    <Link href={`/t/${props.slug}/neighbourhoods/${decision.confirmed.neighbourhoodId}`} className="underline">
                      {t("toNeighbourhood", { name: decision.confirmed.name })}
                    </Link>
                  </Alert>
                ) : null}
              </>
            ) : (
              <p>{t("noDecision")}</p>
            )}
          </div>
          {canManage && decision?.mode === "one" && b.neighbourhoods.length ? (
            <div className="mt-3">
              <ConfirmBoundary analysisId={b.analysisId} neighbourhoods={b.neighbourhoods.map((n) => ({ id: n.id, name: n.name }))} />
            </div>
          ) : decision?.mode === "one" && !canManage ? (
            <p className="mt-3 text-sm text-slate-700">{t("onlyRegie")}</p>
          ) : null}
        </Card>
        {canEdit ? (
          <Card title={t("decideCard")}>
            <DecideBoundary
              analysisId={b.analysisId}
              config={b.config}
              frame={b.frame}
              drawings={b.drawings.filter((d) => d.usable).map((d) => ({ id: d.id, label: labelOf(d) }))}
              start={(a.atLeastHalf as never) ?? null}
              current={current}
            />
          </Card>
        ) : null}
      </section>
      <p className="mt-6">
        <Link href={`${base}/map`} className={buttonClass("secondary")}>
          {t("toMap")}
        </Link>
      </p>
    </>
  );
}
