import { permissionLabelKey } from "@zorgzaam/core";
import { Alert, PageHeader } from "@zorgzaam/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { api, orPage, requirePermission } from "@/lib/tenant";
import { RoleMatrix } from "./role-matrix";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rolesPage"))("title") };
}

export default async function RolesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const home = await requirePermission(slug, "core.roles.manage");
  const matrix = await orPage(async () => (await api(slug)).roles.matrix());
  const t = await getTranslations("rolesPage");
  const tRole = await getTranslations("roles");
  const tAll = await getTranslations();
  // Core labels live in "permissions.*"; a module's in "<module id>.permissions.*" of its own catalog.
  const label = (key: string) => {
    const k = permissionLabelKey(key);
    const scope = key.split(".")[0] ?? "core";
    const path = scope === "core" ? `permissions.${k}` : `${scope}.permissions.${k}`;
    return tAll.has(path as never) ? tAll(path as never) : key;
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="mb-4">
        <Alert tone="info">
          {t("audited")}{" "}
          {home.permissions.includes("core.audit.view") ? <Link href={`/t/${slug}/audit?action=roles.`}>{t("toAudit")}</Link> : null}
        </Alert>
      </div>
      <RoleMatrix
        roles={matrix.roles.map((r) => ({ key: r, label: tRole.has(r) ? tRole(r) : r }))}
        permissions={matrix.permissions.map((p) => ({ ...p, label: label(p.key) }))}
        grants={matrix.grants}
      />
    </>
  );
}
