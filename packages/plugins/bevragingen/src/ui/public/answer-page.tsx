import type { PublicActionInput, PublicActionResult, PublicPageProps } from "@zorgzaam/core/plugin";
import {
  fieldAria,
  PublicContactFields,
  PublicErrorSummary,
  PublicFieldError,
  PublicReference,
  PublicSelect,
} from "@zorgzaam/ui/public-form";
import type { ReactNode } from "react";
import { answerProblems, visibleQuestions } from "../../logic";
import type { BevragingenRouter } from "../../server/router";
import { answersFromFields, choiceField, fieldOf, photosFromFiles } from "./fields";
import { LOCALES } from "@zorgzaam/core/i18n/locales";
import { directionOf, type Question, questionsOf, SURVEY_LANGUAGES, type SurveyLanguage, scaleRange, type Texts } from "../../survey";

type Props = PublicPageProps<BevragingenRouter>;

/** A text in the language asked, else in another of the survey's. */
function textOf(texts: Texts, language: SurveyLanguage): string {
  return texts[language] || texts.nl || texts.fr || texts.en || "";
}

/** An interface language (the site can switch to it) rather than a survey-only one such as Arabic. */
const isLocale = (l: string) => (LOCALES as readonly string[]).includes(l);

/**
 * The survey's language for this reader: one she picked among the survey's content-only languages (`?in=ar`: the
 * site has no Arabic interface, so its language switch cannot carry it), else the one the form was shown in (after a
 * refused post), else the site's (her choice), else the survey's first.
 */
function languageOf(languages: readonly string[], locale: string, shown?: string, picked?: string): SurveyLanguage {
  const ok = (l: string | undefined): l is SurveyLanguage =>
    !!l && languages.includes(l) && (SURVEY_LANGUAGES as readonly string[]).includes(l);
  if (ok(picked)) return picked;
  if (ok(shown)) return shown;
  if (ok(locale)) return locale;
  return (languages.find((l) => ok(l)) as SurveyLanguage | undefined) ?? "nl";
}

/** The public list of open surveys at /<slug>/bevragingen. */
export async function OpenSurveysPage(props: Props): Promise<ReactNode> {
  const { t } = props;
  const surveys = await props.api.public.open();
  const locale = props.locale as SurveyLanguage;
  return (
    <>
      <h1>{t("public.listTitle")}</h1>
      <p>{t("public.listIntro")}</p>
      {surveys.length ? (
        <ul className="links">
          {surveys.map((s) => {
            const language = languageOf(s.languages, locale);
            return (
              <li key={s.id}>
                <a href={`/${props.slug}/bevragingen/s/${s.id}`} lang={language}>
                  {textOf(s.title, language) || t("surveys.untitled")}
                </a>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t("public.none")}</p>
      )}
      <p>
        <a href={`/${props.slug}`}>{t("public.back")}</a>
      </p>
    </>
  );
}

function QuestionInput({
  q,
  language,
  v,
  errors,
  neighbourhoods,
}: {
  q: Question;
  language: SurveyLanguage;
  v: Readonly<Record<string, string>>;
  errors: Record<string, string>;
  neighbourhoods: { id: string; name: string }[];
}): ReactNode {
  const name = fieldOf(q.key);
  const id = `q-${q.key}`;
  const { invalid, described } = fieldAria(errors);
  const ariaDescribed =
    [
      q.showIf ? `${id}-if` : undefined,
      q.type === "street" || q.type === "point" || q.type === "photo" ? `${id}-place` : undefined,
      described(id),
    ]
      .filter(Boolean)
      .join(" ") || undefined;
  if (q.type === "single" || q.type === "multiple" || q.type === "scale") {
    const choices =
      q.type === "scale"
        ? Array.from({ length: scaleRange(q).max - scaleRange(q).min + 1 }, (_, i) => {
            const n = String(scaleRange(q).min + i);
            return { key: n, label: n };
          })
        : (q.options ?? []).map((o) => ({ key: o.key, label: textOf(o.text, language) }));
    return choices.map((c) =>
      q.type === "multiple" ? (
        <div className="check" key={c.key}>
          <input
            type="checkbox"
            id={`${id}-${c.key}`}
            name={choiceField(q.key, c.key)}
            value="yes"
            defaultChecked={v[choiceField(q.key, c.key)] === "yes"}
          />
          <label htmlFor={`${id}-${c.key}`}>{c.label}</label>
        </div>
      ) : (
        <div className="check" key={c.key}>
          <input type="radio" id={`${id}-${c.key}`} name={name} value={c.key} defaultChecked={v[name] === c.key} />
          <label htmlFor={`${id}-${c.key}`}>{c.label}</label>
        </div>
      ),
    );
  }
  if (q.type === "neighbourhood")
    return (
      <select id={id} name={name} aria-invalid={invalid(id)} aria-describedby={ariaDescribed}>
        <option value="">—</option>
        {neighbourhoods.map((n) => (
          <option key={n.id} value={n.id} selected={v[name] === n.id}>
            {n.name}
          </option>
        ))}
      </select>
    );
  if (q.type === "photo")
    return (
      <input
        type="file"
        id={id}
        name={name}
        accept="image/jpeg,image/png,image/webp,image/heic"
        aria-invalid={invalid(id)}
        aria-describedby={ariaDescribed}
      />
    );
  if (q.type === "long_text")
    return (
      <textarea id={id} name={name} rows={4} defaultValue={v[name] ?? ""} aria-invalid={invalid(id)} aria-describedby={ariaDescribed} />
    );
  const type = q.type === "number" ? "text" : q.type === "date" ? "date" : "text";
  const place = q.type === "street" || q.type === "point";
  return (
    <input
      type={type}
      id={id}
      name={name}
      autoComplete={place ? "off" : undefined}
      inputMode={q.type === "number" ? "decimal" : undefined}
      defaultValue={v[name] ?? ""}
      aria-invalid={invalid(id)}
      aria-describedby={ariaDescribed}
    />
  );
}

type BlockProps = {
  q: Question;
  n: number;
  rule: Question | undefined;
  language: SurveyLanguage;
  v: Readonly<Record<string, string>>;
  errors: Record<string, string>;
  neighbourhoods: { id: string; name: string }[];
  t: Props["t"];
  /** The site's (interface) language, for the form's own words among the survey's. */
  locale: string;
};

/** One question: its number and text, the "only if" hint of a skip rule, its control and its message. */
function QuestionBlock({ q, n, rule, language, v, errors, neighbourhoods, t, locale }: BlockProps): ReactNode {
  const id = `q-${q.key}`;
  const { described } = fieldAria(errors);
  const grouped = q.type === "single" || q.type === "multiple" || q.type === "scale";
  const hint =
    q.showIf && rule ? (
      <p className="hint" id={`${id}-if`} lang={locale} dir="auto">
        {t("public.onlyIf", {
          question: textOf(rule.text, language),
          answers: q.showIf.values
            .map((k) => textOf(rule.options?.find((o) => o.key === k)?.text ?? {}, language))
            .join(` ${t("public.or")} `),
        })}
      </p>
    ) : null;
  // The survey's words are in the respondent's language; the form's own words (hints, "required") in the site's.
  const label = (
    <>
      {`${n}. ${textOf(q.text, language)}`}
      {q.required ? (
        <>
          {" "}
          <span lang={locale} dir="auto">
            {t("entry.required")}
          </span>
        </>
      ) : null}
    </>
  );
  // Without JavaScript there is no map: a point is a street or a place, typed. A photo waits until the team checked it.
  const placeHint =
    q.type === "street" || q.type === "point" ? (
      <p className="hint" id={`${id}-place`} lang={locale} dir="auto">
        {t(q.type === "street" ? "fields.streetHint" : "fields.pointPublic")}
      </p>
    ) : q.type === "photo" ? (
      <p className="hint" id={`${id}-place`} lang={locale} dir="auto">
        {t("fields.photoPublic")}
      </p>
    ) : null;
  const input = <QuestionInput q={q} language={language} v={v} errors={errors} neighbourhoods={neighbourhoods} />;
  return grouped ? (
    <fieldset
      className="field"
      id={id}
      aria-describedby={[q.showIf ? `${id}-if` : undefined, described(id)].filter(Boolean).join(" ") || undefined}
    >
      <legend>{label}</legend>
      {hint}
      {q.type === "scale" ? (
        <p className="hint" lang={locale} dir="auto">
          {t("public.scale", scaleRange(q))}
        </p>
      ) : null}
      {q.type === "multiple" ? (
        <p className="hint" lang={locale} dir="auto">
          {t("public.several")}
        </p>
      ) : null}
      {input}
      <PublicFieldError id={id} errors={errors} />
    </fieldset>
  ) : (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint}
      {placeHint}
      {input}
      <PublicFieldError id={id} errors={errors} />
    </div>
  );
}

/**
 * One open survey at /<slug>/bevragingen/s/<id>: every question as a plain HTML form control, in the reader's
 * language (or one she picks among the survey's), no JavaScript. Skip logic without a script: every question shows,
 * a conditional one with a hint ("Only if you chose ... at ..."); on sending, answers to questions whose condition is
 * not met are ignored. A refused form comes back with every answer kept and the problems under their questions.
 */
export async function AnswerPage(props: Props): Promise<ReactNode> {
  const { t } = props;
  const s = await props.api.public.survey({ id: props.params.id ?? "" });
  const v = props.values ?? {};
  const language = languageOf(s.languages, props.locale, v.language, props.searchParams.in);
  const dir = directionOf(language);
  const byKey = new Map(questionsOf(s.content).map((q) => [q.key, q]));

  // After a refused post: the problems of each question (the same rules as the server), under the question.
  const errors: Record<string, string> = {};
  if (props.errors) {
    const answers = answersFromFields(s.content, v);
    const shown = visibleQuestions(s.content, answers);
    const kept = Object.fromEntries(Object.entries(answers).filter(([k]) => shown.has(k)));
    const ids = new Set(s.neighbourhoods.map((n) => n.id));
    for (const p of answerProblems(s.content, kept, ids)) {
      const question = textOf(byKey.get(p.question)?.text ?? {}, language);
      errors[`q-${p.question}`] = t(`errors.answer.${p.code}`, { question, ...(p.params ?? {}) });
    }
    for (const [field, message] of Object.entries(props.errors))
      if (field !== "answers" || Object.keys(errors).length === 0) errors[field] = message;
  }
  // A question's message names the question already; the other fields are named before their message.
  const labelOf = (field: string): string | undefined => {
    return { name: t("public.name"), email: t("public.email"), phone: t("public.phone"), neighbourhoodId: t("public.neighbourhood") }[
      field
    ];
  };
  const title = textOf(s.title, language) || t("surveys.untitled");
  const others = s.languages.filter((l) => l !== language);
  const numbers = new Map(questionsOf(s.content).map((q, i) => [q.key, i + 1]));
  // The survey's content carries its language and direction (Arabic right to left); the form's own words around it
  // (notice, follow-up, send) stay in the site's language.
  return (
    <div>
      <h1 lang={language} dir={dir}>
        {title}
      </h1>
      {others.length ? (
        <ul className="links">
          {others.map((l) => (
            // An interface language through the site's switch (it remembers the choice and comes back here); a
            // survey-only one (Arabic) for this form only.
            <li key={l}>
              <a href={isLocale(l) ? `?lang=${l}` : `?in=${l}`} lang={l} hrefLang={l} dir={directionOf(l)}>
                {t(`public.inLanguage.${l}`)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="notice">{t("public.anonymous")}</p>
      <PublicErrorSummary errors={errors} title={t("public.errorSummary")} labelOf={labelOf} linkable={(f) => f !== "answers"} />
      <form method="post" action={props.action} encType="multipart/form-data" noValidate>
        {props.formFields}
        <input type="hidden" name="idempotencyKey" value={v.idempotencyKey || crypto.randomUUID()} />
        <input type="hidden" name="versionId" value={s.versionId} />
        <input type="hidden" name="language" value={language} />
        {s.content.sections.map((section) => (
          <section key={section.key} lang={language} dir={dir}>
            {textOf(section.title, language) ? <h2>{textOf(section.title, language)}</h2> : null}
            {section.questions.map((q) => (
              <QuestionBlock
                key={q.key}
                q={q}
                n={numbers.get(q.key) ?? 0}
                rule={q.showIf ? byKey.get(q.showIf.question) : undefined}
                language={language}
                v={v}
                errors={errors}
                neighbourhoods={s.neighbourhoods}
                t={t}
                locale={props.locale}
              />
            ))}
          </section>
        ))}
        {/* Where she lives, for the figures per neighbourhood (unless a question of the survey asks it already). */}
        {s.neighbourhoods.length && !questionsOf(s.content).some((q) => q.type === "neighbourhood") ? (
          <PublicSelect
            name="neighbourhoodId"
            label={t("public.neighbourhood")}
            errors={errors}
            none={t("public.neighbourhoodNone")}
            options={s.neighbourhoods.map((nb) => ({ value: nb.id, label: nb.name }))}
            value={v.neighbourhoodId}
          />
        ) : null}
        <fieldset className="field" id="followUp">
          <legend>{t("public.followUpTitle")}</legend>
          <p className="hint" id="follow-hint">
            {t("public.followUpHint")}
          </p>
          <div className="check">
            <input type="checkbox" id="followUp-yes" name="followUp" value="yes" defaultChecked={v.followUp === "yes"} />
            <label htmlFor="followUp-yes">{t("public.followUp", { purpose: s.purpose })}</label>
          </div>
          <PublicContactFields
            labels={{ name: t("public.name"), email: t("public.email"), phone: t("public.phone") }}
            errors={errors}
            values={v}
            describedBy="follow-hint"
          />
          <a href={`/${props.slug}/privacy`}>{t("public.privacy")}</a>
        </fieldset>
        <button type="submit">{t("public.send")}</button>
      </form>
    </div>
  );
}

/** The form's post: the public procedure, then the receipt; its refusals come back on the form with the answers kept. */
export async function sendAnswers(input: PublicActionInput<BevragingenRouter>): Promise<PublicActionResult> {
  const f = input.fields;
  const s = await input.api.public.survey({ id: input.params.id ?? "" });
  const language = languageOf(s.languages, input.locale, f.language);
  const followUp = f.followUp === "yes";
  const r = await input.api.public.submit({
    surveyId: s.id,
    versionId: f.versionId ?? "",
    idempotencyKey: f.idempotencyKey ?? "",
    language,
    answers: { ...answersFromFields(s.content, f), ...photosFromFiles(s.content, input.files) },
    neighbourhoodId: f.neighbourhoodId || null,
    street: null,
    followUp,
    name: followUp ? (f.name ?? "") : "",
    email: followUp ? (f.email ?? "") : "",
    phone: followUp ? (f.phone ?? "") : "",
    formToken: f.formToken ?? "",
    website: f.website ?? "",
  });
  return { redirect: `/${input.slug}/bevragingen/received${followUp ? `?followUp=yes${r.reference ? `&ref=${r.reference}` : ""}` : ""}` };
}

/** The receipt: thanks, what happens with the answers, the resident's rights. */
export function ReceivedPage(props: Props): ReactNode {
  const { t } = props;
  return (
    <>
      <h1>{t("public.received")}</h1>
      <p>{t("public.thanks")}</p>
      {props.searchParams.followUp === "yes" ? <p>{t("public.thanksFollowUp")}</p> : null}
      <PublicReference reference={props.searchParams.ref} title={t("public.reference")} keep={t("public.referenceKeep")} />
      <p>{props.searchParams.ref ? t("public.rightsCode") : t("public.rights")}</p>
      <p>
        <a href={`/${props.slug}/privacy`}>{t("public.privacy")}</a>
      </p>
      <p>
        <a href={`/${props.slug}/bevragingen`}>{t("public.others")}</a>
      </p>
    </>
  );
}
