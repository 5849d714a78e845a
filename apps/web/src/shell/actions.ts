"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/auth/config";
import { getSessionUser } from "@/auth/session";
import { isLocale, LOCALE_COOKIE } from "@/i18n/locales";
import { serverApi } from "@/trpc/server";

export async function setLanguage(formData: FormData) {
  const locale = String(formData.get("locale"));
  const back = String(formData.get("back") ?? "/");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 86_400, sameSite: "lax", httpOnly: false });
  if (await getSessionUser()) await (await serverApi()).me.setLocale({ locale });
  redirect(back.startsWith("/") && !back.startsWith("//") ? back : "/");
}

export async function signOutAction() {
  await signOut({ redirectTo: "/signin?signedOut=1" });
}

export async function signOutEverywhereAction() {
  if (await getSessionUser()) await (await serverApi()).me.signOutEverywhere();
  await signOut({ redirectTo: "/signin?signedOut=1" });
}
