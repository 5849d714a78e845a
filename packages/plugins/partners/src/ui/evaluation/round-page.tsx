import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { Badge, buttonClass, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PartnersRouter } from "../../server/router";
import { STEPS, type Step, toView } from "./types";
import { AddActors, DeleteRound } from "./round-admin";
import { Walkthrough } from "./walkthrough";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One evaluation round: the walk-through (actors, whole network, follow-ups, closing). */
export async function RoundPage(props: PluginPageProps<PartnersRouter>) {
  const t = await getTranslations("partners.evaluation");
  const format = await getFormatter();
  const id = props.params.id ?? "";
  if (!UUID.test(id)) notFound();
  const round = await props.api.evaluation.get({ id });
  const base = `/t/${props.slug}/partners/evaluation`;
  const step = (STEPS as readonly string[]).includes(props.searchParams.step ?? "") ? (props.searchParams.step as Step) : "actors";
  const index = Number.parseInt(props.searchParams.actor ?? "1", 10) - 1;
  const started = format.dateTime(round.startedAt, { dateStyle: "long" });
  return (
    <>
      <PageHeader
        title={round.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={round.status === "open" ? "warn" : "good"}>{t(`roundStatus.${round.status}`)}</Badge>
            <span>
              {round.startedByName
                ? t("round.startedBy", { date: started, name: round.startedByName })
                : t("round.started", { date: started })}
            </span>
            <span>{round.neighbourhoodName ? t("round.neighbourhood", { name: round.neighbourhoodName }) : t("round.wholeNetwork")}</span>
          </span>
        }
        actions={
          <>
            <Link href={base} className={buttonClass("secondary")}>
              {t("round.back")}
            </Link>
            <Link href={`${base}/compare`} className={buttonClass("secondary")}>
              {t("list.compare")}
            </Link>
          </>
        }
      />
      {round.canManage ? (
        <div className="mb-6 grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start">
          {round.status === "open" ? <AddActors roundId={round.id} /> : <div />}
          {/* Only while nothing is answered (the server checks it again, also for what this member cannot see). */}
          {round.progress.answered === 0 && round.followUps.length === 0 && Object.values(round.network).every((n) => !n.text.trim()) ? (
            <DeleteRound roundId={round.id} listHref={base} />
          ) : null}
        </div>
      ) : null}
      <Walkthrough slug={props.slug} round={toView(round)} initialStep={step} initialIndex={Number.isFinite(index) ? index : 0} />
    </>
  );
}
