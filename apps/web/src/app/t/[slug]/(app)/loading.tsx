import { getTranslations } from "next-intl/server";

/** Shown inside the shell while a tenant page loads its data. */
export default async function Loading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <div className="h-8 w-1/2 rounded bg-slate-200" />
      <div className="h-4 w-2/3 rounded bg-slate-200" />
      <div className="h-40 rounded-xl bg-slate-200" />
      <span className="sr-only">{t("loading")}</span>
    </div>
  );
}
