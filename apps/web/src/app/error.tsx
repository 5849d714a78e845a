"use client";
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-3 text-slate-800">{t("error", { ref: error.digest ?? "-" })}</p>
      <button type="button" onClick={reset} className="mt-6 min-h-11 rounded-lg bg-teal-800 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </main>
  );
}
