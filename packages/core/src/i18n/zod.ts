/**
 * Validation messages from our catalogs, not zod's English defaults: each zod issue code maps to a catalog key with
 * parameters (the limit, the minimum...), rendered in the caller's language. A schema's own message comes from a
 * catalog too (`zodMessage("people.firstNameRequired")`, core's or a module's): its Dutch text is kept for Dutch and
 * said in French or English from the same catalog; any other text falls back to the code's message.
 */
import { z } from "zod";
import { translateZodMessage } from "../trpc/app-error";
import { catalogText } from "./catalog";
import { DEFAULT_LOCALE, type Locale, type ServerMessageKey, serverMessages, translate } from "./index";

type Issue = z.core.$ZodIssue;
type IssueCode = Issue["code"];
type Described = { key: ServerMessageKey; params?: Record<string, string | number> };

const SIZED = new Set(["string", "array", "set", "file"]);
const NUMERIC = new Set(["number", "int", "bigint"]);

function tooBig(issue: Extract<Issue, { code: "too_big" }>): Described {
  const max = Number(issue.maximum);
  if (issue.origin === "string") return { key: "validation.tooBigString", params: { max } };
  if (SIZED.has(issue.origin)) return { key: "validation.tooBigArray", params: { max } };
  if (NUMERIC.has(issue.origin))
    return { key: issue.inclusive === false ? "validation.tooBigNumberExclusive" : "validation.tooBigNumber", params: { max } };
  if (issue.origin === "date") return { key: "validation.tooBigDate" };
  return { key: "validation.tooBig" };
}

function tooSmall(issue: Extract<Issue, { code: "too_small" }>): Described {
  const min = Number(issue.minimum);
  if (issue.origin === "string") return { key: "validation.tooSmallString", params: { min } };
  if (SIZED.has(issue.origin)) return { key: "validation.tooSmallArray", params: { min } };
  if (NUMERIC.has(issue.origin))
    return { key: issue.inclusive === false ? "validation.tooSmallNumberExclusive" : "validation.tooSmallNumber", params: { min } };
  if (issue.origin === "date") return { key: "validation.tooSmallDate" };
  return { key: "validation.tooSmall" };
}

const FORMAT_KEYS: Record<string, ServerMessageKey> = {
  email: "validation.invalidEmail",
  uuid: "validation.invalidUuid",
  guid: "validation.invalidUuid",
  url: "validation.invalidUrl",
  date: "validation.invalidDate",
  datetime: "validation.invalidDate",
};

/** Every zod 4 issue code, mapped to a catalog key (the compiler checks that none is missing). */
export const ISSUE_MESSAGES: { [C in IssueCode]: (issue: Extract<Issue, { code: C }>) => Described } = {
  invalid_type: (issue) =>
    // The input is gone from a finished issue, but zod's own message still says what arrived.
    issue.expected !== "undefined" && / received undefined$/.test(issue.message)
      ? { key: "validation.required" }
      : { key: issue.expected === "date" ? "validation.invalidDate" : "validation.invalidType" },
  too_big: tooBig,
  too_small: tooSmall,
  invalid_format: (issue) => ({ key: FORMAT_KEYS[issue.format] ?? "validation.invalidFormat" }),
  not_multiple_of: (issue) => ({ key: "validation.notMultipleOf", params: { divisor: Number(issue.divisor) } }),
  unrecognized_keys: (issue) => ({ key: "validation.unrecognizedKeys", params: { keys: issue.keys.join(", ") } }),
  invalid_union: () => ({ key: "validation.invalidUnion" }),
  invalid_key: () => ({ key: "validation.invalidKey" }),
  invalid_element: () => ({ key: "validation.invalidElement" }),
  invalid_value: () => ({ key: "validation.invalidValue" }),
  // A custom issue may name its own catalog key and parameters (e.g. boundaryInput: params.messageKey/messageParams).
  custom: (issue) => {
    const key = issue.params?.messageKey;
    if (!isCatalogKey(key)) return { key: "validation.custom" };
    return { key, params: issue.params?.messageParams as Record<string, string | number> | undefined };
  },
};

function isCatalogKey(key: unknown): key is ServerMessageKey {
  if (typeof key !== "string") return false;
  return catalogText(serverMessages[DEFAULT_LOCALE], key) !== undefined;
}

/** The catalog key and parameters for an issue. */
export function describeIssue(issue: Issue): Described {
  const map = ISSUE_MESSAGES[issue.code] as ((i: Issue) => Described) | undefined;
  return map ? map(issue) : { key: "validation.custom" };
}

const english = z.locales.en().localeError;

/**
 * Whether zod wrote this message itself (its English default) rather than the schema. A finished issue has lost its
 * input, so for invalid_type only the start of the default can be compared.
 */
export function isDefaultMessage(issue: Issue): boolean {
  if (!issue.message || issue.message === "Invalid input") return true;
  if (issue.code === "invalid_type") return issue.message.startsWith("Invalid input: expected ");
  const made = english(issue as never);
  const text = typeof made === "string" ? made : made?.message;
  return text === issue.message;
}

/** An issue's message in the caller's language. */
export function issueMessage(issue: Issue, locale: Locale): string {
  if (!isDefaultMessage(issue)) {
    if (locale === DEFAULT_LOCALE) return issue.message;
    const own = translateZodMessage(issue.message, locale);
    if (own !== undefined) return own;
  }
  const { key, params } = describeIssue(issue);
  return translate(locale, key, params);
}

/** The problems per input field (path "a.0.b" → message), the first one per path, in the caller's language. */
export function fieldMessages(error: z.ZodError, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    out[key] ??= issueMessage(issue, locale);
  }
  return out;
}
