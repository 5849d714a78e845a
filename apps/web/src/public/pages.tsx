import { LIMITS } from "@zorgzaam/core/limits";
import type { ReactNode } from "react";
import type { SiteInfo } from "./layout";
import type { PublicTexts } from "./texts";
import { fieldAria, PublicFieldError } from "@zorgzaam/ui/public-form";

export interface HomeData {
  intro: string;
  neighbourhoods: { id: string; name: string }[];
  modules: { id: string; name: string; description: string }[];
  contact: boolean;
}

export function HomePage({ site, t, home }: { site: SiteInfo; t: PublicTexts; home: HomeData }) {
  const base = `/${site.slug}`;
  return (
    <>
      <h1>{site.name}</h1>
      {home.intro
        ? home.intro.split(/\n{2,}/).map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order
            <p key={i} className="intro notice">
              {p}
            </p>
          ))
        : null}
      <h2>{t("whatYouCanDo")}</h2>
      <ul className="links">
        {home.contact ? (
          <li>
            <a href={`${base}/contact`}>{t("contactLink")}</a>
          </li>
        ) : null}
        {home.modules.map((m) => (
          <li key={m.id}>
            <a href={`${base}/${m.id}`}>{m.name}</a>
          </li>
        ))}
        <li>
          <a href={`${base}/privacy`}>{t("privacyLink")}</a>
        </li>
      </ul>
      <h2>{t("neighbourhoods")}</h2>
      {home.neighbourhoods.length ? (
        <ul className="plain">
          {home.neighbourhoods.map((n) => (
            <li key={n.id}>{n.name}</li>
          ))}
        </ul>
      ) : (
        <p>{t("noNeighbourhoods")}</p>
      )}
    </>
  );
}

export function PrivacyPage({ t, text }: { t: PublicTexts; text: string }) {
  return (
    <>
      <h1>{t("privacyTitle")}</h1>
      {text.split(/\n{2,}/).map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order
        <p key={i} className="notice">
          {p}
        </p>
      ))}
    </>
  );
}

/** The hidden fields of every public form: the signed start time and the honeypot (hidden from people and readers). */
export function FormGuardFields({ token, t }: { token: string; t: PublicTexts }) {
  return (
    <>
      <input type="hidden" name="formToken" value={token} />
      <div className="hp" aria-hidden="true">
        <label htmlFor="website">{t("website")}</label>
        <input type="text" id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
    </>
  );
}

/** The errors of a refused post, at the top (with links to the fields) and under each field. */
function ErrorSummary({ errors, t, labels }: { errors: Record<string, string>; t: PublicTexts; labels: Record<string, string> }) {
  const entries = Object.entries(errors);
  if (!entries.length) return null;
  return (
    <div className="summary" role="alert" tabIndex={-1} id="errors">
      <h2>{t("errorSummary")}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field || "form"}>{field && labels[field] ? <a href={`#${field}`}>{`${labels[field]}: ${message}`}</a> : message}</li>
        ))}
      </ul>
    </div>
  );
}

export interface ContactFormData {
  name: string;
  purpose: string;
  neighbourhoods: { id: string; name: string }[];
}

export function ContactPage(props: {
  site: SiteInfo;
  t: PublicTexts;
  form: ContactFormData;
  token: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}): ReactNode {
  const { site, t, form, token } = props;
  const errors = props.errors ?? {};
  const v = props.values ?? {};
  const { invalid, described } = fieldAria(errors);
  const labels = {
    name: t("name"),
    email: t("email"),
    phone: t("phone"),
    neighbourhoodId: t("neighbourhood"),
    message: t("message"),
    consent: t("consentShort"),
  };
  return (
    <>
      <h1>{t("contactTitle")}</h1>
      <p>{t("contactIntro")}</p>
      <ErrorSummary errors={errors} t={t} labels={labels} />
      <form method="post" action={`/${site.slug}/contact`} noValidate>
        <FormGuardFields token={token} t={t} />
        <div className="field">
          <label htmlFor="name">
            {t("name")} ({t("required")})
          </label>
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
          {t("contactHint")}
        </p>
        <div className="field">
          <label htmlFor="email">
            {t("email")} ({t("optional")})
          </label>
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
          <label htmlFor="phone">
            {t("phone")} ({t("optional")})
          </label>
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
        {form.neighbourhoods.length ? (
          <div className="field">
            <label htmlFor="neighbourhoodId">
              {t("neighbourhood")} ({t("optional")})
            </label>
            <select
              id="neighbourhoodId"
              name="neighbourhoodId"
              aria-invalid={invalid("neighbourhoodId")}
              aria-describedby={described("neighbourhoodId")}
            >
              <option value="">{t("neighbourhoodNone")}</option>
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
          <label htmlFor="message">
            {t("message")} ({t("required")})
          </label>
          <p className="hint" id="message-hint">
            {t("maxChars", { max: LIMITS.contactMessage })}
          </p>
          <textarea
            id="message"
            name="message"
            required
            rows={6}
            defaultValue={v.message ?? ""}
            aria-invalid={invalid("message")}
            aria-describedby={described("message", "message-hint")}
          />
          <PublicFieldError id="message" errors={errors} />
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
            <label htmlFor="consent">{t("consent", { name: form.name, purpose: form.purpose })}</label>
          </div>
          <a href={`/${site.slug}/privacy`}>{t("consentMore")}</a>
          <PublicFieldError id="consent" errors={errors} />
        </div>
        <button type="submit">{t("send")}</button>
      </form>
    </>
  );
}

export function ReceivedPage({ site, t, reference }: { site: SiteInfo; t: PublicTexts; reference: string }) {
  return (
    <>
      <h1>{t("receivedTitle")}</h1>
      <p>{t("receivedText")}</p>
      <h2>{t("reference")}</h2>
      <p className="ref" data-testid="reference">
        {reference}
      </p>
      <p>{t("referenceKeep")}</p>
      <p>{t("rights")}</p>
      <p>
        <a href={`/${site.slug}/privacy`}>{t("privacyLink")}</a>
      </p>
      <p>
        <a href={`/${site.slug}`}>{t("backHome")}</a>
      </p>
    </>
  );
}

export function NotFoundPage({ t }: { t: PublicTexts }) {
  return (
    <>
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
    </>
  );
}
