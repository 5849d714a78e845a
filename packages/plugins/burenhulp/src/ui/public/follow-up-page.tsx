import type { PublicActionInput, PublicActionResult, PublicPageProps } from "@zorgzaam/core/plugin";
import type { ReactNode } from "react";
import type { BurenhulpRouter } from "../../server/router";

type Props = PublicPageProps<BurenhulpRouter>;

const WENT = ["good", "ok", "bad"] as const;

/**
 * The follow-up by a mailed link (BH-6) at /<slug>/burenhulp/follow-up?token=…: one question set, plain HTML without
 * JavaScript, a phone first. The link is the check: nothing personal is shown, only what the help was about.
 */
export async function FollowUpPage(props: Props): Promise<ReactNode> {
  const { t } = props;
  const token = props.searchParams.token ?? props.values?.token ?? "";
  if (props.searchParams.answered === "1") {
    return (
      <>
        <h1>{t("followUp.thanksTitle")}</h1>
        <p>{t("followUp.thanks")}</p>
        <p>
          <a href={`/${props.slug}`}>{t("public.back")}</a>
        </p>
      </>
    );
  }
  const f = await props.api.public.followUp({ token });
  if (!f) {
    return (
      <>
        <h1>{t("followUp.publicTitle")}</h1>
        <p>{t("followUp.linkInvalid")}</p>
      </>
    );
  }
  const own = (f.kind.label ?? {}) as Record<string, string | undefined>;
  const kind = own[props.locale] || own.nl || own.fr || own.en || t(`kinds.${f.kind.key}`);
  if (f.answered) {
    return (
      <>
        <h1>{t("followUp.publicTitle")}</h1>
        <p>{t("followUp.already")}</p>
      </>
    );
  }
  const errors = Object.entries(props.errors ?? {});
  return (
    <>
      <h1>{t("followUp.publicTitle")}</h1>
      <p>{t(f.side === "helper" ? "followUp.introHelper" : "followUp.introAsker", { kind })}</p>
      {errors.length ? (
        <div className="summary" role="alert" tabIndex={-1} id="errors">
          <h2>{t("public.errorSummary")}</h2>
          <ul>
            {errors.map(([field, message]) => (
              <li key={field || "form"}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={`${props.action}?token=${encodeURIComponent(token)}`} noValidate>
        {props.formFields}
        <input type="hidden" name="token" value={token} />
        <fieldset className="field" id="happened">
          <legend>{t("followUp.happenedPublic")}</legend>
          {(["yes", "no"] as const).map((v) => (
            <div className="check" key={v}>
              <input type="radio" id={`happened-${v}`} name="happened" value={v} defaultChecked={v === "yes"} />
              <label htmlFor={`happened-${v}`}>{t(`followUp.${v}`)}</label>
            </div>
          ))}
        </fieldset>
        <fieldset className="field" id="went">
          <legend>{t("followUp.went")}</legend>
          {WENT.map((v) => (
            <div className="check" key={v}>
              <input type="radio" id={`went-${v}`} name="went" value={v} />
              <label htmlFor={`went-${v}`}>{t(`followUp.wentOption.${v}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field check">
          <input type="checkbox" id="heavier" name="heavier" value="yes" />
          <label htmlFor="heavier">{t("followUp.heavierPublic")}</label>
        </div>
        <button type="submit">{t("followUp.sendPublic")}</button>
      </form>
    </>
  );
}

/** The form's post: the public procedure, then the thank-you (post, redirect, get). */
export async function answerFollowUp(input: PublicActionInput<BurenhulpRouter>): Promise<PublicActionResult> {
  const f = input.fields;
  const went = (WENT as readonly string[]).includes(f.went ?? "") ? (f.went as (typeof WENT)[number]) : null;
  await input.api.public.answerFollowUp({
    token: f.token ?? "",
    happened: f.happened !== "no",
    went,
    heavier: f.heavier === "yes",
    formToken: f.formToken ?? "",
    website: f.website ?? "",
  });
  return { redirect: `/${input.slug}/burenhulp/follow-up?answered=1` };
}
