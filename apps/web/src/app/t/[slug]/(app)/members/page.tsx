import { ROLES } from "@zorgzaam/core";
import { Badge, buttonClass, Card, EmptyState, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { InvitationActions } from "./invitation-actions";
import { InviteForm } from "./invite-form";
import { MemberEditor } from "./member-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const home = await requirePermission(slug, "core.members.view");
  const canManage = home.permissions.includes("core.members.manage");
  const trpc = await api(slug);
  const [members, invitations] = await Promise.all([orPage(() => trpc.members.list()), orPage(() => trpc.invitations.list())]);
  const t = await getTranslations("members");
  const tRole = await getTranslations("roles");
  const format = await getFormatter();
  const roleName = (r: string) => (tRole.has(r) ? tRole(r) : r);
  const options = {
    roles: ROLES.map((r) => ({ value: r, label: roleName(r) })),
    organisations: home.organisations.map((o) => ({ id: o.id, name: o.name })),
    neighbourhoods: home.neighbourhoods.map((n) => ({ id: n.id, name: n.name })),
  };

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          canManage ? (
            // On a phone the form is far below the list.
            <a href="#invite" className={buttonClass("primary", "lg:hidden")}>
              {t("inviteTitle")}
            </a>
          ) : null
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <div className="space-y-6">
          <section aria-labelledby="members-title" className="rounded-xl border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
            <h2 id="members-title" className="mb-3 text-lg font-semibold">
              {t("listTitle", { count: members.length })}
            </h2>
            {members.length === 0 ? (
              <EmptyState title={t("emptyTitle")}>{t("empty")}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-200">
                {members.map((m) => {
                  const name = m.user.name ?? m.user.email;
                  return (
                    <li key={m.id} className="py-3">
                      <div className="flex flex-wrap items-baseline gap-x-2">
                        <h3 className="font-semibold text-slate-900">{name}</h3>
                        {m.isSelf ? <Badge>{t("you")}</Badge> : null}
                      </div>
                      <p className="break-all text-sm text-slate-700">{m.user.email}</p>
                      <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
                        <dt className="font-semibold text-slate-800">{t("roles")}</dt>
                        <dd className="flex flex-wrap gap-1">
                          {m.roles.map((r) => (
                            <Badge key={r}>{roleName(r)}</Badge>
                          ))}
                        </dd>
                        <dt className="font-semibold text-slate-800">{t("organisation")}</dt>
                        <dd>{m.organisation?.name ?? t("noOrganisation")}</dd>
                        <dt className="font-semibold text-slate-800">{t("neighbourhoods")}</dt>
                        <dd>{m.neighbourhoods.length === 0 ? t("allNeighbourhoods") : m.neighbourhoods.map((n) => n.name).join(", ")}</dd>
                      </dl>
                      {canManage ? (
                        <MemberEditor
                          member={{
                            id: m.id,
                            name,
                            roles: m.roles,
                            organisationId: m.organisation?.id ?? null,
                            neighbourhoodIds: m.neighbourhoods.map((n) => n.id),
                            isSelf: m.isSelf,
                          }}
                          options={options}
                        />
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>

          <section aria-labelledby="invitations-title" className="rounded-xl border border-slate-300 bg-white p-4 shadow-sm sm:p-5">
            <h2 id="invitations-title" className="mb-3 text-lg font-semibold">
              {t("invitationsTitle", { count: invitations.length })}
            </h2>
            {invitations.length === 0 ? (
              <p className="text-slate-700">{t("noInvitations")}</p>
            ) : (
              <ul className="divide-y divide-slate-200">
                {invitations.map((inv) => {
                  const expired = inv.expiresAt < new Date();
                  return (
                    <li key={inv.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                      <div className="min-w-0">
                        <h3 className="break-all font-semibold">{inv.email}</h3>
                        <p className="text-sm text-slate-700">
                          {inv.roles.map(roleName).join(", ")}
                          {inv.organisation ? ` · ${inv.organisation.name}` : ""}
                        </p>
                        <p className="text-sm text-slate-700">
                          {expired ? (
                            <Badge tone="warn">{t("expired")}</Badge>
                          ) : (
                            t("expires", { date: format.dateTime(inv.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })
                          )}
                        </p>
                      </div>
                      {canManage ? <InvitationActions id={inv.id} email={inv.email} /> : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </div>

        {canManage ? (
          <div id="invite" className="scroll-mt-4">
            <Card title={t("inviteTitle")}>
              <InviteForm options={options} defaultLocale={home.tenant.defaultLocale} />
            </Card>
          </div>
        ) : null}
      </div>
    </>
  );
}
