/**
 * The API's body limit in megabytes (env.ts apiBodyLimitMb): API_MAX_BODY_MB, raised when needed so that an upload of
 * FILES_MAX_MB fits (uploads travel as base64 inside JSON: 4/3 of the file, plus room for the other fields). One
 * decimal, rounded up. Plain JavaScript so that the web app's next.config.ts can size Next's server action body limit
 * from it (the procedure action, ADR 0041) before anything is compiled.
 *
 * @param {{ API_MAX_BODY_MB: number; FILES_MAX_MB: number }} e
 * @returns {number}
 */
export function bodyLimitMb(e) {
  const upload = (e.FILES_MAX_MB * 4) / 3 + 0.1;
  return Math.ceil(Math.max(e.API_MAX_BODY_MB, upload) * 10) / 10;
}
