import type { MessageCatalog } from "@zorgzaam/core/i18n/catalog";
import compile from "icu-minify/compile";
import type { CompiledMessage } from "icu-minify/format";

/**
 * Messages the browser gets are compiled on the server (icu-minify): the browser formats them with use-intl's
 * format-only runtime (under 1 kB) instead of parsing ICU itself (intl-messageformat and its parser, 9.5 kB of every
 * page's JavaScript). next.config.ts points `use-intl/format-message` at that runtime in the browser and at
 * `format-message.ts` (both kinds) everywhere else; ADR 0036.
 *
 * A compiled message is always a list (plain text too: `["Opslaan"]`), so that a formatter can tell it from an ICU
 * source string by its type alone.
 */
export type CompiledCatalog = { [key: string]: CompiledMessage | CompiledCatalog };

export function compileMessage(source: string): Exclude<CompiledMessage, string> {
  const compiled = compile(source);
  // icu-minify builds the cases of a plural or select as objects without a prototype, which React refuses to pass
  // from a server component to a client component: plain objects instead.
  return typeof compiled === "string" ? [compiled] : plain(compiled);
}

function plain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plain) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)])) as T;
  return value;
}

// The catalogs are module-level objects (the web app's JSON and each module's), the same for every request: each
// namespace is compiled once per process.
const compiled = new WeakMap<object, CompiledCatalog>();

function compileCatalog(catalog: MessageCatalog): CompiledCatalog {
  let done = compiled.get(catalog);
  if (!done) {
    done = Object.fromEntries(
      Object.entries(catalog).map(([key, value]) => [key, typeof value === "string" ? compileMessage(value) : compileCatalog(value)]),
    );
    compiled.set(catalog, done);
  }
  return done;
}

/** The catalogs by namespace, compiled for the browser. */
export function precompile(messages: Record<string, unknown>): CompiledCatalog {
  return Object.fromEntries(
    Object.entries(messages).map(([ns, value]) => [
      ns,
      typeof value === "string" ? compileMessage(value) : compileCatalog(value as MessageCatalog),
    ]),
  );
}

type Formatter<M> = ((key: string, message: M, values: never, options: never) => unknown) & { raw?: boolean };

/**
 * One formatter for both kinds: a compiled message (a list) goes to the format-only runtime, an ICU source string to
 * use-intl's own formatter. The server needs both: its own translations read the source catalogs, and its render of
 * client components reads the compiled ones their provider passes.
 */
export function formatEither<S, C>(source: Formatter<S>, compiledFormat: Formatter<C>) {
  const format = (...args: Parameters<Formatter<S | C>>) =>
    Array.isArray(args[1]) ? compiledFormat(...(args as Parameters<Formatter<C>>)) : source(...(args as Parameters<Formatter<S>>));
  // `t.raw` reads source strings on the server; in the browser (format-only) use-intl refuses it.
  format.raw = true;
  return format;
}
