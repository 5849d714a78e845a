/**
 * Redis keeps what BullMQ stores about a job (payload, idempotency key, result, error, events) for hours to days and
 * outside every database safeguard (row-level security, erasure, backups policy). So nothing personal or secret goes
 * there: payloads carry ids and the handler loads the rest from PostgreSQL. This module is the mechanism that holds
 * every job to it: enqueue and schedule refuse payloads and keys that look like e-mail addresses, links with a token
 * or tokens; the worker refuses such results and strips them from error messages before BullMQ stores them.
 *
 * The checks are heuristics on strings (no list of fields to forget): an e-mail address anywhere, a link to a sign-in
 * callback or an invitation, an absolute link with a query or a token-like path segment, and token-like strings
 * (32+ characters of base64url that look random, see randomLooking, or 32+ hex digits). UUIDs are ids, not
 * tokens, and are allowed.
 */

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
/** Links that carry a credential by construction: Auth.js sign-in callbacks and invitation links. */
const LINK_PATH = /\/api\/auth\/callback|\/invite\//i;
const URL_RE = /https?:\/\/[^\s"'<>]+/gi;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const BASE64URL_RUN = /[A-Za-z0-9_-]{32,}/g;
const HEX_RUN = /[0-9a-fA-F]{32,}/;

function tokenLike(s: string): boolean {
  const withoutIds = s.replace(UUID, " ");
  if (HEX_RUN.test(withoutIds)) return true;
  return (withoutIds.match(BASE64URL_RUN) ?? []).some(randomLooking);
}

const charClass = (ch: string) => (ch >= "A" && ch <= "Z" ? 0 : ch >= "a" && ch <= "z" ? 1 : 2);

/**
 * Random base64url has upper case, many different characters, and switches between upper case, lower case and
 * digits at about three characters in five. Words, file names and dates switch far less often (a title like
 * "Q1-2026-Evaluatie-Netwerk-Brussel-Noord-v2" about one in four). Misses about 1 in 3000 random 43-character tokens
 * (and flags long camelCase names of short words): a safety net for mistakes, not a proof.
 */
function randomLooking(run: string): boolean {
  if (!/[A-Z]/.test(run) || !/[a-z0-9]/.test(run) || new Set(run).size < 16) return false;
  // Dashes and underscores separate words in names; they are rare in random base64url, so they do not count.
  const chars = run.replace(/[-_]/g, "");
  let switches = 0;
  for (let i = 1; i < chars.length; i++) if (charClass(chars[i] as string) !== charClass(chars[i - 1] as string)) switches += 1;
  return chars.length >= 24 && switches / (chars.length - 1) >= 0.35;
}

function linkWithSecret(url: string): boolean {
  if (LINK_PATH.test(url)) return true;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.search || u.hash || u.username || u.password) return true;
  return tokenLike(u.pathname);
}

/** What a string looks like, if it looks personal or secret; null when it is fine. Never returns the value itself. */
export function personalDataKind(s: string): string | null {
  if (EMAIL.test(s)) return "an e-mail address";
  if (LINK_PATH.test(s)) return "a sign-in or invitation link";
  for (const url of s.match(URL_RE) ?? []) if (linkWithSecret(url)) return "a link with a token or query";
  if (tokenLike(s)) return "a token";
  return null;
}

/**
 * The first place in a JSON-like value (strings, object keys, arrays) that looks personal or secret, as
 * `<path> looks like <kind>`; null when there is none.
 */
export function findPersonalData(value: unknown, path = "(value)", depth = 0): string | null {
  if (typeof value === "string") {
    const kind = personalDataKind(value);
    return kind ? `${path} looks like ${kind}` : null;
  }
  if (value === null || typeof value !== "object" || depth > 32) return null;
  if (value instanceof Date) return null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findPersonalData(item, `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const keyKind = personalDataKind(key);
    if (keyKind) return `a key in ${path} looks like ${keyKind}`;
    const found = findPersonalData(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/** A job payload, idempotency key or result that would put personal data or a secret in Redis. */
export class JobPersonalDataError extends Error {
  constructor(
    public readonly jobName: string,
    public readonly finding: string,
  ) {
    super(
      `Job "${jobName}": ${finding}. Redis keeps job payloads, keys and results for days: store the data in PostgreSQL and pass its id (mail: queueMail).`,
    );
    this.name = "JobPersonalDataError";
  }
}

/** Throws JobPersonalDataError when the payload or the idempotency key looks personal or secret. */
export function assertNoPersonalData(jobName: string, payload: unknown, idempotencyKey?: string): void {
  const found =
    findPersonalData(payload, "payload") ?? (idempotencyKey === undefined ? null : findPersonalData(idempotencyKey, "idempotencyKey"));
  if (found) throw new JobPersonalDataError(jobName, found);
}

/**
 * Replaces e-mail addresses, links with a token or query, and tokens in a text with placeholders. For error messages
 * and stack traces, which BullMQ stores with a failed job and in its events stream.
 */
export function redactPersonalData(text: string): string {
  return text
    .replace(URL_RE, (url) => (linkWithSecret(url) ? "[link]" : url))
    .replace(new RegExp(EMAIL.source, "g"), "[e-mail]")
    .replace(/\S*(?:\/api\/auth\/callback|\/invite\/)\S*/gi, "[link]")
    .replace(BASE64URL_RUN, (run) => (tokenLike(run) ? "[token]" : run))
    .replace(/[0-9a-fA-F]{32,}/g, "[token]");
}
