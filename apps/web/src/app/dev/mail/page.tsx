import { devMailEnabled, env, listDevMail } from "@zorgzaam/core";
import { Alert, Button, EmptyState, TextField } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Form from "next/form";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devMail"))("title"), robots: { index: false } };
}

/** Plain text with its http(s) links made clickable (nothing else is interpreted). */
function linkify(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /https?:\/\/[^\s<>"')\]]+/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const i = m.index ?? 0;
    if (i > last) out.push(text.slice(last, i));
    out.push(
      <a key={i} href={m[0]} className="break-all underline">
        {m[0]}
      </a>,
    );
    last = i + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/**
 * Development tool: the mail the local capture server caught, newest first, so that people and end-to-end tests can
 * follow sign-in and invitation links. Does not exist when capture is off, nor in a production build without the
 * DEV_MAIL_IN_PRODUCTION override (devMailEnabled), and shows only mail to demo addresses (isDemoRecipientList).
 */
export default async function DevMailPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!devMailEnabled(env())) notFound();
  const sp = await searchParams;
  const to = typeof sp.to === "string" ? sp.to.trim().slice(0, 320) : "";
  const mails = await listDevMail({ to: to || undefined, limit: 50, demoOnly: true });
  const t = await getTranslations("devMail");
  const format = await getFormatter();
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <div className="mt-3">
        <Alert>{t("notice")}</Alert>
      </div>
      <search className="mt-4 block">
        <Form action="/dev/mail" className="flex flex-wrap items-end gap-2">
          <div className="min-w-64 flex-1">
            <TextField id="devmail-to" name="to" type="search" label={t("filter")} defaultValue={to} />
          </div>
          <Button type="submit">{t("show")}</Button>
        </Form>
      </search>
      <p role="status" className="mt-4 text-slate-800">
        {t("count", { count: mails.length })}
      </p>
      {mails.length === 0 ? (
        <div className="mt-4">
          <EmptyState title={t("emptyTitle")}>{t("empty")}</EmptyState>
        </div>
      ) : (
        <ol className="mt-4 space-y-4">
          {mails.map((m) => (
            <li key={m.id}>
              <article className="rounded-xl border border-slate-300 bg-white p-4" aria-labelledby={`mail-${m.id}`}>
                <h2 id={`mail-${m.id}`} className="text-lg font-semibold">
                  {m.subject}
                </h2>
                <dl className="mt-1 grid grid-cols-[6rem_1fr] gap-x-2 text-sm text-slate-800">
                  <dt className="font-semibold">{t("to")}</dt>
                  <dd className="break-all">{m.to}</dd>
                  <dt className="font-semibold">{t("from")}</dt>
                  <dd className="break-all">{m.from}</dd>
                  <dt className="font-semibold">{t("time")}</dt>
                  <dd>
                    <time dateTime={m.createdAt.toISOString()}>
                      {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                    </time>
                  </dd>
                </dl>
                <pre className="mt-3 overflow-x-auto whitespace-pre-wrap break-words rounded-lg bg-slate-100 p-3 font-mono text-sm text-slate-900">
                  {linkify(m.text)}
                </pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
