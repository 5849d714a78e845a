import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Button, buttonClass, Card, PageHeader, TextField } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { manifest } from "../../manifest";
import type { BurenhulpRouter } from "../../server/router";
import { IntakeForm, type IntakeOptions } from "../components/intake-form";
import { kindLabel } from "../labels";

/** The options of the intake and offer forms: the tenant's active kinds (in the reader's language), its neighbourhoods. */
export async function intakeOptions(props: PluginPageProps<BurenhulpRouter>): Promise<IntakeOptions> {
  const t = await getTranslations("burenhulp");
  const locale = await getLocale();
  const kinds = await props.api.kinds.list();
  const { neighbourhoods } = await props.api.requests.filters();
  return {
    kinds: kinds.filter((k) => k.active).map((k) => ({ id: k.id, label: kindLabel(k, t, locale) })),
    neighbourhoods,
    canNotes: props.permissions.includes("burenhulp.notes.view"),
  };
}

/**
 * A field worker takes in a request or an offer for a resident (after a conversation, or from a printed card): she
 * first looks the person up (a GET search, so it works without JavaScript) or registers a new one in the form.
 */
export async function IntakePage(props: PluginPageProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp.intake");
  const locale = (await getLocale()) as "nl" | "fr" | "en";
  const sp = props.searchParams;
  const side = sp.side === "offer" ? "offer" : "ask";
  const base = `/t/${props.slug}/burenhulp`;
  const q = (sp.q ?? "").trim().slice(0, 100);
  const chosen = sp.personId ? await props.core.people.get({ id: sp.personId }).catch(() => null) : null;
  const found = !chosen && q ? (await props.core.people.list({ search: q, pageSize: 10, page: 1 })).items : [];
  const options = await intakeOptions(props);
  const purposeLabel = manifest.consentPurposes[0].label[locale];
  const link = (extra: Record<string, string>) => `${base}/new?${new URLSearchParams({ side, ...extra }).toString()}`;
  return (
    <>
      <PageHeader title={side === "ask" ? t("titleAsk") : t("titleOffer")} description={t("intro")} />
      <p className="mb-4 flex flex-wrap gap-2">
        <Link
          href={`${base}/new?side=ask`}
          aria-current={side === "ask" ? "page" : undefined}
          className={buttonClass(side === "ask" ? "primary" : "secondary")}
        >
          {t("sideAsk")}
        </Link>
        <Link
          href={`${base}/new?side=offer`}
          aria-current={side === "offer" ? "page" : undefined}
          className={buttonClass(side === "offer" ? "primary" : "secondary")}
        >
          {t("sideOffer")}
        </Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <Card title={t("person")}>
          {chosen ? (
            <div className="space-y-2">
              <p className="font-semibold">{`${chosen.firstName} ${chosen.lastName}`.trim()}</p>
              <Link href={link({})}>{t("otherPerson")}</Link>
            </div>
          ) : (
            <search className="block space-y-3">
              <form action={`${base}/new`} className="space-y-3">
                <input type="hidden" name="side" value={side} />
                <TextField name="q" type="search" label={t("search")} hint={t("searchHint")} defaultValue={q} />
                <Button type="submit" variant="secondary">
                  {t("searchButton")}
                </Button>
              </form>
              {q ? (
                found.length ? (
                  <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300">
                    {found.map((p) => (
                      <li key={p.id} className="px-3 py-2">
                        <Link href={link({ personId: p.id })}>
                          {`${p.firstName} ${p.lastName}`.trim()}
                          {p.neighbourhood ? ` · ${p.neighbourhood.name}` : ""}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p role="status">{t("noneFound")}</p>
                )
              ) : null}
            </search>
          )}
        </Card>
        <Card title={side === "ask" ? t("requestCard") : t("offerCard")}>
          <IntakeForm
            slug={props.slug}
            side={side}
            person={chosen ? { id: chosen.id, name: `${chosen.firstName} ${chosen.lastName}`.trim() } : null}
            options={options}
            purposeLabel={purposeLabel}
          />
        </Card>
      </div>
      <p className="mt-6">
        <Link href={base} className={buttonClass("ghost")}>
          {t("back")}
        </Link>
      </p>
    </>
  );
}
