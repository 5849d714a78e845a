"use server";
import { TRPCError } from "@trpc/server";
import { appErrorOf, type Locale, localeFromHeaders } from "@zorgzaam/core";
import { issueMessage } from "@zorgzaam/core/i18n/zod";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth/config";
import { serverApi } from "@/trpc/server";

export interface AcceptState {
  error: string | null;
  fields: Record<string, string>;
  /** What was typed, so a failed attempt does not empty the form (never the password). */
  name: string;
}

/** The problems per field, in the person's language (from core's catalogs, like the tRPC error formatter). */
function fieldsOf(e: TRPCError, locale: Locale): Record<string, string> {
  const issues = (e.cause as { issues?: Parameters<typeof issueMessage>[0][] } | undefined)?.issues;
  const out: Record<string, string> = {};
  for (const i of issues ?? []) out[String(i.path[0] ?? "")] ??= issueMessage(i, locale);
  return out;
}

/**
 * Accepts an invitation. Someone new gets an account and is signed in straight away (with the password they chose,
 * or with a link by e-mail when they chose none); someone with an account must already be signed in as that address.
 */
export async function acceptInvitation(_prev: AcceptState, form: FormData): Promise<AcceptState> {
  const tenantSlug = String(form.get("tenantSlug") ?? "");
  const token = String(form.get("token") ?? "");
  const name = typeof form.get("name") === "string" ? String(form.get("name")) : undefined;
  const password = typeof form.get("password") === "string" ? String(form.get("password")) : undefined;
  let email: string;
  try {
    const r = await (await serverApi()).invitations.accept({
      tenantSlug,
      token,
      name: name?.trim() || undefined,
      password: password || undefined,
    });
    email = r.email;
  } catch (e) {
    if (e instanceof TRPCError) {
      // A declared error (invitation.gone, password.tooShort...) is said in the person's language.
      const locale = localeFromHeaders(await headers());
      const fields = fieldsOf(e, locale);
      const message = appErrorOf(e)?.messageIn(locale) ?? e.message;
      return { error: Object.keys(fields).length ? null : message, fields, name: name ?? "" };
    }
    throw e;
  }
  const home = `/t/${tenantSlug}`;
  if (name === undefined) redirect(home); // An existing, signed-in member: straight in.
  try {
    if (password) await signIn("password", { email, password, redirectTo: home });
    else {
      // See signin/actions.ts: Auth.js's own redirect goes through a route handler a server action cannot follow.
      await signIn("email", { email, redirectTo: home, redirect: false });
      redirect("/signin/check-email");
    }
  } catch (e) {
    // The account exists now; if signing in fails (rate limit), the sign-in page takes over.
    if (e instanceof AuthError) redirect(`/signin?next=${encodeURIComponent(home)}`);
    throw e; // Next's redirect on success
  }
  redirect(home);
}

/** Signs out (to accept an invitation meant for another address) and comes back to the invitation. */
export async function signOutAndReturn(form: FormData) {
  const back = String(form.get("back") ?? "/");
  await signOut({ redirectTo: back.startsWith("/t/") ? back : "/" });
}
