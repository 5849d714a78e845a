import { EmptyState, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { orPage } from "@/lib/tenant";
import { serverApi } from "@/trpc/server";
import { requireOperator } from "../guard";
import { RetryJob } from "./retry-job";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("operator"))("jobsTitle") };
}

export default async function FailedJobsPage() {
  await requireOperator();
  const trpc = await serverApi();
  const [jobs, tenants] = await Promise.all([orPage(() => trpc.operator.failedJobs()), orPage(() => trpc.operator.tenants())]);
  const t = await getTranslations("operator");
  const format = await getFormatter();
  const tenantName = new Map(tenants.map((x) => [x.id, x.name]));
  return (
    <>
      <PageHeader title={t("jobsTitle")} description={t("jobsIntro")} />
      <section aria-labelledby="jobs-title">
        <h2 id="jobs-title" className="mb-3 text-lg font-semibold">
          {t("failedCount", { count: jobs.length })}
        </h2>
        {jobs.length === 0 ? (
          <EmptyState title={t("noFailedTitle")}>{t("noFailed")}</EmptyState>
        ) : (
          <ul className="space-y-3">
            {jobs.map((j) => (
              <li key={j.id} className="rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <h3 className="font-semibold">
                      <code>{j.name}</code>
                    </h3>
                    <p className="text-sm text-slate-700">
                      {j.tenantId ? (tenantName.get(j.tenantId) ?? j.tenantId) : t("platformJob")} ·{" "}
                      {t("attempts", { count: j.attemptsMade })} ·{" "}
                      {format.dateTime(new Date(j.finishedOn ?? j.timestamp), { dateStyle: "medium", timeStyle: "medium" })}
                    </p>
                  </div>
                  <RetryJob id={j.id} name={j.name} />
                </div>
                <p className="mt-2 text-sm font-semibold">{t("error")}</p>
                <pre className="mt-1 max-h-40 overflow-auto whitespace-pre-wrap break-words rounded-lg bg-slate-100 p-2 text-sm text-slate-900">
                  {j.failedReason || t("noReason")}
                </pre>
                <p className="mt-1 text-xs text-slate-700">
                  {t("jobId")}: <code>{j.id}</code>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
