import { Alert, Badge, Card, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSessionUser } from "@/auth/session";
import { DetailList } from "@/components/detail-list";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { isPersonKind, languageNamer } from "../kinds";
import { ConsentForm, WithdrawConsent } from "./consent";
import { EditPerson } from "./edit-person";
import { MergePerson } from "./merge-person";
import { PersonalDataActions } from "./personal-data-actions";
import { PersonFiles } from "./person-files";
import { ModulePersonSections } from "./module-sections";
import { env } from "@zorgzaam/core";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("detailTitle") };
}

export default async function PersonPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const home = await requirePermission(slug, "core.people.view");
  if (!UUID.test(id)) notFound();
  const can = (p: string) => home.permissions.includes(p);
  const trpc = await api(slug);
  const [p, members, me, purposes, files] = await Promise.all([
    orPage(() => trpc.people.get({ id })),
    can("core.members.view") ? orPage(() => trpc.members.list()) : Promise.resolve([]),
    getSessionUser(),
    orPage(() => trpc.consentPurposes.list()),
    orPage(() => trpc.files.forPerson({ personId: id })),
  ]);
  const t = await getTranslations("people");
  const tk = await getTranslations("personKinds");
  const tm = await getTranslations("consent");
  const format = await getFormatter();
  const locale = (await getLocale()) as "nl" | "fr" | "en";
  const langName = languageNamer(locale);
  const purposeLabel = (key: string) => purposes.find((x) => x.key === key)?.label[locale] ?? key;
  const names = new Map(members.map((m) => [m.user.id, m.user.name ?? m.user.email]));
  const who = (userId: string | null) => {
    if (!userId) return t("unknownMember");
    if (userId === me?.userId) return t("you");
    return names.get(userId) ?? t("otherMember");
  };
  const name = `${p.firstName} ${p.lastName}`.trim();
  const dash = <span className="text-slate-600">{t("notGiven")}</span>;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <>
      <p className="mb-2">
        <Link href={`/t/${slug}/people`}>← {t("backToList")}</Link>
      </p>
      <PageHeader title={name} description={t("registered", { date: date(p.createdAt), updated: date(p.updatedAt) })} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2 lg:items-start">
        <Card title={t("contact")}>
          <DetailList
            items={[
              { label: t("email"), value: p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : dash },
              { label: t("phone"), value: p.phone ? <a href={`tel:${p.phone.replace(/\s+/g, "")}`}>{p.phone}</a> : dash },
              { label: t("address"), value: p.address ?? dash },
            ]}
          />
        </Card>
        <Card title={t("about")}>
          <DetailList
            items={[
              {
                label: t("kinds"),
                value: p.kinds.length ? (
                  <span className="flex flex-wrap gap-1">
                    {p.kinds.map((k) => (
                      <Badge key={k}>{isPersonKind(k) ? tk(k) : k}</Badge>
                    ))}
                  </span>
                ) : (
                  dash
                ),
              },
              { label: t("languages"), value: p.languages.length ? p.languages.map(langName).join(", ") : dash },
              { label: t("neighbourhood"), value: p.neighbourhood?.name ?? dash },
              { label: t("organisation"), value: p.organisation?.name ?? dash },
            ]}
          />
        </Card>
        <Card title={t("notes")}>
          {p.notesHidden ? (
            <p className="text-slate-800">{t("notesHidden")}</p>
          ) : p.notes ? (
            <>
              <p className="whitespace-pre-wrap text-slate-900">{p.notes}</p>
              <p className="mt-3 text-sm text-slate-700">{t("notesLogged")}</p>
            </>
          ) : (
            <p className="text-slate-700">{t("noNotes")}</p>
          )}
        </Card>
        <PersonFiles slug={slug} personId={p.id} files={files} canManage={can("core.people.manage")} maxMb={env().FILES_MAX_MB} />
        <ModulePersonSections
          slug={slug}
          personId={p.id}
          personName={name}
          enabledModules={home.enabledModules}
          permissions={home.permissions}
        />
        {can("core.people.manage") ? (
          <EditPerson
            slug={slug}
            person={{
              id: p.id,
              firstName: p.firstName,
              lastName: p.lastName,
              email: p.email,
              phone: p.phone,
              address: p.address,
              languages: p.languages,
              kinds: p.kinds,
              neighbourhoodId: p.neighbourhoodId,
              organisationId: p.organisationId,
              notes: p.notes,
            }}
            neighbourhoods={home.neighbourhoods.map((n) => ({ id: n.id, name: n.name }))}
            organisations={home.organisations.map((o) => ({ id: o.id, name: o.name }))}
            canSeeNotes={can("core.people.sensitive")}
            neighbourhoodRequired={home.neighbourhoodScoped}
          />
        ) : null}
      </div>

      <section aria-labelledby="consents-title" className="mt-8">
        <h2 id="consents-title" className="mb-1 text-xl font-semibold">
          {tm("title")}
        </h2>
        <p className="mb-3 max-w-prose text-slate-700">{tm("intro")}</p>
        {p.consents.length === 0 ? (
          <Alert>{tm("none")}</Alert>
        ) : (
          <ul className="space-y-2" aria-label={tm("caption", { name })}>
            {p.consents.map((c) => (
              <li
                key={c.id}
                className="flex flex-wrap items-start justify-between gap-3 rounded-xl border border-slate-300 bg-white p-3 sm:p-4"
              >
                <div className="min-w-0 flex-1">
                  <p className="font-semibold">{purposeLabel(c.purpose)}</p>
                  {c.note ? <p className="mt-1 whitespace-pre-line break-words text-slate-800">{c.note}</p> : null}
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-slate-800">
                    <dt className="font-semibold">{tm("method")}</dt>
                    <dd>{tm.has(`methods.${c.method}`) ? tm(`methods.${c.method}`) : c.method}</dd>
                    <dt className="font-semibold">{tm("givenAt")}</dt>
                    <dd>{date(c.givenAt)}</dd>
                    <dt className="font-semibold">{tm("recordedBy")}</dt>
                    <dd>{who(c.recordedById)}</dd>
                    <dt className="font-semibold">{tm("status")}</dt>
                    <dd>
                      {c.withdrawnAt ? (
                        <Badge tone="bad">{tm("withdrawnOn", { date: date(c.withdrawnAt) })}</Badge>
                      ) : (
                        <Badge tone="good">{tm("active")}</Badge>
                      )}
                    </dd>
                  </dl>
                </div>
                {can("core.consents.manage") && !c.withdrawnAt ? <WithdrawConsent id={c.id} purpose={purposeLabel(c.purpose)} /> : null}
              </li>
            ))}
          </ul>
        )}
        {can("core.consents.manage") ? (
          <section
            aria-labelledby="consent-record-title"
            className="mt-4 max-w-2xl rounded-xl border border-slate-300 bg-white p-4 shadow-sm sm:p-5"
          >
            <h3 id="consent-record-title" className="mb-3 text-lg font-semibold">
              {tm("recordTitle")}
            </h3>
            <ConsentForm personId={p.id} purposes={purposes.filter((x) => x.active).map((x) => ({ key: x.key, label: x.label[locale] }))} />
          </section>
        ) : null}
      </section>

      {can("core.people.manage") ? <MergePerson slug={slug} personId={p.id} name={name} /> : null}

      {can("core.people.export") || can("core.people.erase") ? (
        <PersonalDataActions
          slug={slug}
          personId={p.id}
          name={name}
          canExport={can("core.people.export")}
          canErase={can("core.people.erase")}
        />
      ) : null}
    </>
  );
}
