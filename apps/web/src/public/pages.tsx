import { LIMITS } from "@zorgzaam/core/limits";
import type { ReactNode } from "react";
import type { PublicFormGuard } from "@zorgzaam/core";
import type { SiteInfo } from "./layout";
import { POW_SCRIPT } from "./pow-script";
import type { PublicTexts } from "./texts";
import { PublicConsent, PublicContactFields, PublicErrorSummary, PublicSelect, PublicTextarea } from "@zorgzaam/ui/public-form";

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

/**
 * The hidden fields of every public form: the signed start time and the honeypot (hidden from people and readers);
 * while the limits are approached, the proof of work (a challenge, the script that solves it, the field for the
 * solution) and, for a browser without JavaScript, a word on the slow lane's wait.
 */
export function FormGuardFields({ guard, nonce, t }: { guard: PublicFormGuard; nonce: string | null; t: PublicTexts }) {
  return (
    <>
      <input type="hidden" name="formToken" value={guard.formToken} />
      <div className="hp" aria-hidden="true">
        <label htmlFor="website">{t("website")}</label>
        <input type="text" id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      {guard.challenge ? (
        <>
          <input type="hidden" name="altcha" value="" />
          <script nonce={nonce ?? undefined} data-challenge={JSON.stringify(guard.challenge)}>
            {POW_SCRIPT}
          </script>
          <noscript>
            <p className="hint">{t("busyNoScript", { seconds: guard.slowLaneSeconds })}</p>
          </noscript>
        </>
      ) : null}
    </>
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
  /** The hidden fields of the form (FormGuardFields). */
  formFields: ReactNode;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}): ReactNode {
  const { site, t, form } = props;
  const errors = props.errors ?? {};
  const v = props.values ?? {};
  const labels: Record<string, string> = {
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
      <PublicErrorSummary errors={errors} title={t("errorSummary")} labelOf={(f) => labels[f]} linkable={(f) => !!labels[f]} />
      <form method="post" action={`/${site.slug}/contact`} noValidate>
        {props.formFields}
        <PublicContactFields
          labels={{
            name: `${t("name")} (${t("required")})`,
            email: `${t("email")} (${t("optional")})`,
            phone: `${t("phone")} (${t("optional")})`,
          }}
          errors={errors}
          values={v}
          nameRequired
          hint={t("contactHint")}
        />
        {form.neighbourhoods.length ? (
          <PublicSelect
            name="neighbourhoodId"
            label={`${t("neighbourhood")} (${t("optional")})`}
            errors={errors}
            none={t("neighbourhoodNone")}
            options={form.neighbourhoods.map((n) => ({ value: n.id, label: n.name }))}
            value={v.neighbourhoodId}
          />
        ) : null}
        <PublicTextarea
          name="message"
          label={`${t("message")} (${t("required")})`}
          hint={t("maxChars", { max: LIMITS.contactMessage })}
          errors={errors}
          required
          rows={6}
          defaultValue={v.message ?? ""}
        />
        <PublicConsent
          label={t("consent", { name: form.name, purpose: form.purpose })}
          errors={errors}
          checked={v.consent === "yes"}
          privacyHref={`/${site.slug}/privacy`}
          privacyLabel={t("consentMore")}
        />
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
