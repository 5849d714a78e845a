import { Badge, DataTable, EmptyState, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { STATUS_TONE, STATUSES, type Status } from "./statuses";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contactPoint"))("title") };
}

/** The contact point's inbox: messages from the public contact form, newest first, per status. */
export default async function ContactInbox({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ status?: string }>;
}) {
  const { slug } = await params;
  const sp = await searchParams;
  const home = await requirePermission(slug, "core.contact.view");
  const status = STATUSES.find((s) => s === sp.status);
  const t = await getTranslations("contactPoint");
  const format = await getFormatter();
  const data = await orPage(async () => (await api(slug)).contact.list(status ? { status } : undefined));
  const base = `/t/${slug}/contact`;
  // Photos sent with public forms wait for someone who may check them.
  const waiting = home.permissions.includes("core.files.review") ? (await (await api(slug)).files.quarantine()).length : 0;
  const tq = await getTranslations("quarantine");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro", { url: `/${slug}` })} />
      {waiting > 0 ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <Link href={`${base}/files`} className="font-semibold underline">
            {tq("waiting", { count: waiting })}
          </Link>
        </p>
      ) : null}
      <nav aria-label={t("filter")}>
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...STATUSES].map((s) => (
            <li key={s ?? "all"}>
              <Link
                href={s ? `${base}?status=${s}` : base}
                aria-current={s === status ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 aria-[current=page]:border-teal-800 aria-[current=page]:bg-teal-50 aria-[current=page]:font-semibold"
              >
                {s ? `${t(`status.${s}`)} (${data.counts[s] ?? 0})` : t("all")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {data.items.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <DataTable caption={t("title")}>
          <thead>
            <tr>
              <th scope="col">{t("received")}</th>
              <th scope="col">{t("from")}</th>
              <th scope="col">{t("message")}</th>
              <th scope="col">{t("neighbourhood")}</th>
              <th scope="col">{t("statusLabel")}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((m) => (
              <tr key={m.id}>
                <td>{format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
                <td>
                  <Link href={`${base}/${m.id}`} className="font-semibold text-teal-900 underline">
                    {m.personName || t("anonymous")}
                  </Link>
                  <div className="text-sm text-slate-700">{m.reference}</div>
                </td>
                <td className="break-words">{m.body}</td>
                <td>{m.neighbourhood?.name ?? "—"}</td>
                <td>
                  <Badge tone={STATUS_TONE[m.status as Status] ?? "neutral"}>{t(`status.${m.status as Status}`)}</Badge>
                  {m.ownerName ? <div className="text-sm text-slate-700">{m.ownerName}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
