"use client";
import { Alert, Button } from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { MapConfig } from "@zorgzaam/ui/map";
import { useState } from "react";
import {
  DEFAULT_POINT_PRECISION,
  POINT_PRECISIONS,
  QUESTION_TYPES,
  type Question,
  type QuestionType,
  type SurveyContent,
  type SurveyLanguage,
  type Texts,
} from "../../survey";
import { errorMessage, useBevragingen } from "../client";
import { textIn } from "../texts";
import {
  addOption,
  addQuestion,
  addSection,
  changeType,
  describePath,
  moveQuestion,
  type Path,
  removeQuestion,
  setSectionTitle,
  setText,
  updateQuestion,
} from "./builder-model";
import { EntryForm } from "./entry-form";
import { FieldExtras } from "./field-extras";

const input = "mt-1 block w-full rounded-lg border border-slate-400 px-3 py-2";

/** One text in each of the survey's languages, side by side on a wide screen, stacked on a phone. */
function TextsField({
  label,
  texts,
  languages,
  onChange,
}: {
  label: string;
  texts: Texts;
  languages: SurveyLanguage[];
  onChange: (t: Texts) => void;
}) {
  return (
    <fieldset className="grid gap-2 sm:grid-cols-3">
      <legend className="mb-1 text-sm font-semibold">{label}</legend>
      {languages.map((l) => (
        <label key={l} className="text-sm">
          {l.toUpperCase()}
          <input lang={l} className={input} value={texts[l] ?? ""} onChange={(e) => onChange(setText(texts, l, e.target.value))} />
        </label>
      ))}
    </fieldset>
  );
}

type Props = {
  surveyId: string;
  initial: SurveyContent;
  languages: SurveyLanguage[];
  frozen: boolean;
  /** For the preview: the tenant's neighbourhoods and map, as the forms get them. */
  neighbourhoods: { id: string; name: string }[];
  map: MapConfig | null;
};

/**
 * The preview: the questions as they are in the builder now, in the very form respondents and field workers fill in
 * (the assisted entry form, with its language switch and live skip logic), marked as a preview; sending checks the
 * answers and stores nothing.
 */
function Preview({
  content,
  languages,
  neighbourhoods,
  map,
  surveyId,
  onBack,
}: Omit<Props, "initial" | "frozen"> & { content: SurveyContent; onBack: () => void }) {
  const t = useTranslations("bevragingen");
  return (
    <section
      aria-labelledby="preview-title"
      className="grid gap-4 rounded-xl border-2 border-dashed border-amber-600 bg-amber-50 p-3 sm:p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="preview-title" className="text-lg font-semibold">
          <span className="mr-2 rounded bg-amber-700 px-2 py-0.5 text-sm text-white">{t("preview.badge")}</span>
          {t("preview.title")}
        </h2>
        <Button type="button" variant="secondary" onClick={onBack}>
          {t("builder.previewBack")}
        </Button>
      </div>
      <p className="text-sm">{t("preview.intro")}</p>
      <Alert tone="info">{t("preview.nothingStored")}</Alert>
      <FieldExtras map={map}>
        <EntryForm
          slug=""
          surveyId={surveyId}
          versionId=""
          content={content}
          languages={languages}
          neighbourhoods={neighbourhoods}
          entered={0}
          preview
        />
      </FieldExtras>
    </section>
  );
}

/**
 * The builder: sections and questions, their texts in each language, choices, required, a skip rule, order. Saving
 * changes the draft, or makes the next version when the last one is published (its questions are frozen).
 */
export function Builder({ surveyId, initial, languages, frozen, neighbourhoods, map }: Props) {
  const t = useTranslations("bevragingen");
  const api = useBevragingen();
  const router = useRouter();
  const [content, setContent] = useState<SurveyContent>(initial.sections.length ? initial : addSection(initial));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [check, setCheck] = useState<{ missing: { path: string; language: string }[]; problems: { path: string; code: string }[] } | null>(
    null,
  );
  const [previewing, setPreviewing] = useState(false);
  const up = (p: Path, change: Partial<Question>) => setContent((c) => updateQuestion(c, p, change));
  const locale = useLocale();
  // What a check points at, in words: the title, a part or a question by its number and text (never a key).
  const pathLabel = (path: string) => {
    const d = describePath(content, path);
    if (d.kind === "title") return t("builder.pathTitle");
    if (d.kind === "section") return t("builder.pathSection", { n: d.n, text: textIn(d.text, locale) });
    if (d.kind === "question") return t("builder.pathQuestion", { n: d.n, text: textIn(d.text, locale) });
    if (d.kind === "option") return t("builder.pathOption", { n: d.n, question: textIn(d.question, locale) });
    return d.path;
  };
  const problemLabel = (p: { path: string; code: string }) => {
    if (p.code === "empty") return t("errors.publish.empty");
    const d = describePath(content, p.path);
    const key = d.kind === "question" ? textIn(d.text, locale) || String(d.n) : pathLabel(p.path);
    return t(`errors.publish.${p.code as "noOptions"}`, { key });
  };

  async function run(publish: boolean) {
    setBusy(true);
    setError(null);
    try {
      await api.surveys.saveDraft.mutate({ surveyId, content });
      const c = await api.surveys.check.query({ surveyId });
      setCheck(c);
      if (publish) {
        await api.surveys.publish.mutate({ surveyId });
        toast.success(t("builder.published"));
      } else toast.success(t("builder.saved"));
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  if (previewing)
    return (
      <Preview
        surveyId={surveyId}
        content={content}
        languages={languages}
        neighbourhoods={neighbourhoods}
        map={map}
        onBack={() => setPreviewing(false)}
      />
    );

  return (
    <div className="grid gap-4">
      {frozen ? <Alert tone="info">{t("builder.frozen")}</Alert> : null}
      <p>
        <Button type="button" variant="secondary" onClick={() => setPreviewing(true)}>
          {t("builder.preview")}
        </Button>
      </p>
      {content.sections.map((s, si) => (
        <section key={s.key} className="grid gap-4 rounded-xl border border-slate-300 bg-white p-4">
          <TextsField
            label={t("builder.sectionTitle")}
            texts={s.title}
            languages={languages}
            onChange={(x) => setContent((c) => setSectionTitle(c, si, x))}
          />
          {s.questions.map((q, qi) => {
            const p = { s: si, q: qi };
            const earlier = content.sections
              .flatMap((x, i) => x.questions.filter((_, j) => i < si || (i === si && j < qi)))
              .filter((e) => e.type === "single" || e.type === "multiple");
            const ruleQ = earlier.find((e) => e.key === q.showIf?.question);
            return (
              <article key={q.key} className="grid gap-3 border-t border-slate-200 pt-3">
                <div className="flex flex-wrap items-end gap-2">
                  <label className="text-sm">
                    {t("builder.type")}
                    <select
                      className={input}
                      value={q.type}
                      onChange={(e) => {
                        setContent((c) => changeType(c, p, e.target.value as QuestionType));
                      }}
                    >
                      {QUESTION_TYPES.map((ty) => (
                        <option key={ty} value={ty}>
                          {t(`types.${ty}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  {q.type === "photo" ? null : (
                    <label className="flex min-h-11 items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        className="h-5 w-5"
                        checked={q.required}
                        onChange={(e) => up(p, { required: e.target.checked })}
                      />
                      {t("builder.required")}
                    </label>
                  )}
                  <Button
                    variant="ghost"
                    type="button"
                    onClick={() => setContent((c) => moveQuestion(c, p, -1))}
                    aria-label={t("builder.up")}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="ghost"
                    type="button"
                    onClick={() => setContent((c) => moveQuestion(c, p, 1))}
                    aria-label={t("builder.down")}
                  >
                    ↓
                  </Button>
                  <Button variant="ghost" type="button" onClick={() => setContent((c) => removeQuestion(c, p))}>
                    {t("builder.remove")}
                  </Button>
                </div>
                <TextsField label={t("builder.question")} texts={q.text} languages={languages} onChange={(x) => up(p, { text: x })} />
                {q.type === "point" ? (
                  <label className="text-sm">
                    {t("builder.precision")}
                    <select
                      className={input}
                      value={q.precision ?? DEFAULT_POINT_PRECISION}
                      onChange={(e) => up(p, { precision: Number(e.target.value) })}
                    >
                      {POINT_PRECISIONS.map((n) => (
                        <option key={n} value={n}>
                          {t(`builder.precision${n}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : null}
                {q.type === "photo" ? <p className="text-sm text-slate-700">{t("builder.photoNote")}</p> : null}
                {q.type === "single" || q.type === "multiple"
                  ? (q.options ?? []).map((o, oi) => (
                      <TextsField
                        key={o.key}
                        label={t("builder.choice", { n: oi + 1 })}
                        texts={o.text}
                        languages={languages}
                        onChange={(x) => up(p, { options: (q.options ?? []).map((y, k) => (k === oi ? { ...y, text: x } : y)) })}
                      />
                    ))
                  : null}
                {q.type === "single" || q.type === "multiple" ? (
                  <p>
                    <Button variant="secondary" type="button" onClick={() => up(p, addOption(q))}>
                      {t("builder.addChoice")}
                    </Button>
                  </p>
                ) : null}
                {earlier.length ? (
                  <div className="flex flex-wrap gap-2">
                    <label className="text-sm">
                      {t("builder.showIf")}
                      <select
                        className={input}
                        value={q.showIf?.question ?? ""}
                        onChange={(e) => {
                          const target = earlier.find((x) => x.key === e.target.value);
                          up(p, { showIf: target ? { question: target.key, values: [target.options?.[0]?.key ?? ""] } : null });
                        }}
                      >
                        <option value="">{t("builder.always")}</option>
                        {earlier.map((e) => (
                          <option key={e.key} value={e.key}>
                            {textIn(e.text, languages[0] ?? "nl") || e.key}
                          </option>
                        ))}
                      </select>
                    </label>
                    {ruleQ && q.showIf ? (
                      <label className="text-sm">
                        {t("builder.answeredWith")}
                        <select
                          className={input}
                          value={q.showIf.values[0]}
                          onChange={(e) => up(p, { showIf: { question: ruleQ.key, values: [e.target.value] } })}
                        >
                          {(ruleQ.options ?? []).map((o) => (
                            <option key={o.key} value={o.key}>
                              {textIn(o.text, languages[0] ?? "nl") || o.key}
                            </option>
                          ))}
                        </select>
                      </label>
                    ) : null}
                  </div>
                ) : null}
              </article>
            );
          })}
          <p>
            <Button variant="secondary" type="button" onClick={() => setContent((c) => addQuestion(c, si, "single"))}>
              {t("builder.addQuestion")}
            </Button>
          </p>
        </section>
      ))}
      <p>
        <Button variant="ghost" type="button" onClick={() => setContent(addSection)}>
          {t("builder.addSection")}
        </Button>
      </p>
      {check && (check.missing.length || check.problems.length) ? (
        <Alert tone="info" title={t("builder.toDo")}>
          <ul className="list-disc pl-5">
            {check.missing.map((m) => (
              <li key={`${m.path}-${m.language}`}>
                {t("builder.missing", { path: pathLabel(m.path), language: t(`languages.${m.language as SurveyLanguage}`) })}
              </li>
            ))}
            {check.problems.map((p) => (
              <li key={`${p.path}-${p.code}`}>{problemLabel(p)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={busy} onClick={() => run(false)}>
          {t("builder.save")}
        </Button>
        <Button type="button" disabled={busy} onClick={() => run(true)}>
          {t("builder.publish")}
        </Button>
      </div>
    </div>
  );
}
