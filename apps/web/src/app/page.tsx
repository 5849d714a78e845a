import { Card, EmptyState, PageHeader } from "@zorgzaam/ui";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/auth/session";
import { AppShell } from "@/shell/app-shell";
import { serverApi } from "@/trpc/server";

/** After sign-in: straight into the only tenant, or a choice between several. */
export default async function RootPage() {
  const user = await getSessionUser();
  if (!user) redirect("/signin");
  const tenants = await (await serverApi()).me.tenants();
  const only = tenants[0];
  if (tenants.length === 1 && only) redirect(`/t/${only.slug}`);
  if (tenants.length === 0 && user.isOperator) redirect("/operator");
  const t = await getTranslations("home");
  return (
    <AppShell tenants={tenants} nav={[]} user={user} path="/">
      <PageHeader title={t("chooseTenant")} />
      {tenants.length === 0 ? (
        <EmptyState title={t("chooseTenant")}>{t("noTenants")}</EmptyState>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          {tenants.map((x) => (
            <Card key={x.slug}>
              <Link href={`/t/${x.slug}`} className="text-lg font-semibold">
                {x.name}
              </Link>
            </Card>
          ))}
        </div>
      )}
    </AppShell>
  );
}
