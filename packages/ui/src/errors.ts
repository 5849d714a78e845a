/**
 * Reading a failed tRPC call in the browser, the same way everywhere (the web app and every module): the message as
 * the server phrased it for people, its code, and the validation problems per input field.
 */

/** The message of a failed call, as the server phrased it for people. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
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
