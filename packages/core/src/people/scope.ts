/**
 * Which persons a member may see or reference: one rule for core and every module (ADR 0011).
 *
 * A member with neighbourhoods (a field worker) sees the persons of those neighbourhoods only; everyone else sees the
 * whole tenant. The rule is enforced by the database: tenantProcedure sets `app.person_scope` in the request's
 * transaction, the row-level-security policy on "Person" hides the rest, and a trigger on every column referencing a
 * Person refuses a write that names a person the writer cannot see (foreign-key checks ignore RLS). A module therefore
 * cannot forget it. `personScopeWhere` only repeats it in Prisma form, to keep queries on the (tenantId, neighbourhood)
 * index; it is not what protects the data.
 */
import type { Prisma } from "../generated/prisma/client";
import { coreErrors } from "../trpc/errors";
import type { Meta } from "../trpc/init";

/** What a procedure answers for a person outside the caller's scope (the same as for a person that does not exist). */
export const PERSON_NOT_FOUND = coreErrors.text("nl", "people.notFound");

/** The hint of the database error raised by app_person_in_scope(). */
const SCOPE_HINT = "zorgzaam:person_not_found";

export function personScopeWhere(membership: { neighbourhoodIds: readonly string[] | null }): Prisma.PersonWhereInput {
  const ids = membership.neighbourhoodIds;
  return ids ? { neighbourhoodId: { in: [...ids] } } : {};
}

/** True when err (or one of its causes) is the database refusing a reference to a person outside the scope. */
export function isPersonScopeViolation(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 6) return false;
  const e = err as { message?: unknown; cause?: unknown; meta?: unknown; hint?: unknown; originalMessage?: unknown };
  for (const v of [e.message, e.hint, e.originalMessage]) if (typeof v === "string" && v.includes(SCOPE_HINT)) return true;
  if (typeof e.message === "string" && e.message.includes("person not visible to this member")) return true;
  if (e.meta && typeof e.meta === "object" && JSON.stringify(e.meta).includes("person not visible to this member")) return true;
  return isPersonScopeViolation(e.cause, depth + 1);
}

/**
 * The meta of a procedure that reads or references persons by id: `.meta(personInputs("personId"))`. tRPC merges meta
 * shallowly, so the procedure keeps its permission. A generated test refuses an input key naming a person that is not
 * declared here, and checks each declared key against a person outside the caller's neighbourhoods.
 */
export function personInputs(...keys: string[]): Meta {
  return { persons: keys } as Partial<Meta> as Meta;
}
