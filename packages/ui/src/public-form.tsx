import type { ReactNode } from "react";

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
