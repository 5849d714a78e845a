import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { buttonClass, Card, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { P } from "../../manifest";
import type { BurenhulpRouter } from "../../server/router";
import { KindForm } from "../components/kind-form";
import { kindLabel } from "../labels";

/** The tenant's list of kinds of help (BH-1): each mapped to one of the four network functions; switched off, never deleted. */
export async function KindsPage(props: PluginPageProps<BurenhulpRouter>) {
  const t = await getTranslations("burenhulp");
  const locale = await getLocale();
  const kinds = await props.api.kinds.forEditor();
  const next = kinds.reduce((m, k) => Math.max(m, k.position + 1), 0);
  return (
    <>
      <PageHeader title={t("pageTitles.kinds")} description={t("kindsEditor.intro")} />
      <Card title={t("kindsEditor.new")}>
        <KindForm nextPosition={next} />
      </Card>
      <ul className="mt-6 space-y-4">
        {kinds.map((k) => {
          const own = (k.label ?? {}) as Record<string, string | undefined>;
          return (
            <li key={k.id} className="rounded-xl border border-slate-300 bg-white p-4">
              <h2 className="mb-2 text-lg font-semibold">
                {kindLabel(k, t, locale)} <span className="text-sm font-normal text-slate-700">({t(`functions.${k.function}`)})</span>
              </h2>
              <KindForm
                nextPosition={next}
                kind={{
                  id: k.id,
                  key: k.key,
                  shown: kindLabel(k, t, locale),
                  label: { nl: own.nl ?? "", fr: own.fr ?? "", en: own.en ?? "" },
                  function: k.function,
                  position: k.position,
                  active: k.active,
                }}
              />
            </li>
          );
        })}
      </ul>
      {/* Back to the requests only for who may see them (an admin edits the kinds without seeing residents' requests). */}
      {props.permissions.includes(P.view) ? (
        <p className="mt-6">
          <Link href={`/t/${props.slug}/burenhulp`} className={buttonClass("ghost")}>
            {t("request.back")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
