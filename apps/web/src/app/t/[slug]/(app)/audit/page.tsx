import { Alert, Button, buttonClass, DataTable, EmptyState, PageHeader, SelectField, TextField } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { auditEventLabelKey, auditTargetLabelKey, CORE_AUDIT_SUBJECTS } from "@zorgzaam/core";
import { webPlatform } from "@/server/platform";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Form from "next/form";
import Link from "next/link";
import { Pagination, pageParam } from "@/components/pagination";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { endOfDay, startOfDay } from "@/lib/zoned-day";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE_SIZE = 50;

/** Subjects (action prefixes: core's, then one per module) and the events people most often look for. */
const prefixes = (): readonly string[] => [...CORE_AUDIT_SUBJECTS, ...webPlatform().plugins.map((p) => `${p.manifest.id}.`)];
const ACTIONS = [
  "person.sensitive_read",
  "person.created",
  "person.updated",
  "consent.given",
  "consent.withdrawn",
  "roles.permission_changed",
  "member.updated",
  "member.removed",
  "invitation.created",
  "invitation.accepted",
  "invitation.revoked",
  "tenant.settings_updated",
];

/** Targets that have a page of their own. */
const LINKS: Record<string, string> = { Person: "people", Neighbourhood: "neighbourhoods" };

/** The event's extra data (which permission, which fields...), folded away. */
function Details({ data, label }: { data: unknown; label: string }) {
  if (data === null || data === undefined || (typeof data === "object" && Object.keys(data as object).length === 0)) return null;
  return (
    <details className="mt-1 text-xs">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-teal-900">{label}</summary>
      <pre className="mt-1 max-w-md overflow-x-auto whitespace-pre-wrap break-words rounded bg-slate-100 p-2">
        {JSON.stringify(data, null, 1)}
      </pre>
    </details>
  );
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Search = { actor?: string; action?: string; from?: string; to?: string; page?: string };

export default async function AuditPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const { slug } = await params;
  const sp = await searchParams;
  await requirePermission(slug, "core.audit.view");
  const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");
  const filters = {
    actor: UUID.test(str(sp.actor)) ? str(sp.actor) : "",
    action: /^[a-z_.]{1,100}$/.test(str(sp.action)) ? str(sp.action) : "",
    from: startOfDay(str(sp.from)) ? str(sp.from) : "",
    to: startOfDay(str(sp.to)) ? str(sp.to) : "",
  };
  const page = pageParam(str(sp.page));
  const trpc = await api(slug);
  const [result, actors] = await Promise.all([
    orPage(() =>
      trpc.audit.list({
        page,
        pageSize: PAGE_SIZE,
        actorUserId: filters.actor || undefined,
        action: filters.action || undefined,
        from: startOfDay(filters.from) ?? undefined,
        to: endOfDay(filters.to) ?? undefined,
      }),
    ),
    orPage(() => trpc.audit.actors()),
  ]);
  const t = await getTranslations("audit");
  // Core's and every module's labels (a module's catalog sits under its id), said in the reader's language.
  const all = await getTranslations();
  const locale = (await getLocale()) as "nl" | "fr" | "en";
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const base = `/t/${slug}/audit`;
  const actionLabel = (a: string) => {
    const module = webPlatform().plugins.find((p) => a === `${p.manifest.id}.`);
    if (module) return module.manifest.name[locale];
    const k = auditEventLabelKey(a, webPlatform().plugins);
    return k && all.has(k as never) ? all(k as never) : a;
  };
  const targetLabel = (type: string) => {
    const k = auditTargetLabelKey(type, webPlatform().plugins);
    return k && all.has(k as never) ? all(k as never) : type;
  };
  type Event = (typeof result.items)[number];
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" });
  const actorOf = (e: Event) =>
    e.actor ? (
      <span>
        {e.actor.name ?? e.actor.email}
        {e.actor.name ? <span className="block text-xs text-slate-700">{e.actor.email}</span> : null}
      </span>
    ) : (
      t("system")
    );
  const targetOf = (e: Event) => {
    if (!e.targetType) return <span className="text-slate-600">{t("noTarget")}</span>;
    const link = LINKS[e.targetType];
    return (
      <span>
        <span className="block">{targetLabel(e.targetType)}</span>
        {e.targetId && link ? (
          <Link href={`/t/${slug}/${link}/${e.targetId}`} className="text-xs">
            {t("open")} <code>{e.targetId.slice(0, 8)}</code>
          </Link>
        ) : e.targetId ? (
          <code className="text-xs text-slate-700" title={e.targetId}>
            {e.targetId.length > 13 ? `${e.targetId.slice(0, 8)}…` : e.targetId}
          </code>
        ) : null}
      </span>
    );
  };
  const filtered = Object.values(filters).some(Boolean);
  const knownAction = filters.action === "" || prefixes().includes(filters.action) || ACTIONS.includes(filters.action);

  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <search className="mb-6 block">
        <Form
          action={base}
          className="grid gap-3 rounded-xl border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_1fr_auto_auto_auto] lg:items-end"
        >
          <SelectField id="audit-actor" name="actor" label={t("actor")} defaultValue={filters.actor}>
            <option value="">{t("allActors")}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name ? `${a.name} (${a.email})` : a.email}
              </option>
            ))}
          </SelectField>
          <SelectField id="audit-action" name="action" label={t("action")} defaultValue={filters.action}>
            <option value="">{t("allActions")}</option>
            {knownAction ? null : <option value={filters.action}>{filters.action}</option>}
            <optgroup label={t("subjects")}>
              {prefixes().map((p) => (
                <option key={p} value={p}>
                  {actionLabel(p)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("events")}>
              {ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {actionLabel(a)}
                </option>
              ))}
            </optgroup>
          </SelectField>
          <TextField id="audit-from" name="from" type="date" label={t("from")} defaultValue={filters.from} />
          <TextField id="audit-to" name="to" type="date" label={t("to")} defaultValue={filters.to} />
          <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-1">
            <Button type="submit">{t("filter")}</Button>
            {filtered ? (
              <Link href={base} className={buttonClass("ghost")}>
                {t("clearFilters")}
              </Link>
            ) : null}
          </div>
        </Form>
      </search>
      <p className="mb-3 text-sm text-slate-700">{t("appendOnly")}</p>
      <p role="status" className="mb-3 text-slate-800">
        {tc("results", { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <EmptyState title={filtered ? t("noMatchesTitle") : t("emptyTitle")}>{filtered ? t("noMatches") : t("empty")}</EmptyState>
      ) : (
        <>
          {/* Phones: one card per event; wider screens: a table. */}
          <ul className="space-y-2 md:hidden" aria-label={t("caption")}>
            {result.items.map((e) => (
              <li key={e.id} className="rounded-xl border border-slate-300 bg-white p-3">
                <p className="font-semibold">{actionLabel(e.action)}</p>
                <p className="text-sm text-slate-800">
                  <time dateTime={e.createdAt.toISOString()}>{when(e.createdAt)}</time>
                </p>
                <div className="mt-1 text-sm">{actorOf(e)}</div>
                <div className="mt-1 text-sm text-slate-700">{targetOf(e)}</div>
                <Details data={e.data} label={t("details")} />
              </li>
            ))}
          </ul>
          <div className="hidden md:block">
            <DataTable caption={t("caption")}>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col">{t("when")}</th>
                  <th scope="col">{t("who")}</th>
                  <th scope="col">{t("what")}</th>
                  <th scope="col">{t("target")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {result.items.map((e) => (
                  <tr key={e.id} className="align-top">
                    <td className="whitespace-nowrap">
                      <time dateTime={e.createdAt.toISOString()}>{when(e.createdAt)}</time>
                    </td>
                    <td>{actorOf(e)}</td>
                    <td>
                      <span className="block">{actionLabel(e.action)}</span>
                      <code className="text-xs text-slate-700">{e.action}</code>
                      {e.reason ? <span className="block text-xs">{t("reason", { reason: e.reason })}</span> : null}
                      <Details data={e.data} label={t("details")} />
                    </td>
                    <td>{targetOf(e)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </div>
        </>
      )}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} basePath={base} query={filters} />
      {result.total > 0 && page > Math.ceil(result.total / PAGE_SIZE) ? <Alert>{t("pastEnd")}</Alert> : null}
    </>
  );
}
