import type { HomeFigure } from "@zorgzaam/core";
import { Card, PageHeader } from "@zorgzaam/ui";
import { manifests } from "@zorgzaam/platform/manifests";
import { homeOf } from "@zorgzaam/platform/home";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { homeFocus } from "@/home/focus";
import { moduleSummaries } from "@/home/module-summaries";
import { NeighbourhoodCards } from "@/home/neighbourhood-cards";
import { NothingForYou } from "@/home/nothing-for-you";
import { AttentionCard, EntryList, HomeCard, ModuleFailures } from "@/home/sections";
import { api, getTenant, orPage } from "@/lib/tenant";
import { moduleNavigation } from "@/shell/navigation";
import { moduleCallers } from "@/trpc/server";

/** The home sits in the workspace layout's own segment, where its title template does not apply: said in full. */
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { tenant } = await getTenant((await params).slug);
  return { title: { absolute: `${(await getTranslations("home"))("title")} · ${tenant.name}` } };
}

/**
 * "Mijn werk": the home of a workspace, shaped by the member's role (see home/focus.ts). Core gives the neighbourhoods,
 * people counts, what asks for attention and whom to contact; each enabled module adds its figures, lists and changes
 * through its declared home summary (contract: PluginUi.home). Module cards keep their place at the end.
 */
export default async function TenantHome({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const home = await getTenant(slug);
  const t = await getTranslations();
  const locale = (await getLocale()) as "nl" | "fr" | "en";
  const can = (p: string) => home.permissions.includes(p);
  const focus = homeFocus(home.roles);
  const overview = await orPage(async () => (await api(slug)).tenant.overview());
  const neighbourhoodIds = home.neighbourhoods.map((n) => n.id);
  const modules = await moduleSummaries({
    slug,
    enabledModules: home.enabledModules,
    permissions: home.permissions,
    focus,
    neighbourhoodIds,
  });
  const nameOf = (id: string) => {
    const m = manifests.find((x) => x.id === id);
    return m ? (m.name[locale] ?? m.name.nl) : id;
  };
  const summaries = modules.flatMap((m) => (m.summary ? [m.summary] : []));
  const failed = modules.filter((m) => m.summary === null).map((m) => nameOf(m.id));

  const coreAttention: HomeFigure[] = [];
  const withoutBoundary = home.neighbourhoods.filter((n) => !n.hasBoundary).length;
  if (withoutBoundary > 0 && can("core.neighbourhoods.manage")) {
    coreAttention.push({ label: t("home.withoutBoundary", { count: withoutBoundary }), href: `/t/${slug}/neighbourhoods`, tone: "warn" });
  }
  if (overview.withoutConsent) {
    coreAttention.push({ label: t("home.withoutConsent", { count: overview.withoutConsent }), href: `/t/${slug}/people`, tone: "warn" });
  }
  if (overview.openInvitations) {
    coreAttention.push({ label: t("home.openInvitations", { count: overview.openInvitations }), href: `/t/${slug}/members` });
  }
  const attention = [...coreAttention, ...summaries.flatMap((s) => s.attention ?? [])];
  const recent = summaries
    .flatMap((s) => s.recent ?? [])
    .sort((a, b) => (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0))
    .slice(0, 8);
  // The contact point's notice: new messages wait (for its members; the same messages are mailed in a digest).
  const cp = home.contactPoint;
  const contactMine = cp
    ? [
        {
          title: t("contactPoint.noticeTitle"),
          entries: cp.latest.map((m) => ({
            title: m.personName || t("contactPoint.anonymous"),
            detail: [m.reference, t(`contactPoint.source.${m.source}` as "contactPoint.source.contact_form"), m.neighbourhood]
              .filter(Boolean)
              .join(" · "),
            href: `/t/${slug}/contact/${m.id}`,
            at: m.createdAt,
          })),
          empty: t("contactPoint.noticeEmpty"),
          more: { label: t("contactPoint.noticeMore", { count: cp.count }), href: `/t/${slug}/contact?status=new` },
        },
      ]
    : [];
  const mine = [...contactMine, ...summaries.flatMap((s) => s.mine ?? [])];
  const glance = home.neighbourhoods.map((n) => ({
    id: n.id,
    name: n.name,
    hasBoundary: n.hasBoundary,
    people: can("core.people.view") ? n.people : null,
    newPeople: overview.neighbourhoods[n.id]?.newPeople ?? null,
    lastChangeAt: overview.neighbourhoods[n.id]?.lastChangeAt ?? null,
    figures: summaries.flatMap((s) => s.neighbourhoods?.[n.id] ?? []),
  }));

  // Cards of the enabled modules, for members with each card's permission (computed on the server).
  const callers = await moduleCallers(slug);
  const enabled = manifests.filter((m) => home.enabledModules.includes(m.id));
  const cards = (await Promise.all(enabled.map(async (m) => ({ id: m.id, ui: await homeOf(m.id) })))).flatMap(({ id, ui }) =>
    (ui?.cards ?? []).filter((c) => can(c.permission)).map((c, i) => ({ key: `${id}-${i}`, id, Card: c.component })),
  );
  const nothingForYou =
    cards.length === 0 &&
    moduleNavigation(
      manifests.map((manifest) => ({ manifest })),
      home.enabledModules,
      home.permissions,
    ).length === 0;
  const roles = home.roles.map((r) => t(`roles.${r}` as "roles.admin")).join(", ");

  const mineCards = mine.map((m) => (
    <HomeCard key={m.title} title={m.title} more={m.more}>
      <EntryList entries={m.entries} empty={m.empty} />
    </HomeCard>
  ));
  const recentCard =
    summaries.some((s) => s.recent) || focus === "field_worker" ? (
      <HomeCard title={focus === "field_worker" ? t("home.changedInYours") : t("home.recent")}>
        <EntryList entries={recent} empty={t("home.noRecent")} />
      </HomeCard>
    ) : null;
  const neighbourhoodsSection = (title: string) => (
    <section aria-labelledby="home-neighbourhoods" className="mb-6">
      <h2 id="home-neighbourhoods" className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      <NeighbourhoodCards slug={slug} items={glance} recentDays={overview.recentDays} linkToPage={can("core.neighbourhoods.view")} />
    </section>
  );

  return (
    <>
      <PageHeader title={t("home.title")} description={t("home.intro", { tenant: home.tenant.name, roles })} />
      <ModuleFailures names={failed} />
      {nothingForYou ? (
        <div className="mb-6">
          <NothingForYou
            slug={slug}
            tenant={home.tenant.name}
            roles={roles}
            enabledModuleNames={home.enabledModules.map(nameOf)}
            contacts={overview.contacts}
          />
        </div>
      ) : null}

      {focus === "coordinator" ? (
        <>
          <div className="mb-6 grid gap-4 md:grid-cols-2">
            <AttentionCard figures={attention} />
            {mineCards}
          </div>
          {neighbourhoodsSection(t("home.atAGlance"))}
          <div className="mb-6 grid gap-4 md:grid-cols-2">
            {recentCard}
            <Card title={t("home.organisations")}>
              {home.organisations.length === 0 ? (
                <p className="text-slate-700">{t("home.noOrganisations")}</p>
              ) : (
                <ul className="divide-y divide-slate-200">
                  {home.organisations.map((o) => (
                    <li key={o.id} className="py-2">
                      {o.name}
                      {o.kind ? <span className="text-sm text-slate-700"> · {o.kind}</span> : null}
                    </li>
                  ))}
                </ul>
              )}
              <p className="mt-3 text-sm text-slate-700">{t("home.members", { count: home.memberCount })}</p>
            </Card>
          </div>
        </>
      ) : null}

      {focus === "field_worker" ? (
        <>
          {neighbourhoodsSection(t("home.yourNeighbourhoods"))}
          <div className="mb-6 grid gap-4 md:grid-cols-2">
            {recentCard}
            {mineCards}
            {attention.length > 0 ? <AttentionCard figures={attention} /> : null}
          </div>
        </>
      ) : null}

      {focus === "partner" || focus === "volunteer" ? (
        <>
          {mineCards.length > 0 ? (
            <section aria-labelledby="home-today" className="mb-6">
              <h2 id="home-today" className="mb-3 text-xl font-semibold">
                {focus === "partner" ? t("home.forYourOrganisation") : t("home.today")}
              </h2>
              <div className="grid gap-4 md:grid-cols-2">{mineCards}</div>
            </section>
          ) : null}
          {home.neighbourhoods.length > 0 ? neighbourhoodsSection(t("home.neighbourhoods")) : null}
        </>
      ) : null}

      {cards.length > 0 ? (
        <section className="mt-6" aria-labelledby="modules-title">
          <h2 id="modules-title" className="mb-3 text-xl font-semibold">
            {t("home.modules")}
          </h2>
          <div className="grid gap-4 md:grid-cols-2">
            {cards.map(({ key, id, Card: ModuleCard }) => (
              <ModuleCard key={key} slug={slug} permissions={home.permissions} {...callers(id)} />
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
