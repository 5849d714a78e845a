"use client";
import { BellIcon, Button } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "@zorgzaam/ui/toast";
import { errorMessage, useReflectie } from "../client";

/** The member's in-app reminders before a rhythm's session, each one can be put away. */
export function NoticeList({ notices }: { notices: { id: string; text: string }[] }) {
  const t = useTranslations("reflectie");
  const api = useReflectie();
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  return (
    <section aria-labelledby="reflectie-notices" className="rounded-xl border border-sky-300 bg-sky-50 p-4 text-sky-950">
      <h2 id="reflectie-notices" className="font-semibold">
        {t("home.noticesTitle")}
      </h2>
      <ul className="mt-2 space-y-2">
        {notices.map((n) => (
          <li key={n.id} className="flex flex-wrap items-center justify-between gap-2">
            <span className="flex items-center gap-2">
              <BellIcon className="size-4 shrink-0" />
              {n.text}
            </span>
            <Button
              variant="ghost"
              disabled={busy === n.id}
              onClick={async () => {
                setBusy(n.id);
                try {
                  await api.notices.dismiss.mutate({ id: n.id });
                  router.refresh();
                } catch (e) {
                  toast.error(errorMessage(e));
                } finally {
                  setBusy(null);
                }
              }}
            >
              {t("home.dismiss")}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
