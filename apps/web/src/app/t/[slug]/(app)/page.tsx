import { Badge, Card, EmptyState, PageHeader } from "@zorgzaam/ui";
import { pluginList } from "@zorgzaam/platform";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { moduleCaller } from "@/trpc/server";
import { getTenant } from "@/lib/tenant";

export default async function TenantHome({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const home = await getTenant(slug);
  const t = await getTranslations();
  const can = (p: string) => home.permissions.includes(p);
  const caller = await moduleCaller(slug);
  // Cards of the enabled modules, for members with each card's permission (computed on the server).
  const cards = pluginList
    .filter((p) => home.enabledModules.includes(p.manifest.id))
    .flatMap((plugin) =>
      (plugin.ui.cards ?? []).filter((c) => can(c.permission)).map((c, i) => ({ key: `${plugin.manifest.id}-${i}`, Card: c.component })),
    );
  return (
    <>
      <PageHeader
        title={t("home.welcome", { tenant: home.tenant.name })}
        description={home.roles.map((r) => t(`roles.${r}` as "roles.admin")).join(", ")}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={t("home.neighbourhoods")}>
          {home.neighbourhoods.length === 0 ? (
            <p className="text-slate-700">{t("home.noNeighbourhoods")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {home.neighbourhoods.map((n) => (
                <li key={n.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  {can("core.neighbourhoods.view") ? (
                    <Link href={`/t/${slug}/neighbourhoods/${n.id}`}>{n.name}</Link>
                  ) : (
                    <span>{n.name}</span>
                  )}
                  <span className="flex gap-2 text-sm text-slate-700">
                    {can("core.people.view") ? <span>{t("home.people", { count: n.people })}</span> : null}
                    {n.hasBoundary ? null : <Badge tone="warn">{t("home.noBoundary")}</Badge>}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
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
      <section className="mt-6" aria-labelledby="modules-title">
        <h2 id="modules-title" className="mb-3 text-xl font-semibold">
          {t("home.modules")}
        </h2>
        {cards.length === 0 ? (
          <EmptyState title={t("home.modules")}>{t("home.modulesEmpty")}</EmptyState>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {cards.map(({ key, Card: ModuleCard }) => (
              <ModuleCard key={key} slug={slug} permissions={home.permissions} caller={caller} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
