import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

/**
 * The field plumbing of public forms (plain HTML, rendered on the server, no JavaScript): a field's message after a
 * refused post and the aria attributes that tie it to its input. Core's public pages and modules' public pages use
 * these, so every public form announces its errors the same way.
 */
export type FieldErrors = Readonly<Record<string, string>>;

/** The message under a field after a refused post (its id is `<field>-error`, named by `fieldAria`). */
export function PublicFieldError({ id, errors }: { id: string; errors: FieldErrors }): ReactNode {
  return errors[id] ? (
    <p className="err" id={`${id}-error`}>
      {errors[id]}
    </p>
  ) : null;
}

/** `invalid(field)` for aria-invalid, `described(field, hint?)` for aria-describedby (the hint, then the message). */
export function fieldAria(errors: FieldErrors) {
  return {
    invalid: (f: string) => (errors[f] ? true : undefined),
    described: (f: string, hint?: string) => [hint, errors[f] ? `${f}-error` : undefined].filter(Boolean).join(" ") || undefined,
  };
}

/** The ids an input is described by: its own hint, another hint on the page, then its message. */
function describedBy(name: string, errors: FieldErrors, ownHint: boolean, other?: string): string | undefined {
  return [ownHint ? `${name}-hint` : undefined, other, errors[name] ? `${name}-error` : undefined].filter(Boolean).join(" ") || undefined;
}

interface FieldCommon {
  /** The field's name, also its id (the error summary links to `#<name>`). */
  name: string;
  label: ReactNode;
  errors: FieldErrors;
  /** A hint under the label (id `<name>-hint`). */
  hint?: ReactNode;
  /** The id of a hint elsewhere on the page that also describes this field. */
  describedBy?: string;
}

type InputRest = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "aria-invalid" | "aria-describedby">;
type TextareaRest = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "aria-invalid" | "aria-describedby">;

function Field({ name, label, errors, hint, children }: FieldCommon & { children: ReactNode }): ReactNode {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {hint ? (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <PublicFieldError id={name} errors={errors} />
    </div>
  );
}

/** A labelled text input of a public form, with its hint and message. */
export function PublicInput({ name, label, errors, hint, describedBy: other, ...input }: FieldCommon & InputRest): ReactNode {
  return (
    <Field name={name} label={label} errors={errors} hint={hint}>
      <input
        type="text"
        {...input}
        id={name}
        name={name}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, errors, !!hint, other)}
      />
    </Field>
  );
}

/** A labelled text area of a public form, with its hint and message. */
export function PublicTextarea({ name, label, errors, hint, describedBy: other, ...area }: FieldCommon & TextareaRest): ReactNode {
  return (
    <Field name={name} label={label} errors={errors} hint={hint}>
      <textarea
        {...area}
        id={name}
        name={name}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, errors, !!hint, other)}
      />
    </Field>
  );
}

/** A labelled select of a public form: "none" first, then the options; `value` is selected (kept after a refusal). */
export function PublicSelect({
  name,
  label,
  errors,
  hint,
  describedBy: other,
  none,
  options,
  value,
}: FieldCommon & { none: ReactNode; options: readonly { value: string; label: string }[]; value?: string }): ReactNode {
  return (
    <Field name={name} label={label} errors={errors} hint={hint}>
      <select
        id={name}
        name={name}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, errors, !!hint, other)}
      >
        <option value="">{none}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={value === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * The resident's contact details (name, e-mail, phone) as every public form asks them. `hint` is shown after the name
 * and describes e-mail and phone ("one of both is enough"); `describedBy` names a hint elsewhere that describes all three.
 */
export function PublicContactFields({
  labels,
  errors,
  values,
  nameRequired,
  hint,
  describedBy: other,
}: {
  labels: { name: ReactNode; email: ReactNode; phone: ReactNode };
  errors: FieldErrors;
  values: Readonly<Record<string, string | undefined>>;
  nameRequired?: boolean;
  hint?: ReactNode;
  describedBy?: string;
}): ReactNode {
  const contactHint = hint ? "contact-hint" : other;
  return (
    <>
      <PublicInput
        name="name"
        label={labels.name}
        errors={errors}
        describedBy={other}
        autoComplete="name"
        required={nameRequired}
        defaultValue={values.name ?? ""}
      />
      {hint ? (
        <p className="hint" id="contact-hint">
          {hint}
        </p>
      ) : null}
      <PublicInput
        name="email"
        type="email"
        label={labels.email}
        errors={errors}
        describedBy={contactHint}
        autoComplete="email"
        inputMode="email"
        defaultValue={values.email ?? ""}
      />
      <PublicInput
        name="phone"
        type="tel"
        label={labels.phone}
        errors={errors}
        describedBy={contactHint}
        autoComplete="tel"
        defaultValue={values.phone ?? ""}
      />
    </>
  );
}

/** The consent checkbox of a public form: the purpose in its label, a link to the privacy notice, its message. */
export function PublicConsent({
  label,
  errors,
  checked,
  privacyHref,
  privacyLabel,
}: {
  label: ReactNode;
  errors: FieldErrors;
  checked: boolean;
  privacyHref: string;
  privacyLabel: ReactNode;
}): ReactNode {
  return (
    <div className="field">
      <div className="check">
        <input
          type="checkbox"
          id="consent"
          name="consent"
          value="yes"
          required
          defaultChecked={checked}
          aria-invalid={errors.consent ? true : undefined}
          aria-describedby={describedBy("consent", errors, false)}
        />
        <label htmlFor="consent">{label}</label>
      </div>
      <a href={privacyHref}>{privacyLabel}</a>
      <PublicFieldError id="consent" errors={errors} />
    </div>
  );
}

/**
 * The errors of a refused post at the top of the form, each linked to its field: "<label>: <message>" when `labelOf`
 * names the field, else the message alone; fields `linkable` refuses (form-level ones) are not links.
 */
export function PublicErrorSummary({
  errors,
  title,
  labelOf,
  linkable = () => true,
}: {
  errors: FieldErrors;
  title: ReactNode;
  labelOf: (field: string) => string | undefined;
  linkable?: (field: string) => boolean;
}): ReactNode {
  const entries = Object.entries(errors);
  if (!entries.length) return null;
  return (
    <div className="summary" role="alert" tabIndex={-1} id="errors">
      <h2>{title}</h2>
      <ul>
        {entries.map(([field, message]) => {
          const label = field ? labelOf(field) : undefined;
          const text = label ? `${label}: ${message}` : message;
          return <li key={field || "form"}>{field && linkable(field) ? <a href={`#${field}`}>{text}</a> : text}</li>;
        })}
      </ul>
    </div>
  );
}

/** What a receipt's reference code looks like in a link ("K7QM-2XPA"); anything else is not shown. */
const REFERENCE = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/;

/**
 * The reference code on a public form's receipt page (the code the resident quotes to ask for a copy or erasure of her
 * details), with the words to keep it; nothing for a missing or malformed code.
 */
export function PublicReference({ reference, title, keep }: { reference: unknown; title: ReactNode; keep: ReactNode }): ReactNode {
  if (typeof reference !== "string" || !REFERENCE.test(reference)) return null;
  return (
    <>
      <h2>{title}</h2>
      <p className="ref" data-testid="reference">
        {reference}
      </p>
      <p>{keep}</p>
    </>
  );
}
