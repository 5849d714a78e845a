import { Badge, Card, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { STATUS_TONE, type Status } from "../statuses";
import { MessageActions } from "./message-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contactPoint"))("messageTitle") };
}

/** One message to the contact point: what the resident wrote, how to reach them, the replies, and what to do next. */
export default async function ContactMessagePage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  await requirePermission(slug, "core.contact.view");
  const t = await getTranslations("contactPoint");
  const format = await getFormatter();
  const m = await orPage(async () => (await api(slug)).contact.get({ id }));
  const name = `${m.person.firstName} ${m.person.lastName}`.trim();
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/t/${slug}/contact`} className="inline-flex min-h-11 items-center text-teal-900 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader
        title={t("messageFrom", { name })}
        description={`${m.reference} · ${format.dateTime(m.createdAt, { dateStyle: "long", timeStyle: "short" })}`}
      />
      <p>
        <Badge tone={STATUS_TONE[m.status as Status] ?? "neutral"}>{t(`status.${m.status as Status}`)}</Badge>
      </p>
      <Card title={t("message")}>
        <p className="whitespace-pre-wrap break-words">{m.body}</p>
      </Card>
      <Card title={t("contactDetails")}>
        <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("name")}</dt>
          <dd>
            <Link href={`/t/${slug}/people/${m.person.id}`} className="text-teal-900 underline">
              {name}
            </Link>
          </dd>
          <dt className="font-semibold">{t("email")}</dt>
          <dd className="break-all">{m.person.email ?? "—"}</dd>
          <dt className="font-semibold">{t("phone")}</dt>
          <dd>{m.person.phone ?? "—"}</dd>
          <dt className="font-semibold">{t("neighbourhood")}</dt>
          <dd>{m.neighbourhood?.name ?? "—"}</dd>
          <dt className="font-semibold">{t("language")}</dt>
          <dd>{m.locale.toUpperCase()}</dd>
        </dl>
      </Card>
      {m.replies.length ? (
        <Card title={t("replies")}>
          <ul className="space-y-3">
            {m.replies.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 p-3">
                <p className="text-sm text-slate-700">
                  {format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "short" })} · {r.sentBy?.name ?? r.sentBy?.email ?? "—"}
                </p>
                <p className="whitespace-pre-wrap break-words">{r.body}</p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <MessageActions
        message={{ id: m.id, status: m.status, ownerMembershipId: m.ownerMembershipId, notes: m.notes, hasEmail: Boolean(m.person.email) }}
        members={m.members}
        canHandle={m.canHandle}
        canNotes={m.canNotes}
      />
    </div>
  );
}
