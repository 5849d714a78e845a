"use client";
import { Checkbox, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";

/** A module's "publiek zichtbaar" switches: what residents without an account may see or send. */
export function PublicSwitches({ switches }: { switches: { key: string; label: string; enabled: boolean }[] }) {
  const t = useTranslations("modules");
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const set = useCall(client.publicSite.setModuleCapability.mutate);
  if (!switches.length) return null;
  return (
    <fieldset className="mt-3 space-y-1">
      <legend className="font-semibold">{t("publicVisible")}</legend>
      {switches.map((s) => (
        <Checkbox
          key={s.key}
          label={s.label}
          defaultChecked={s.enabled}
          disabled={set.pending}
          onChange={(e) =>
            set.run(
              { key: s.key, enabled: e.currentTarget.checked },
              { onSuccess: () => done(t("publicSaved")), onError: (err) => failed(err) },
            )
          }
        />
      ))}
    </fieldset>
  );
}
