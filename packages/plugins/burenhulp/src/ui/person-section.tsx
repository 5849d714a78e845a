import type { PersonSectionProps, PluginPersonSection } from "@zorgzaam/core/plugin";
import { Badge, Card, ModuleIcon } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { P } from "../manifest";
import type { BurenhulpRouter } from "../server/router";
import { kindLabel } from "./labels";

/**
 * Burenhulp on a person's page (BH-1): both sides of the same person, what she asks and what she offers. When she only
 * asks, a gentle prompt to look at what she could give herself, with a link to take in an offer for her.
 */
async function BurenhulpPersonSection(props: PersonSectionProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const locale = await getLocale();
  const s = await props.api.requests.forPerson({ personId: props.personId });
  const base = `/t/${props.slug}/burenhulp`;
  const mayManage = props.permissions.includes(P.manage);
  const addOffer = `${base}/new?${new URLSearchParams({ side: "offer", personId: props.personId }).toString()}`;
  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          <ModuleIcon name="hand-heart" />
          {t("person.title")}
        </span>
      }
    >
      <section aria-labelledby="bh-person-asks">
        <h3 id="bh-person-asks" className="font-semibold">
          {t("person.asks", { count: s.requests.length })}
        </h3>
        {s.requests.length === 0 ? (
          <p className="text-slate-700">{t("person.noRequests")}</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {s.requests.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-2">
                <Link href={`${base}/requests/${r.id}`}>{kindLabel(r.kind, t, locale)}</Link>
                <Badge>{t(`status.${r.status}`)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="bh-person-offers" className="mt-4">
        <h3 id="bh-person-offers" className="font-semibold">
          {t("person.offers", { count: s.offers.length })}
        </h3>
        {s.offers.length === 0 ? (
          <p className="text-slate-700">{t("person.noOffers")}</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {s.offers.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center gap-2">
                <Link href={`${base}/offers/${o.id}`}>{kindLabel(o.kind, t, locale)}</Link>
                <Badge tone={o.status === "active" ? "good" : "neutral"}>{t(`offerStatus.${o.status}`)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </section>
      {s.askWhatTheyOffer ? (
        <div className="mt-4 rounded-lg border border-teal-700 bg-teal-50 p-3">
          <p className="font-semibold">{t("person.prompt")}</p>
          <p className="text-slate-800">{t("person.promptHint")}</p>
          {mayManage ? (
            <p className="mt-2">
              <Link href={addOffer}>{t("person.addOffer")}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}

/** The section as the contract declares it (PluginUi.person): for those who see requests and offers. */
export const personSection: PluginPersonSection = {
  permission: P.view,
  component: BurenhulpPersonSection as PluginPersonSection["component"],
};
