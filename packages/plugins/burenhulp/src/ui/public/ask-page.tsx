import type { PublicActionInput, PublicActionResult, PublicPageProps } from "@zorgzaam/core/plugin";
import type { ReactNode } from "react";
import { WHEN_KINDS } from "../../domain";
import type { BurenhulpRouter } from "../../server/router";
import {
  fieldAria,
  PublicConsent,
  PublicContactFields,
  PublicErrorSummary,
  PublicFieldError,
  PublicInput,
  PublicReference,
  PublicSelect,
} from "@zorgzaam/ui/public-form";

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
  const { described } = fieldAria(errors);
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
    photo: t("public.photo"),
  };
  const side = v.side === "offer" ? "offer" : "ask";
  return (
    <>
      <h1>{t("public.title")}</h1>
      <p>{t("public.intro")}</p>
      <PublicErrorSummary errors={errors} title={t("public.errorSummary")} labelOf={(f) => labels[f]} linkable={(f) => !!labels[f]} />
      <form method="post" action={props.action} encType="multipart/form-data" noValidate>
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
        <PublicInput name="whenNote" label={t("public.whenNote")} errors={errors} defaultValue={v.whenNote ?? ""} />
        {form.neighbourhoods.length ? (
          <PublicSelect
            name="neighbourhoodId"
            label={t("public.neighbourhood")}
            errors={errors}
            none={t("public.neighbourhoodNone")}
            options={form.neighbourhoods.map((n) => ({ value: n.id, label: n.name }))}
            value={v.neighbourhoodId}
          />
        ) : null}
        <PublicInput name="street" label={t("public.street")} errors={errors} autoComplete="address-line1" defaultValue={v.street ?? ""} />
        <PublicInput
          type="file"
          name="photo"
          label={t("public.photo")}
          hint={t("public.photoHint")}
          errors={errors}
          accept="image/jpeg,image/png,image/webp,image/heic"
        />
        <PublicContactFields
          labels={{ name: t("public.name"), email: t("public.email"), phone: t("public.phone") }}
          errors={errors}
          values={v}
          nameRequired
          hint={t("public.contactHint")}
        />
        <PublicConsent
          label={t("public.consent", { purpose: form.purpose })}
          errors={errors}
          checked={v.consent === "yes"}
          privacyHref={`/${props.slug}/privacy`}
          privacyLabel={t("public.privacy")}
        />
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
    photo: f.side === "offer" ? undefined : input.files.photo,
    formToken: f.formToken ?? "",
    website: f.website ?? "",
  });
  return { redirect: `/${input.slug}/burenhulp/received?side=${r.side}&ref=${r.reference}` };
}

/** The thank-you page: what happens next, and the resident's rights. */
export function ReceivedPage(props: Props): ReactNode {
  const { t } = props;
  return (
    <>
      <h1>{t("public.received")}</h1>
      <p>{props.searchParams.side === "offer" ? t("public.thanksOffer") : t("public.thanksAsk")}</p>
      <PublicReference reference={props.searchParams.ref} title={t("public.reference")} keep={t("public.referenceKeep")} />
      <p>{props.searchParams.ref ? t("public.rightsCode") : t("public.rights")}</p>
      <p>
        <a href={`/${props.slug}/privacy`}>{t("public.privacy")}</a>
      </p>
      <p>
        <a href={`/${props.slug}`}>{t("public.back")}</a>
      </p>
    </>
  );
}
