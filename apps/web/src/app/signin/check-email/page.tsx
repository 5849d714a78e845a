import { Alert } from "@zorgzaam/ui";
import { devMailEnabled, env } from "@zorgzaam/core";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signin"))("checkEmailTitle") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("signin");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-3xl font-bold">{t("checkEmailTitle")}</h1>
      <p className="mt-3 text-slate-800">{t("checkEmail")}</p>
      {devMailEnabled(env()) ? (
        <div className="mt-6">
          <Alert>
            <Link href="/dev/mail">{t("devMail")}</Link>
          </Alert>
        </div>
      ) : null}
    </main>
  );
}
