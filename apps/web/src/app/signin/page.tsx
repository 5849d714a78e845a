import { Alert, Button, TextField } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/shell/language-switcher";
import { signInWithLink, signInWithPassword } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signin"))("title") };
}

const ERRORS: Record<string, "failed" | "rateLimited" | "linkFailed" | "expired"> = {
  failed: "failed",
  rate: "rateLimited",
  Verification: "linkFailed",
  AccessDenied: "linkFailed",
  expired: "expired",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const t = await getTranslations("signin");
  const next = sp.next ?? sp.callbackUrl ?? "/";
  const error = sp.error ? (ERRORS[sp.error] ?? "failed") : null;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <div className="mb-6 flex items-center justify-between">
        <p className="text-xl font-bold text-teal-900">Zorgzaam</p>
        <LanguageSwitcher back={`/signin${next !== "/" ? `?next=${encodeURIComponent(next)}` : ""}`} />
      </div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <div className="mt-4 space-y-3">
        {error ? <Alert tone="error">{t(error)}</Alert> : null}
        {sp.signedOut ? <Alert tone="success">{t("signedOut")}</Alert> : null}
      </div>
      <form action={signInWithPassword} className="mt-6 space-y-4 rounded-xl border border-slate-300 bg-white p-5">
        <input type="hidden" name="next" value={next} />
        <TextField label={t("email")} name="email" type="email" autoComplete="username" required />
        <TextField label={t("password")} name="password" type="password" autoComplete="current-password" required />
        <Button type="submit" className="w-full">
          {t("withPassword")}
        </Button>
      </form>
      <p className="my-4 text-center text-slate-700">{t("or")}</p>
      <form action={signInWithLink} className="space-y-4 rounded-xl border border-slate-300 bg-white p-5">
        <input type="hidden" name="next" value={next} />
        <TextField label={t("email")} name="email" type="email" autoComplete="email" required />
        <Button type="submit" variant="secondary" className="w-full">
          {t("withLink")}
        </Button>
      </form>
    </main>
  );
}
