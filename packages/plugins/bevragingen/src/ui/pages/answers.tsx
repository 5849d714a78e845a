import type { PluginPageProps } from "@zorgzaam/core/plugin";
import { buttonClass, Card, PageHeader } from "@zorgzaam/ui";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { BevragingenRouter } from "../../server/router";
import { directionOf, questionsOf } from "../../survey";
import { PlacesDownload } from "../components/places-download";
import { PointsMap } from "../components/points-map";
import { ReviewRow } from "../components/review-row";
import { textIn } from "../texts";

const STATES = ["unreviewed", "quotable", "all"] as const;
/** What the team reads one by one: open answers, photos (a gallery) and places marked or typed. */
const REVIEWED = ["short_text", "long_text", "photo", "point"];

/** Reading open answers before quoting them: per open question, the answers with their review (quotable, tags). */
export async function AnswersPage(props: PluginPageProps<BevragingenRouter>) {
  const t = await getTranslations("bevragingen");
  const locale = await getLocale();
  const s = await props.api.surveys.get({ id: props.params.id ?? "" });
  const open = s.versions.flatMap((v) => questionsOf(v.content)).filter((q) => REVIEWED.includes(q.type));
  const questions = [...new Map(open.map((q) => [q.key, q])).values()];
  const sp = props.searchParams;
  const current = questions.find((q) => q.key === sp.question) ?? questions[0];
  const state = STATES.find((x) => x === sp.state) ?? "unreviewed";
  const page = Math.max(0, Math.min(10_000, Number.parseInt(sp.page ?? "0", 10) || 0));
  const list = current ? await props.api.answers.list({ surveyId: s.id, question: current.key, state, page }) : null;
  const points = current?.type === "point" ? await props.api.answers.points({ surveyId: s.id, question: current.key }) : null;
  const href = (over: Record<string, string | number>) => {
    const q = new URLSearchParams({ question: current?.key ?? "", state, page: String(page) });
    for (const [k, v] of Object.entries(over)) q.set(k, String(v));
    return `?${q.toString()}`;
  };
  return (
    <>
      <PageHeader title={`${t("review.title")}: ${textIn(s.title, locale) || t("surveys.untitled")}`} description={t("review.intro")} />
      {questions.length === 0 || !current || !list ? (
        <p>{t("review.none")}</p>
      ) : (
        <>
          <nav aria-label={t("review.questions")} className="mb-3 flex flex-wrap gap-2">
            {questions.map((q) => (
              <Link
                key={q.key}
                href={href({ question: q.key, page: 0 })}
                className={buttonClass(q.key === current.key ? "secondary" : "ghost")}
              >
                {textIn(q.text, locale)}
              </Link>
            ))}
          </nav>
          <nav aria-label={t("review.states")} className="mb-3 flex flex-wrap gap-2">
            {STATES.map((x) => (
              <Link key={x} href={href({ state: x, page: 0 })} className={buttonClass(x === state ? "secondary" : "ghost")}>
                {t(`review.state.${x}`)}
              </Link>
            ))}
          </nav>
          <p className="mb-3 text-sm">{t("review.count", { count: list.total })}</p>
          {current.type === "point" || current.type === "photo" ? <PlacesDownload surveyId={s.id} /> : null}
          {points ? (
            <section aria-label={t("review.pointsTitle")} className="mb-4 grid gap-2">
              <p className="text-sm">{t("review.points", { points: points.points.length, typed: points.typed })}</p>
              {points.points.length ? <PointsMap map={points.map} points={points.points} /> : null}
            </section>
          ) : null}
          <div className={current.type === "photo" ? "grid gap-3 sm:grid-cols-2" : "grid gap-3"}>
            {list.rows.map((r) => (
              <Card key={r.id}>
                {r.photo ? (
                  <a href={r.photo.url} target="_blank" rel="noopener">
                    {/* biome-ignore lint/performance/noImgElement: a short-lived link to a stored file, not a page asset */}
                    <img
                      src={r.photo.thumbUrl}
                      alt={t("review.photoAlt", { question: textIn(current.text, locale) })}
                      className="max-h-64 w-auto rounded"
                    />
                  </a>
                ) : current.type === "photo" ? (
                  <p className="text-sm">{t("review.photoGone")}</p>
                ) : (
                  <p lang={r.language} dir={directionOf(r.language)} className="whitespace-pre-wrap">
                    {r.text}
                  </p>
                )}
                <ReviewRow responseId={r.id} question={current.key} review={r.review} />
              </Card>
            ))}
          </div>
          <p className="mt-3 flex gap-2">
            {page > 0 ? (
              <Link href={href({ page: page - 1 })} className={buttonClass("ghost")}>
                {t("review.previous")}
              </Link>
            ) : null}
            {(page + 1) * list.pageSize < list.total ? (
              <Link href={href({ page: page + 1 })} className={buttonClass("ghost")}>
                {t("review.next")}
              </Link>
            ) : null}
          </p>
        </>
      )}
      <p className="mt-4">
        <Link href={`/t/${props.slug}/bevragingen/surveys/${s.id}`} className={buttonClass("ghost")}>
          {t("builder.back")}
        </Link>
      </p>
    </>
  );
}
