import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-3xl font-bold">{t("forbiddenTitle")}</h1>
      <p className="mt-3 text-slate-800">{t("forbidden")}</p>
      <p className="mt-6">
        <Link href="/">{t("home")}</Link>
      </p>
    </main>
  );
}
