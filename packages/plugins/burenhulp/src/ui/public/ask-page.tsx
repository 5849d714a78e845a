import type { PublicActionInput, PublicActionResult, PublicPageProps } from "@zorgzaam/core/plugin";
import type { ReactNode } from "react";
import { WHEN_KINDS } from "../../domain";
import type { BurenhulpRouter } from "../../server/router";
import { fieldAria, PublicFieldError } from "@zorgzaam/ui/public-form";

type Props = PublicPageProps<BurenhulpRouter>;

/** A kind's name: the tenant's own words, else the starter kind's. */
function kindName(k: { key: string; label: unknown }, props: Props): string {
  const own = (k.label ?? {}) as Record<string, string | undefined>;
  return own[props.locale] || own.nl || own.fr || own.en || props.t(`kinds.${k.key}`);
}

/**
 * The public ask/offer form at /<slug>/burenhulp: plain HTML, no JavaScript, a phone first; the form posts back here
 * and, once sent, goes to a thank-you page (post, redirect, get).
 */
export async function AskPage(props: Props): Promise<ReactNode> {
  const { t } = props;
  const form = await props.api.public.form();
  const errors = props.errors ?? {};
  const v = props.values ?? {};
  const { invalid, described } = fieldAria(errors);
  const labels: Record<string, string> = {
    side: t("public.side"),
    kindId: t("public.kind"),
    whenKind: t("public.when"),
    whenNote: t("public.whenNote"),
    neighbourhoodId: t("public.neighbourhood"),
    street: t("public.street"),
    name: t("public.name"),
    email: t("public.email"),
    phone: t("public.phone"),
    consent: t("public.consent", { purpose: form.purpose }),
  };
  const entries = Object.entries(errors);
  const side = v.side === "offer" ? "offer" : "ask";
  return (
    <>
      <h1>{t("public.title")}</h1>
      <p>{t("public.intro")}</p>
      {entries.length ? (
        <div className="summary" role="alert" tabIndex={-1} id="errors">
          <h2>{t("public.errorSummary")}</h2>
          <ul>
            {entries.map(([field, message]) => (
              <li key={field || "form"}>{field && labels[field] ? <a href={`#${field}`}>{`${labels[field]}: ${message}`}</a> : message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={props.action} noValidate>
        {props.formFields}
        <fieldset className="field" id="side">
          <legend>{t("public.side")}</legend>
          {(["ask", "offer"] as const).map((s) => (
            <div className="check" key={s}>
              <input type="radio" id={`side-${s}`} name="side" value={s} defaultChecked={side === s} />
              <label htmlFor={`side-${s}`}>{t(`public.${s}`)}</label>
            </div>
          ))}
        </fieldset>
        <fieldset className="field" id="kindId" aria-describedby={described("kindId")}>
          <legend>{t("public.kind")}</legend>
          {form.kinds.map((k) => (
            <div className="check" key={k.id}>
              <input type="radio" id={`kind-${k.key}`} name="kindId" value={k.id} defaultChecked={v.kindId === k.id} />
              <label htmlFor={`kind-${k.key}`}>{kindName(k, props)}</label>
            </div>
          ))}
          <PublicFieldError id="kindId" errors={errors} />
        </fieldset>
        <fieldset className="field" id="whenKind">
          <legend>{t("public.when")}</legend>
          {WHEN_KINDS.map((w) => (
            <div className="check" key={w}>
              <input type="radio" id={`when-${w}`} name="whenKind" value={w} defaultChecked={(v.whenKind ?? "once") === w} />
              <label htmlFor={`when-${w}`}>{t(`whenKind.${w}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="whenNote">{t("public.whenNote")}</label>
          <input
            type="text"
            id="whenNote"
            name="whenNote"
            defaultValue={v.whenNote ?? ""}
            aria-invalid={invalid("whenNote")}
            aria-describedby={described("whenNote")}
          />
          <PublicFieldError id="whenNote" errors={errors} />
        </div>
        {form.neighbourhoods.length ? (
          <div className="field">
            <label htmlFor="neighbourhoodId">{t("public.neighbourhood")}</label>
            <select
              id="neighbourhoodId"
              name="neighbourhoodId"
              aria-invalid={invalid("neighbourhoodId")}
              aria-describedby={described("neighbourhoodId")}
            >
              <option value="">{t("public.neighbourhoodNone")}</option>
              {form.neighbourhoods.map((n) => (
                <option key={n.id} value={n.id} selected={v.neighbourhoodId === n.id}>
                  {n.name}
                </option>
              ))}
            </select>
            <PublicFieldError id="neighbourhoodId" errors={errors} />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="street">{t("public.street")}</label>
          <input
            type="text"
            id="street"
            name="street"
            autoComplete="address-line1"
            defaultValue={v.street ?? ""}
            aria-invalid={invalid("street")}
            aria-describedby={described("street")}
          />
          <PublicFieldError id="street" errors={errors} />
        </div>
        <div className="field">
          <label htmlFor="name">{t("public.name")}</label>
          <input
            type="text"
            id="name"
            name="name"
            autoComplete="name"
            required
            defaultValue={v.name ?? ""}
            aria-invalid={invalid("name")}
            aria-describedby={described("name")}
          />
          <PublicFieldError id="name" errors={errors} />
        </div>
        <p className="hint" id="contact-hint">
          {t("public.contactHint")}
        </p>
        <div className="field">
          <label htmlFor="email">{t("public.email")}</label>
          <input
            type="email"
            id="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            defaultValue={v.email ?? ""}
            aria-invalid={invalid("email")}
            aria-describedby={described("email", "contact-hint")}
          />
          <PublicFieldError id="email" errors={errors} />
        </div>
        <div className="field">
          <label htmlFor="phone">{t("public.phone")}</label>
          <input
            type="tel"
            id="phone"
            name="phone"
            autoComplete="tel"
            defaultValue={v.phone ?? ""}
            aria-invalid={invalid("phone")}
            aria-describedby={described("phone", "contact-hint")}
          />
          <PublicFieldError id="phone" errors={errors} />
        </div>
        <div className="field">
          <div className="check">
            <input
              type="checkbox"
              id="consent"
              name="consent"
              value="yes"
              required
              defaultChecked={v.consent === "yes"}
              aria-invalid={invalid("consent")}
              aria-describedby={described("consent")}
            />
            <label htmlFor="consent">{t("public.consent", { purpose: form.purpose })}</label>
          </div>
          <a href={`/${props.slug}/privacy`}>{t("public.privacy")}</a>
          <PublicFieldError id="consent" errors={errors} />
        </div>
        <button type="submit">{t("public.send")}</button>
      </form>
    </>
  );
}

/** The form's post: the public procedure, then the thank-you page; its refusals come back on the form. */
export async function sendAsk(input: PublicActionInput<BurenhulpRouter>): Promise<PublicActionResult> {
  const f = input.fields;
  const r = await input.api.public.send({
    side: f.side === "offer" ? "offer" : "ask",
    name: f.name ?? "",
    email: f.email ?? "",
    phone: f.phone ?? "",
    kindId: f.kindId ?? "",
    whenKind: (WHEN_KINDS as readonly string[]).includes(f.whenKind ?? "") ? (f.whenKind as (typeof WHEN_KINDS)[number]) : "once",
    whenNote: f.whenNote ?? "",
    neighbourhoodId: f.neighbourhoodId ?? "",
    street: f.street ?? "",
    consent: f.consent === "yes",
    formToken: f.formToken ?? "",
    website: f.website ?? "",
  });
  return { redirect: `/${input.slug}/burenhulp/received?side=${r.side}` };
}

/** The thank-you page: what happens next, and the resident's rights. */
export function ReceivedPage(props: Props): ReactNode {
  const { t } = props;
  return (
    <>
      <h1>{t("public.received")}</h1>
      <p>{props.searchParams.side === "offer" ? t("public.thanksOffer") : t("public.thanksAsk")}</p>
      <p>{t("public.rights")}</p>
      <p>
        <a href={`/${props.slug}/privacy`}>{t("public.privacy")}</a>
      </p>
      <p>
        <a href={`/${props.slug}`}>{t("public.back")}</a>
      </p>
    </>
  );
}
