"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth/config";

function safeNext(v: FormDataEntryValue | null): string {
  const s = typeof v === "string" ? v : "/";
  return s.startsWith("/") && !s.startsWith("//") ? s : "/";
}

export async function signInWithPassword(formData: FormData) {
  const next = safeNext(formData.get("next"));
  try {
    await signIn("password", { email: formData.get("email"), password: formData.get("password"), redirectTo: next });
  } catch (e) {
    if (e instanceof CredentialsSignin) {
      redirect(`/signin?error=${e.code === "rate_limited" ? "rate" : "failed"}&next=${encodeURIComponent(next)}`);
    }
    if (e instanceof AuthError) redirect(`/signin?error=failed&next=${encodeURIComponent(next)}`);
    throw e; // Next's redirect on success
  }
}

export async function signInWithLink(formData: FormData) {
  const next = safeNext(formData.get("next"));
  const email = String(formData.get("email") ?? "").trim();
  if (!email.includes("@")) redirect(`/signin?error=failed&next=${encodeURIComponent(next)}`);
  try {
    // No redirect from Auth.js: it would send the browser through /api/auth/verify-request, a route handler that a
    // server action's redirect cannot render (the client router expects a page). We go to the page ourselves.
    await signIn("email", { email, redirectTo: next, redirect: false });
  } catch (e) {
    if (e instanceof AuthError) redirect(`/signin?error=failed&next=${encodeURIComponent(next)}`);
    throw e;
  }
  redirect("/signin/check-email");
}
