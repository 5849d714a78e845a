"use client";
import { Checkbox, CheckboxGroup } from "@zorgzaam/ui";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";

/** Whether the graph shows team members and residents; kept in the address (members=hide, persons=hide). */
export function GraphOptions({ members, persons }: { members: boolean; persons: boolean }) {
  const t = useTranslations("partners");
  const router = useRouter();
  const path = usePathname();
  const search = useSearchParams();
  const [pending, startTransition] = useTransition();
  // The boxes follow the click at once; the page follows when the server has drawn the new graph.
  const [shown, setShown] = useState({ members, persons });
  useEffect(() => setShown({ members, persons }), [members, persons]);

  function set(key: "members" | "persons", show: boolean) {
    setShown((s) => ({ ...s, [key]: show }));
    const p = new URLSearchParams(search.toString());
    if (show) p.delete(key);
    else p.set(key, "hide");
    const qs = p.toString();
    startTransition(() => router.replace(qs ? `${path}?${qs}` : path, { scroll: false }));
  }

  return (
    <CheckboxGroup legend={t("network.options.legend")} hint={pending ? t("network.graph.loading") : undefined}>
      <div className="flex flex-wrap gap-x-6">
        <Checkbox label={t("network.options.members")} checked={shown.members} onChange={(e) => set("members", e.currentTarget.checked)} />
        <Checkbox label={t("network.options.persons")} checked={shown.persons} onChange={(e) => set("persons", e.currentTarget.checked)} />
      </div>
    </CheckboxGroup>
  );
}
