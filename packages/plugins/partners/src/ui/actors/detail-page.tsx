import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Alert, Badge, buttonClass, Card, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { STATUS_COLORS } from "../../domain";
import { P } from "../../manifest";
import type { PartnersRouter } from "../../server/router";
import { AcquaintancesEditor } from "./acquaintances-editor";
import { ArchiveButton } from "./archive-button";
import { History } from "./history";
import { KeyFigureDetails } from "./key-figure-details";
import { sectorLabel } from "./labels";
import { LinksEditor } from "./links-editor";
import { Relationships } from "./relationships";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold text-slate-900">{label}</dt>
      <dd className="text-slate-800">{children}</dd>
    </div>
  );
}

/** One actor: relationship, details, links, who knows them and the history. */
export async function ActorPage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners");
  const format = await getFormatter();
  const locale = await getLocale();
  const api = props.api;
  const id = props.params.id ?? "";
  const [detail, history, options] = await Promise.all([api.actors.get({ id }), api.actors.history({ id }), api.actors.options()]);
  const { actor: a, organisation, neighbourhoods, links, acquaintances } = detail;
  const sectors = new Map(options.sectors.map((s) => [s.key, s]));
  const canManage = props.permissions.includes(P.manage);
  const base = `/t/${props.slug}/partners`;
  const dash = t("actors.detail.none");
  return (
    <>
      {props.searchParams.saved ? <Alert tone="success">{t("actors.detail.saved")}</Alert> : null}
      <PageHeader
        title={a.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge>{t(`kind.${a.kind}` as "kind.organisation")}</Badge>
            <span className="inline-flex items-center gap-1">
              <span aria-hidden="true" className="inline-block size-3 rounded-full" style={{ backgroundColor: STATUS_COLORS[a.status] }} />
              {t(`status.${a.status}`)}
            </span>
            {a.missing ? <Badge tone="warn">{t("missing")}</Badge> : null}
            {a.archivedAt ? <Badge tone="bad">{t("actors.detail.archived")}</Badge> : null}
          </span>
        }
        actions={
          <>
            <Link href={base} className={buttonClass("secondary")}>
              {t("actors.detail.backToMap")}
            </Link>
            {a.mayEdit && !a.archivedAt ? (
              <Link href={`${base}/actors/${a.id}/edit`} className={buttonClass("primary")}>
                {t("actors.detail.edit")}
              </Link>
            ) : null}
          </>
        }
      />
      <Relationships actorId={a.id} relationships={detail.relationships} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("actors.detail.about")}>
          <dl className="divide-y divide-slate-200">
            <Row label={t("actors.field.organisation")}>
              {organisation?.name ?? t("noOrganisation")} · {t(`visibility.${a.visibility}`)}
            </Row>
            <Row label={t("actors.field.sectors")}>
              {a.sectorKeys.length ? a.sectorKeys.map((k) => (sectors.get(k) ? sectorLabel(sectors.get(k)!, locale) : k)).join(", ") : dash}
            </Row>
            <Row label={t("actors.detail.character")}>
              {[
                t(`formal.${a.formal}` as "formal.true"),
                a.careLine ? t(`careLine.${a.careLine}` as "careLine.1") : null,
                a.aimedAt ? t(`aimedAt.${a.aimedAt}`) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </Row>
            {a.vindplaats ? <Row label={t("vindplaats")}>{a.vindplaatsNote || t("actors.detail.yes")}</Row> : null}
            {a.missing ? <Row label={t("missing")}>{a.missingNote || t("actors.detail.yes")}</Row> : null}
            <Row label={t("actors.field.address")}>
              {[a.address, [a.postcode, a.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") ||
                (a.kind === "key_figure" && !options.seesKeyFigures ? t("actors.detail.hiddenPersonal") : dash)}
            </Row>
            <Row label={t("actors.detail.point")}>
              {a.lat !== null && a.lng !== null
                ? `${format.number(a.lat, { maximumFractionDigits: 5 })}, ${format.number(a.lng, { maximumFractionDigits: 5 })}${a.pointCoarsened ? ` (${t("actors.detail.coarsened")})` : ""}`
                : t("actors.detail.noPoint")}
            </Row>
            <Row label={t("actors.field.neighbourhoods")}>{neighbourhoods.map((n) => n.name).join(", ") || dash}</Row>
            {a.languages.length ? <Row label={t("actors.field.languages")}>{a.languages.join(", ")}</Row> : null}
            {a.openingHours ? <Row label={t("actors.field.openingHours")}>{a.openingHours}</Row> : null}
            {a.website ? (
              <Row label={t("actors.field.website")}>
                <a href={a.website} className="text-teal-900 underline" rel="noopener noreferrer" target="_blank">
                  {a.website}
                </a>
              </Row>
            ) : null}
            {a.contacts.length ? (
              <Row label={t("actors.field.contacts")}>
                <ul className="space-y-1">
                  {a.contacts.map((c) => (
                    <li key={`${c.name}-${c.email}-${c.phone}`}>
                      <strong>{c.name}</strong>
                      {c.role ? ` (${c.role})` : ""}
                      {c.email ? (
                        <>
                          {" · "}
                          <a className="text-teal-900 underline" href={`mailto:${c.email}`}>
                            {c.email}
                          </a>
                        </>
                      ) : null}
                      {c.phone ? (
                        <>
                          {" · "}
                          <a className="text-teal-900 underline" href={`tel:${c.phone.replace(/\s+/g, "")}`}>
                            {c.phone}
                          </a>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </Row>
            ) : null}
            {a.tags.length ? <Row label={t("actors.field.tags")}>{a.tags.join(", ")}</Row> : null}
            {a.notes ? <Row label={t("actors.field.notes")}>{a.notes}</Row> : null}
          </dl>
          {a.hasPerson && options.seesKeyFigures ? <KeyFigureDetails actorId={a.id} /> : null}
        </Card>

        <Card title={t("actors.links.title")}>
          <LinksEditor slug={props.slug} actorId={a.id} actorName={a.name} links={links} canManage={canManage && !a.archivedAt} />
        </Card>

        <Card title={t("actors.acquaintances.title")}>
          <AcquaintancesEditor
            actorId={a.id}
            acquaintances={acquaintances}
            canManage={canManage && !a.archivedAt}
            canLinkPeople={options.seesKeyFigures}
          />
        </Card>
      </div>

      <section className="mt-6">
        <h2 className="mb-3 text-xl font-semibold">{t("actors.history.title")}</h2>
        <History rows={history} sectors={options.sectors} />
      </section>

      {a.mayEdit ? (
        <section className="mt-8 border-t border-slate-200 pt-4">
          <ArchiveButton actorId={a.id} archived={a.archivedAt !== null} name={a.name} />
        </section>
      ) : null}
    </>
  );
}
