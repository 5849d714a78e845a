import type { PublicPageProps } from "@zorgzaam/core/plugin";
import type { ReactNode } from "react";
import { textIn } from "../../report-view";
import type { BuurtanalyseRouter } from "../../server/router";

type Props = PublicPageProps<BuurtanalyseRouter>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function date(d: Date | null, locale: string): string {
  if (!d) return "";
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : `${locale}-BE`, { day: "numeric", month: "long", year: "numeric" }).format(d);
}

/**
 * The tenant's public site: the published residents' summaries of its neighbourhood analyses ("wat we hoorden en wat
 * we doen"), plain HTML without JavaScript, plain language. Only while the tenant switched "buurtanalyse.summaries" on.
 */
export async function SummariesPage(props: Props): Promise<ReactNode> {
  const { t } = props;
  const list = await props.api.public.summaries();
  return (
    <>
      <h1>{t("residents.publicTitle")}</h1>
      <p>{t("residents.publicIntro")}</p>
      {list.length ? (
        <ul className="links">
          {list.map((s) => (
            <li key={s.id}>
              <a href={`/${props.slug}/buurtanalyse/${s.id}`}>{s.neighbourhoods.join(", ") || s.title || t("residents.untitled")}</a>
              {s.publishedAt ? <> · {t("residents.publicDate", { date: date(s.publishedAt, props.locale) })}</> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("residents.publicNone")}</p>
      )}
      <p>
        <a href={`/${props.slug}`}>{t("residents.publicBack")}</a>
      </p>
    </>
  );
}

/** One published residents' summary: what we heard, what we do, the actions chosen for residents. */
export async function SummaryPage(props: Props): Promise<ReactNode> {
  const { t } = props;
  const id = props.params.id ?? "";
  const s = UUID.test(id) ? await props.api.public.summary({ id }).catch(() => null) : null;
  if (!s) {
    return (
      <>
        <h1>{t("residents.publicTitle")}</h1>
        <p>{t("errors.summary.notFound")}</p>
        <p>
          <a href={`/${props.slug}/buurtanalyse`}>{t("residents.publicBackList")}</a>
        </p>
      </>
    );
  }
  const heard = textIn(s.heard, props.locale);
  const doing = textIn(s.doing, props.locale);
  return (
    <>
      <h1>{t("residents.publicTitle")}</h1>
      <p>
        {s.neighbourhoods.join(", ") || s.title}
        {s.publishedAt ? <> · {t("residents.publicDate", { date: date(s.publishedAt, props.locale) })}</> : null}
      </p>
      <h2>{t("residents.heard")}</h2>
      {heard ? (
        <p lang={heard.lang} style={{ whiteSpace: "pre-line" }}>
          {heard.text}
        </p>
      ) : null}
      <h2>{t("residents.doing")}</h2>
      {doing ? (
        <p lang={doing.lang} style={{ whiteSpace: "pre-line" }}>
          {doing.text}
        </p>
      ) : null}
      {s.quotes.length ? (
        <>
          <h2>{t("residents.publicQuotes")}</h2>
          {s.quotes.map((q) => (
            <blockquote key={q.id} style={{ whiteSpace: "pre-line" }}>
              “{q.text}”
            </blockquote>
          ))}
        </>
      ) : null}
      {s.actions.length ? (
        <>
          <h2>{t("residents.publicActions")}</h2>
          <ul>
            {s.actions.map((x) => (
              <li key={x.id}>
                {x.title} ({t(`actionStatus.${x.status}`)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href={`/${props.slug}/buurtanalyse`}>{t("residents.publicBackList")}</a>
      </p>
    </>
  );
}
