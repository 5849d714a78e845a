/**
 * Reading a failed tRPC call in the browser, the same way everywhere (the web app and every module): the message as
 * the server phrased it for people, its code, and the validation problems per input field.
 */

/**
 * The message of a failed call, as the server phrased it for people (in their language: the server renders a
 * declared error code from its catalogs). A page that words a code itself passes `own`: its words for that code and
 * parameters, or undefined to keep the server's.
 */
export function errorMessage(e: unknown, own?: (code: string, params: Record<string, unknown>) => string | undefined): string {
  const code = errorAppCode(e);
  const mine = code && own ? own(code, errorParams(e)) : undefined;
  return mine ?? (e instanceof Error ? e.message : String(e));
}

/** The declared error code of a failed call ("people.notFound", "partners.transfer.tooBig"), if it has one. */
export function errorAppCode(e: unknown): string | undefined {
  const data = (e as { data?: { appCode?: unknown } } | null)?.data;
  return typeof data?.appCode === "string" ? data.appCode : undefined;
}

/** The parameters of a declared error code ({ mb: 10 }); a value said per language is an object { nl, fr, en }. */
export function errorParams(e: unknown): Record<string, unknown> {
  const params = (e as { data?: { params?: unknown } } | null)?.data?.params;
  return params && typeof params === "object" ? (params as Record<string, unknown>) : {};
}

/** The tRPC error code of a failed call ("CONFLICT", "NOT_FOUND"...), if any. */
export function errorCode(e: unknown): string | undefined {
  const data = (e as { data?: { code?: unknown } } | null)?.data;
  return typeof data?.code === "string" ? data.code : undefined;
}

/** Validation problems per input field ("email", "roles"...); "neighbourhoodIds.0" belongs to "neighbourhoodIds". */
export function fieldErrors(e: unknown): Record<string, string> {
  const fields = (e as { data?: { fields?: Record<string, string> } } | null)?.data?.fields;
  if (!fields) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) out[k.split(".")[0] ?? k] ??= v;
  return out;
}
