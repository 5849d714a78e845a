import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { currentPath } from "@/lib/path";
import { Procedures } from "@/server/procedures";
import { AppShell } from "@/shell/app-shell";
import { serverApi } from "@/trpc/server";
import { requireOperator } from "./guard";

export default async function OperatorLayout({ children }: { children: ReactNode }) {
  const user = await requireOperator();
  const t = await getTranslations("operator");
  const tenants = await (await serverApi()).me.tenants();
  const nav = [
    { href: "/operator", label: t("navTenants") },
    { href: "/operator/jobs", label: t("navJobs") },
  ];
  return (
    <Procedures>
      <AppShell tenants={tenants} nav={nav} user={user} path={await currentPath()}>
        {children}
      </AppShell>
    </Procedures>
  );
}
