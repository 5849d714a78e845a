import { Button, EmptyState, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { decidePublicFile } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quarantine"))("title") };
}

/**
 * Photos sent with public forms (a help request's photo) wait here until someone with core.files.review accepts them;
 * nobody else sees them before. Rejecting deletes the file.
 */
export default async function QuarantinePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePermission(slug, "core.files.review");
  const t = await getTranslations("quarantine");
  const format = await getFormatter();
  const files = await orPage(async () => (await api(slug)).files.quarantine());
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <p>
        <Link href={`/t/${slug}/contact`} className="underline">
          {t("back")}
        </Link>
      </p>
      {files.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {files.map((f) => (
            <li key={f.id} className="min-w-0 rounded-lg border border-slate-300 p-3">
              <a href={f.url} target="_blank" rel="noreferrer" className="block">
                {f.thumbUrl ? (
                  // biome-ignore lint/performance/noImgElement: signed, short-lived links; next/image would cache them
                  <img src={f.thumbUrl} alt={t("photoAlt", { name: f.name })} className="aspect-square w-full rounded object-cover" />
                ) : (
                  <span className="flex aspect-square w-full items-center justify-center rounded bg-slate-100 font-semibold">{f.name}</span>
                )}
              </a>
              <p className="mt-2 break-words text-sm text-slate-900">{f.name}</p>
              <p className="text-sm text-slate-700">
                {t("sentOn", { date: format.dateTime(f.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
                {f.personId ? (
                  <>
                    {" · "}
                    <Link href={`/t/${slug}/people/${f.personId}`} className="underline">
                      {t("person")}
                    </Link>
                  </>
                ) : null}
              </p>
              <div className="mt-3 flex flex-wrap gap-2">
                <form action={decidePublicFile}>
                  <input type="hidden" name="slug" value={slug} />
                  <input type="hidden" name="fileId" value={f.id} />
                  <input type="hidden" name="accept" value="yes" />
                  <Button type="submit" aria-label={t("acceptNamed", { name: f.name })}>
                    {t("accept")}
                  </Button>
                </form>
                <form action={decidePublicFile}>
                  <input type="hidden" name="slug" value={slug} />
                  <input type="hidden" name="fileId" value={f.id} />
                  <input type="hidden" name="accept" value="no" />
                  <Button type="submit" variant="secondary" aria-label={t("rejectNamed", { name: f.name })}>
                    {t("reject")}
                  </Button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="max-w-prose text-sm text-slate-700">{t("privacy")}</p>
    </div>
  );
}
