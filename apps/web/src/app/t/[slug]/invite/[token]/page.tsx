import { TRPCError } from "@trpc/server";
import { Alert, Badge, buttonClass } from "@zorgzaam/ui";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { getSessionUser } from "@/auth/session";
import { LanguageSwitcher } from "@/shell/language-switcher";
import { serverApi } from "@/trpc/server";
import { signOutAndReturn } from "./actions";
import { AcceptForm } from "./accept-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title"), referrer: "no-referrer", robots: { index: false } };
}

/** Public: the person opening an invitation link is usually not signed in yet. */
export default async function InvitePage({ params }: { params: Promise<{ slug: string; token: string }> }) {
  const { slug, token } = await params;
  const t = await getTranslations("invite");
  const tRole = await getTranslations("roles");
  const format = await getFormatter();
  const here = `/t/${slug}/invite/${token}`;
  const user = await getSessionUser();

  let preview: Awaited<ReturnType<Awaited<ReturnType<typeof serverApi>>["invitations"]["preview"]>> | null = null;
  try {
    preview = await (await serverApi()).invitations.preview({ tenantSlug: slug, token });
  } catch (e) {
    // Unknown, expired, used, revoked or malformed: one answer, so a link reveals nothing.
    if (!(e instanceof TRPCError) || (e.code !== "NOT_FOUND" && e.code !== "BAD_REQUEST")) throw e;
  }

  let body: ReactNode;
  if (!preview) {
    body = (
      <>
        <h1 className="text-3xl font-bold">{t("goneTitle")}</h1>
        <p className="mt-3 text-slate-800">{t("gone")}</p>
        <p className="mt-6">
          {user ? (
            <Link href="/" className={buttonClass("secondary")}>
              {t("toHome")}
            </Link>
          ) : (
            <Link href="/signin" className={buttonClass("secondary")}>
              {t("toSignIn")}
            </Link>
          )}
        </p>
      </>
    );
  } else {
    const mine = user?.email.toLowerCase() === preview.email.toLowerCase();
    const summary = (
      <div className="mt-4 rounded-xl border border-slate-300 bg-white p-4">
        <p>{t("summary", { tenant: preview.tenantName })}</p>
        <dl className="mt-3 grid gap-x-3 gap-y-1 sm:grid-cols-[9rem_1fr]">
          <dt className="font-semibold">{t("email")}</dt>
          <dd className="break-all">{preview.email}</dd>
          <dt className="font-semibold">{t("roles")}</dt>
          <dd className="flex flex-wrap gap-1">
            {preview.roles.map((r) => (
              <Badge key={r}>{tRole.has(r) ? tRole(r) : r}</Badge>
            ))}
          </dd>
          <dt className="font-semibold">{t("validUntil")}</dt>
          <dd>{format.dateTime(preview.expiresAt, { dateStyle: "long", timeStyle: "short" })}</dd>
        </dl>
      </div>
    );
    let action: ReactNode;
    if (user && !mine) {
      action = (
        <div className="mt-6 space-y-4">
          <Alert tone="info">{t("otherAccount", { current: user.email, invited: preview.email })}</Alert>
          <form action={signOutAndReturn}>
            <input type="hidden" name="back" value={here} />
            <button type="submit" className={buttonClass("secondary")}>
              {t("signOutFirst")}
            </button>
          </form>
        </div>
      );
    } else if (preview.hasAccount && !user) {
      action = (
        <div className="mt-6 space-y-4">
          <p>{t("hasAccount", { email: preview.email })}</p>
          <Link href={`/signin?next=${encodeURIComponent(here)}`} className={buttonClass("primary")}>
            {t("signInToAccept")}
          </Link>
        </div>
      );
    } else if (preview.hasAccount && mine) {
      action = (
        <div className="mt-6">
          <AcceptForm tenantSlug={slug} token={token} mode="existing" email={preview.email} allowPassword={preview.allowPassword} />
        </div>
      );
    } else {
      action = (
        <div className="mt-6">
          <h2 className="text-xl font-semibold">{t("createAccount")}</h2>
          <p className="mt-1 text-slate-700">{preview.allowPassword ? t("createAccountIntro") : t("createAccountLinkOnly")}</p>
          <AcceptForm tenantSlug={slug} token={token} mode="new" email={preview.email} allowPassword={preview.allowPassword} />
        </div>
      );
    }
    body = (
      <>
        <h1 className="text-3xl font-bold">{t("heading", { tenant: preview.tenantName })}</h1>
        {summary}
        {action}
      </>
    );
  }

  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-10">
      <div className="mb-6 flex items-center justify-between">
        <p className="text-xl font-bold text-teal-900">Zorgzaam</p>
        <LanguageSwitcher back={here} />
      </div>
      {body}
    </main>
  );
}
