import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, buttonClass, EmptyState, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { BurenhulpRouter } from "../../server/router";
import { IntakeForm } from "../components/intake-form";
import { kindLabel, personName } from "../labels";
import { intakeOptions } from "./intake";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** The offers of help (of the people one sees), newest first; each opens its edit form. */
export async function OffersPage(props: PluginPageProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const locale = await getLocale();
  const { items } = await props.api.offers.list();
  const base = `/t/${props.slug}/burenhulp`;
  const canManage = props.permissions.includes("burenhulp.requests.manage");
  return (
    <>
      <PageHeader title={t("pageTitles.offers")} description={t("offers.intro")} />
      {canManage ? (
        <p className="mb-4">
          <Link href={`${base}/new?side=offer`} className={buttonClass("primary")}>
            {t("intake.sideOffer")}
          </Link>
        </p>
      ) : null}
      {items.length === 0 ? (
        <EmptyState title={t("pageTitles.offers")}>{t("offers.empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
          {items.map((o) => (
            <li key={o.id} className="grid gap-1 px-4 py-3">
              <p className="font-semibold">
                <Link href={`${base}/offers/${o.id}`}>
                  {kindLabel(o.kind, t, locale)} · {personName(o.person)}
                </Link>
              </p>
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <Badge tone={o.status === "active" ? "good" : o.status === "intake" ? "warn" : "neutral"}>
                  {t(`offerStatus.${o.status}`)}
                </Badge>
                <span>{o.street ?? ""}</span>
                <span>{o.languages.join(", ")}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One offer: what, when, where, languages and the helper's own limit, editable by a worker. */
export async function OfferPage(props: PluginPageProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const locale = (await getLocale()) as "nl" | "fr" | "en";
  const o = await props.api.offers.get({ id: props.params.id ?? "" });
  const sides = await props.api.requests.forPerson({ personId: o.personId });
  const person = await props.core.people.get({ id: o.personId });
  const options = await intakeOptions(props);
  const canManage = props.permissions.includes("burenhulp.requests.manage");
  const name = personName(person);
  const kind = options.kinds.find((k) => k.id === o.kindId)?.label ?? kindLabel(null, t, locale);
  return (
    <>
      <PageHeader title={`${kind} · ${name}`} description={t(`offerStatus.${o.status}`)} />
      {canManage ? (
        <div className="max-w-2xl rounded-xl border border-slate-300 bg-white p-4">
          <IntakeForm
            slug={props.slug}
            side="offer"
            person={{ id: o.personId, name }}
            options={options}
            purposeLabel=""
            offer={{
              id: o.id,
              kindId: o.kindId,
              status: o.status,
              weekdays: o.weekdays,
              startsOn: day(o.startsOn),
              endsOn: day(o.endsOn),
              whenNote: o.whenNote ?? "",
              neighbourhoodId: o.neighbourhoodId ?? "",
              street: o.street ?? "",
              languages: o.languages.join(", "),
              notes: o.notes ?? "",
              maxPerMonth: sides.maxPerMonth === null ? "" : String(sides.maxPerMonth),
            }}
          />
        </div>
      ) : null}
      <p className="mt-6">
        <Link href={`/t/${props.slug}/burenhulp/offers`} className={buttonClass("ghost")}>
          {t("offers.back")}
        </Link>
      </p>
    </>
  );
}
