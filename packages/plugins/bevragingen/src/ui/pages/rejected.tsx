import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { buttonClass, Card, EmptyState, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { BevragingenRouter } from "../../server/router";
import { RejectedActions } from "../components/rejected-actions";
import { textIn } from "../texts";

/**
 * My refused answers: answers I entered that the server refused because their survey closed or changed version. They
 * are kept here (nothing lost silently) until I send them again or put them aside.
 */
export async function RejectedPage(props: PluginPageProps<BevragingenRouter>) {
  const t = await getTranslations("bevragingen");
  const locale = await getLocale();
  const format = await getFormatter();
  // The regie sees everyone's (the procedure decides: a worker gets her own whatever she asks).
  const rows = await props.api.responses.rejected({ everyone: true });
  const everyone = rows.some((r) => !r.mine);
  return (
    <>
      <PageHeader title={t("pageTitles.rejected")} description={t("rejected.intro")} />
      {everyone ? <p className="mb-3">{t("rejected.everyone")}</p> : null}
      {rows.length === 0 ? (
        <EmptyState title={t("rejected.none")} />
      ) : (
        <div className="grid gap-3">
          {rows.map((r) => (
            <Card key={r.id} title={textIn(r.title, locale) || t("surveys.untitled")}>
              <p className="text-sm">
                {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                {t("rejected.answers", { count: Object.keys(r.answers).length })} · {t(`languages.${r.language as "nl"}`)}
                {r.mine ? null : ` · ${t("rejected.enteredBy", { name: r.enteredBy })}`}
              </p>
              <p className="mt-1">{r.message}</p>
              <RejectedActions id={r.id} canResend={r.canResend} />
            </Card>
          ))}
        </div>
      )}
      <p className="mt-4">
        <Link href={`/t/${props.slug}/bevragingen`} className={buttonClass("ghost")}>
          {t("surveys.back")}
        </Link>
      </p>
    </>
  );
}
