"use client";
import { Badge, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";

interface Permission {
  key: string;
  label: string;
  sensitive: boolean;
  defaultRoles: string[];
}

// The server refuses this change: admins must keep the right to manage roles.
const LOCKED = { role: "admin", permission: "core.roles.manage" };

/** Permissions (rows) by roles (columns); each change is saved at once and audit-logged. */
export function RoleMatrix({
  roles,
  permissions,
  grants: initial,
}: {
  roles: { key: string; label: string }[];
  permissions: Permission[];
  grants: Record<string, string[]>;
}) {
  const t = useTranslations("rolesPage");
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const set = useCall(client.roles.set.mutate);
  const [grants, setGrants] = useState(() => Object.fromEntries(Object.entries(initial).map(([r, ps]) => [r, new Set(ps)])));
  const [busy, setBusy] = useState<string | null>(null);

  function toggle(role: { key: string; label: string }, p: Permission, granted: boolean) {
    const cell = `${role.key}:${p.key}`;
    const apply = (on: boolean) =>
      setGrants((g) => {
        const next = new Set(g[role.key]);
        if (on) next.add(p.key);
        else next.delete(p.key);
        return { ...g, [role.key]: next };
      });
    apply(granted);
    setBusy(cell);
    set.run(
      { role: role.key as "admin", permission: p.key, granted },
      {
        onSuccess: () => {
          done(t(granted ? "granted" : "revoked", { role: role.label, permission: p.label }));
        },
        onError: (e) => {
          apply(!granted);
          failed(e);
        },
        onSettled: () => setBusy(null),
      },
    );
  }

  return (
    <>
      <div className="overflow-x-auto rounded-xl border border-slate-300 bg-white">
        <table className="min-w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-slate-300 bg-slate-50">
              <th scope="col" className="sticky left-0 z-10 bg-slate-50 px-3 py-3 font-semibold">
                {t("permission")}
              </th>
              {roles.map((r) => (
                <th key={r.key} scope="col" className="px-2 py-3 text-center font-semibold">
                  {r.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {permissions.map((p) => {
              const changed = roles.some((r) => grants[r.key]?.has(p.key) !== p.defaultRoles.includes(r.key));
              return (
                <tr key={p.key}>
                  <th scope="row" className="sticky left-0 z-10 min-w-44 bg-white px-3 py-2 align-top font-normal">
                    <span className="block font-medium text-slate-900">{p.label}</span>
                    <span className="mt-1 flex flex-wrap gap-1">
                      {p.sensitive ? <Badge tone="warn">{t("sensitive")}</Badge> : null}
                      {changed ? <Badge>{t("changed")}</Badge> : null}
                    </span>
                  </th>
                  {roles.map((r) => {
                    const locked = r.key === LOCKED.role && p.key === LOCKED.permission;
                    const cell = `${r.key}:${p.key}`;
                    return (
                      <td key={r.key} className="px-2 py-1 text-center align-middle">
                        <label className="inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-md hover:bg-slate-100">
                          <input
                            type="checkbox"
                            className="size-5 accent-teal-800"
                            aria-label={`${r.label}: ${p.label}`}
                            aria-describedby={locked ? "roles-locked" : undefined}
                            checked={grants[r.key]?.has(p.key) ?? false}
                            disabled={locked || busy === cell}
                            onChange={(e) => toggle(r, p, e.currentTarget.checked)}
                          />
                        </label>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p id="roles-locked" className="mt-3 text-sm text-slate-700">
        {t("locked")}
      </p>
    </>
  );
}
