import { Badge } from "@zorgzaam/ui";
import { getFormatter, getTranslations } from "next-intl/server";
import { STATUS_COLORS } from "../../domain";
import type { RelationshipView } from "../../server/relationships";
import { RelationshipEditor } from "./relationship-editor";

/**
 * Every organisation's relationship with the actor, side by side (ADR 0017), each titled with whose it is: a partner
 * never reads "our relationship" for another organisation's. The member's own one comes with its editor.
 */
export async function Relationships({ actorId, relationships }: { actorId: string; relationships: RelationshipView[] }) {
  const t = await getTranslations("partners");
  const format = await getFormatter();
  const dash = t("actors.detail.none");
  return (
    <section aria-labelledby="relationships-title" className="mb-6">
      <h2 id="relationships-title" className="text-xl font-semibold">
        {t("actors.relationships.title")}
      </h2>
      <p className="mt-1 max-w-prose text-slate-700">{t("actors.relationships.intro")}</p>
      <ul className="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {relationships.map((r) => {
          const organisation = r.organisationName ?? t("actors.relationships.unknownOrganisation");
          const title =
            r.lead && !r.organisationId ? t("actors.relationships.ofPartnership") : t("actors.relationships.of", { organisation });
          const whom = r.lead && !r.organisationId ? t("actors.relationships.partnership") : organisation;
          return (
            <li
              key={r.organisationId ?? "partnership"}
              aria-label={title}
              className="min-w-0 rounded-xl border border-slate-300 bg-white p-4 shadow-sm [overflow-wrap:anywhere]"
            >
              <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
                {title}
                {r.own ? <Badge tone="good">{t("actors.relationships.yours")}</Badge> : null}
                {r.lead ? <Badge>{t("actors.relationships.onMap")}</Badge> : null}
              </h3>
              {r.recorded ? (
                <dl className="mt-2 space-y-2">
                  <div>
                    <dt className="text-sm font-semibold text-slate-900">{t("actors.field.status")}</dt>
                    <dd className="flex flex-wrap items-center gap-1 text-slate-800">
                      <span
                        aria-hidden="true"
                        className="inline-block size-3 rounded-full"
                        style={{ backgroundColor: STATUS_COLORS[r.status] }}
                      />
                      {t(`status.${r.status}`)}
                      {r.statusChangedAt ? (
                        <span className="text-sm text-slate-700">
                          ({t("actors.detail.since", { date: format.dateTime(r.statusChangedAt, { dateStyle: "medium" }) })})
                        </span>
                      ) : null}
                    </dd>
                  </div>
                  <div>
                    <dt className="text-sm font-semibold text-slate-900">{t("actors.relationships.offersUs", { organisation: whom })}</dt>
                    <dd className="whitespace-pre-line text-slate-800">{r.offersUs || dash}</dd>
                  </div>
                  <div>
                    <dt className="text-sm font-semibold text-slate-900">{t("actors.relationships.offersThem", { organisation: whom })}</dt>
                    <dd className="whitespace-pre-line text-slate-800">{r.offersThem || dash}</dd>
                  </div>
                </dl>
              ) : (
                <p className="mt-2 text-slate-700">{t("actors.relationships.notRecorded", { organisation })}</p>
              )}
              {r.mayChange ? (
                <RelationshipEditor
                  actorId={actorId}
                  version={r.version}
                  status={r.status}
                  offersUs={r.offersUs}
                  offersThem={r.offersThem}
                  organisation={whom}
                  legend={
                    r.lead && !r.organisationId
                      ? t("actors.relationships.editPartnership")
                      : t("actors.relationships.edit", { organisation })
                  }
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
