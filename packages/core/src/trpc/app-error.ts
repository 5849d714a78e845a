/**
 * Errors as codes, words from catalogs. A procedure fails in one way: `throw appError("people.notFound")` or
 * `appError("partners.transfer.tooBig", { mb: 10 })`. The code is declared once (with its tRPC status: NOT_FOUND,
 * BAD_REQUEST...) in core (./errors.ts) or in a module (`defineErrors("<module id>", messages, {...})`), and its words
 * live in that catalog's `errors` section in nl, fr and en (ICU syntax). The tRPC error formatter (./init.ts) says it in
 * the caller's language and also returns the code and its parameters in `data.appCode` / `data.params`, so a page can
 * render it itself. The error's own `message` is the Dutch text (what a test or a server-side caller sees).
 */
import { TRPCError } from "@trpc/server";
import IntlMessageFormat from "intl-messageformat";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../i18n/index";
import { catalogText, type MessageCatalog } from "../i18n/catalog";

/** The tRPC statuses a declared error may answer with (never INTERNAL_SERVER_ERROR: that is a bug, not a message). */
export type ErrorStatus = Exclude<TRPCError["code"], "INTERNAL_SERVER_ERROR" | "PARSE_ERROR">;
/** A parameter said differently per language (a module's name): the language of the message picks its text. */
export type LocalisedParam = Readonly<Record<Locale, string>>;
export type ErrorParams = Record<string, string | number | LocalisedParam>;

function paramsIn(locale: Locale, params: ErrorParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === "object" ? (v[locale] ?? v[DEFAULT_LOCALE]) : v;
  return out;
}

declare const PARAMS: unique symbol;
/** A code's declaration: its status and, as a type only, its parameters. */
export interface ErrorDecl<P extends ErrorParams | undefined = ErrorParams | undefined> {
  readonly status: ErrorStatus;
  /**
   * The input key the problem is about ("neighbourhoodId", "consentMethod"), when there is one: the formatter then
   * also reports the message under that field (data.fields), so the form shows it there and links to it.
   */
  readonly field?: string;
  readonly [PARAMS]?: P;
}
/** Declares a code that takes parameters: `"partners.transfer.tooBig": withParams<{ mb: number }>("BAD_REQUEST")`. */
export function withParams<P extends ErrorParams>(status: ErrorStatus, opts: { field?: string } = {}): ErrorDecl<P> {
  return { status, ...opts };
}
/** Declares a code about one input field: `"people.neighbourhoodRequired": onField("neighbourhoodId", "BAD_REQUEST")`. */
export function onField(field: string, status: ErrorStatus): ErrorDecl<undefined> {
  return { status, field };
}
export type ErrorDecls = Record<string, ErrorStatus | ErrorDecl>;
type ParamsOf<D> = D extends ErrorDecl<infer P> ? P : undefined;
/** The arguments after the code: the parameters when the code declares them, nothing otherwise. */
export type ErrorArgs<D> = ParamsOf<D> extends ErrorParams ? [params: ParamsOf<D>] : [];

/** A failure with a declared code; `message` is the Dutch text, `messageIn(locale)` says it in another language. */
export class AppError extends TRPCError {
  readonly appCode: string;
  readonly params: ErrorParams;
  /** The input key the problem is about, if the code declares one. */
  readonly field: string | undefined;
  readonly #render: (locale: Locale) => string;
  constructor(appCode: string, status: ErrorStatus, params: ErrorParams, render: (locale: Locale) => string, field?: string) {
    super({ code: status, message: render(DEFAULT_LOCALE) });
    this.name = "AppError";
    this.appCode = appCode;
    this.params = params;
    this.field = field;
    this.#render = render;
  }
  messageIn(locale: Locale): string {
    return this.#render(locale);
  }
  /** The same failure about one input field, so that a form shows it under that field. */
  about(field: string): AppError {
    return new AppError(this.appCode, this.code as ErrorStatus, this.params, this.#render, field);
  }
}

function isAppError(e: unknown): e is AppError {
  // By shape as well as by class: a bundler may load this file twice (server components and route handlers).
  return (
    e instanceof AppError ||
    (e instanceof TRPCError &&
      typeof (e as Partial<AppError>).appCode === "string" &&
      typeof (e as Partial<AppError>).messageIn === "function")
  );
}

/** The AppError behind a tRPC error, if any (tRPC may wrap what a procedure threw). */
export function appErrorOf(error: unknown): AppError | undefined {
  if (isAppError(error)) return error;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return isAppError(cause) ? cause : undefined;
}

/** What the catalog tests and the platform read of a set of codes (untyped: any code, any parameters). */
export interface ErrorCodes {
  /** The module id ("partners"), or null for core. Every code of a module starts with "<id>.". */
  readonly namespace: string | null;
  /** Every declared code. */
  codes(): string[];
  /** Where a code's words sit in the catalog: "errors.<code without the module id>". */
  keyOf(code: string): string;
  /** A code's words in a language, untyped (a stored code, a test walking every code); undefined when unknown. */
  render(locale: Locale, code: string, params?: ErrorParams): string | undefined;
  /** The catalog's raw text for a code in a language (no fallback), for the completeness tests. */
  source(locale: Locale, code: string): string | undefined;
}

export interface ErrorCatalog<D extends ErrorDecls> extends ErrorCodes {
  readonly declarations: D;
  /** Every declared code. */
  codes(): (keyof D & string)[];
  status(code: keyof D & string): ErrorStatus;
  /** The error to throw. */
  error<C extends keyof D & string>(code: C, ...args: ErrorArgs<D[C]>): AppError;
  /** The value when it is there, else throws the code (for look-ups: `orThrow(row, "people.notFound")`). */
  orThrow<T, C extends keyof D & string>(value: T | null | undefined, code: C, ...args: ErrorArgs<D[C]>): T;
  /** A code's words in a language. */
  text<C extends keyof D & string>(locale: Locale, code: C, ...args: ErrorArgs<D[C]>): string;
  /**
   * A zod schema's own message for a declared code (`.min(1, zodMessage("people.firstNameRequired"))`): the Dutch
   * text, remembered so the error formatter says it in French or English (see zodMessageCode).
   */
  zodMessage<C extends keyof D & string>(code: C, ...args: ErrorArgs<D[C]>): string;
}

/** Dutch text of a schema's message → how to say it in any language (filled by zodMessage when schemas are built). */
const zodMessages = new Map<string, (locale: Locale) => string>();

/** A schema's own message in another language, when it came from zodMessage; undefined for any other text. */
export function translateZodMessage(message: string, locale: Locale): string | undefined {
  return zodMessages.get(message)?.(locale);
}

/**
 * Declares the error codes of core (namespace null, core's server catalogs) or of one module (its id and its
 * catalogs, the `errors` section). Codes and their statuses are fixed here; the words are in the catalogs.
 */
export function defineErrors<const D extends ErrorDecls>(
  namespace: string | null,
  messages: Record<Locale, MessageCatalog>,
  declarations: D,
): ErrorCatalog<D> {
  const prefix = namespace ? `${namespace}.` : "";
  for (const code of Object.keys(declarations)) {
    if (!code.startsWith(prefix) || code.length === prefix.length) {
      throw new Error(`Error code "${code}" must start with "${prefix}" (the module's id)`);
    }
  }
  const keyOf = (code: string) => `errors.${code.slice(prefix.length)}`;
  const compiled = new Map<string, IntlMessageFormat>();
  const source = (locale: Locale, code: string) => catalogText(messages[locale], keyOf(code));
  const render = (locale: Locale, code: string, params: ErrorParams = {}): string | undefined => {
    if (!Object.hasOwn(declarations, code)) return undefined;
    const id = `${locale}\u0000${code}`;
    let format = compiled.get(id);
    if (!format) {
      const text = source(locale, code) ?? source(DEFAULT_LOCALE, code) ?? code;
      format = new IntlMessageFormat(text, locale);
      compiled.set(id, format);
    }
    return String(format.format(paramsIn(locale, params)));
  };
  const statusOf = (code: string): ErrorStatus => {
    const d = declarations[code];
    if (!d) throw new Error(`Unknown error code "${code}"`);
    return typeof d === "string" ? d : d.status;
  };
  const fieldOf = (code: string): string | undefined => {
    const d = declarations[code];
    return d && typeof d !== "string" ? d.field : undefined;
  };
  const error = (code: string, params: ErrorParams = {}) =>
    new AppError(code, statusOf(code), params, (locale) => render(locale, code, params) ?? code, fieldOf(code));
  return {
    namespace,
    declarations,
    codes: () => Object.keys(declarations) as (keyof D & string)[],
    keyOf,
    status: statusOf,
    error: (code, ...args) => error(code, args[0]),
    orThrow: (value, code, ...args) => {
      if (value === null || value === undefined) throw error(code, args[0]);
      return value;
    },
    text: (locale, code, ...args) => render(locale, code, args[0]) ?? code,
    render,
    zodMessage: (code, ...args) => {
      const nl = render(DEFAULT_LOCALE, code, args[0]) ?? code;
      // Two codes with the same Dutch words would be said alike in every language: keep the first.
      if (!zodMessages.has(nl)) zodMessages.set(nl, (locale) => render(locale, code, args[0]) ?? nl);
      return nl;
    },
    source,
  };
}

/** Every language a catalog must hold (re-exported for the completeness tests). */
export const ERROR_LOCALES = LOCALES;
