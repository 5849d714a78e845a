import { useTranslations } from "next-intl";
import { type AnswerValue, type Question, scaleRange, type SurveyLanguage } from "../../survey";
import { textIn } from "../texts";
import { PhotoField } from "./photo-field";
import { PointField } from "./point-field";

type Props = {
  q: Question;
  language: SurveyLanguage;
  value: AnswerValue | undefined;
  onChange: (v: AnswerValue | undefined) => void;
  neighbourhoods: readonly { id: string; name: string }[];
  requiredMark: string;
};

/** The hint under a street question (in the worker's words; the question itself is in the respondent's). */
function useStreetHint(): string {
  return useTranslations("bevragingen.fields")("streetHint");
}

const input = "mt-1 block w-full rounded-lg border border-slate-400 px-3 py-2 text-base";

function choicesOf(q: Question, language: SurveyLanguage): { key: string; label: string }[] {
  if (q.type !== "scale") return (q.options ?? []).map((o) => ({ key: o.key, label: textIn(o.text, language) }));
  const { min, max } = scaleRange(q);
  return Array.from({ length: max - min + 1 }, (_, i) => ({ key: String(min + i), label: String(min + i) }));
}

/**
 * One question as the respondent sees it, in her language (the `lang` attribute says which): radio buttons, boxes,
 * a scale, a number, a text, a date or a neighbourhood. Large targets for a phone.
 */
export function QuestionField({ q, language, value, onChange, neighbourhoods, requiredMark }: Props) {
  const streetHint = useStreetHint();
  const label = `${textIn(q.text, language)}${q.required ? ` ${requiredMark}` : ""}`;
  const id = `q-${q.key}`;
  if (q.type === "single" || q.type === "multiple" || q.type === "scale") {
    const chosen = Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
    return (
      <fieldset lang={language} className="grid gap-2">
        <legend className="mb-1 font-semibold">{label}</legend>
        <div className={q.type === "scale" ? "flex flex-wrap gap-2" : "grid gap-2"}>
          {choicesOf(q, language).map((o) => (
            <label key={o.key} className="flex min-h-11 items-center gap-3 rounded-lg border border-slate-300 px-3 py-2">
              <input
                type={q.type === "multiple" ? "checkbox" : "radio"}
                name={id}
                value={o.key}
                checked={chosen.includes(o.key)}
                onChange={(e) => {
                  if (q.type === "multiple") {
                    const next = e.target.checked ? [...chosen, o.key] : chosen.filter((k) => k !== o.key);
                    onChange(next.length ? next : undefined);
                  } else onChange(q.type === "scale" ? Number(o.key) : o.key);
                }}
                className="h-5 w-5"
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  if (q.type === "point" || q.type === "photo") {
    const Field = q.type === "point" ? PointField : PhotoField;
    return (
      <fieldset lang={language} className="grid gap-1">
        <legend className="mb-1 font-semibold">{label}</legend>
        <Field q={q} id={id} label={label} value={typeof value === "string" ? value : undefined} onChange={onChange} />
      </fieldset>
    );
  }
  return (
    <div lang={language}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {q.type === "street" ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {streetHint}
        </p>
      ) : null}
      {q.type === "long_text" ? (
        <textarea id={id} className={input} rows={4} value={String(value ?? "")} onChange={(e) => onChange(e.target.value || undefined)} />
      ) : q.type === "neighbourhood" ? (
        <select id={id} className={input} value={String(value ?? "")} onChange={(e) => onChange(e.target.value || undefined)}>
          <option value="">—</option>
          {neighbourhoods.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          className={input}
          type={q.type === "number" ? "number" : q.type === "date" ? "date" : "text"}
          inputMode={q.type === "number" ? "numeric" : undefined}
          value={value === undefined ? "" : String(value)}
          aria-describedby={q.type === "street" ? `${id}-hint` : undefined}
          autoComplete={q.type === "street" ? "off" : undefined}
          onChange={(e) => {
            const v = e.target.value;
            onChange(v === "" ? undefined : q.type === "number" ? Number(v) : v);
          }}
        />
      )}
    </div>
  );
}
