"use client";
import { Button, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";

export function ModuleToggle({ id, name, enabled }: { id: string; name: string; enabled: boolean }) {
  const t = useTranslations("modules");
  const client = usePlatformClient<AppRouter>();
  const router = useRouter();
  const { done, failed } = useFeedback();
  const enable = useCall(client.modules.enable.mutate);
  const disable = useCall(client.modules.disable.mutate);
  const pending = enable.pending || disable.pending;
  const onSuccess = (msg: string) => () => {
    done(msg);
    router.refresh();
  };
  return enabled ? (
    <Button
      variant="secondary"
      disabled={pending}
      aria-label={t("disable", { name })}
      onClick={() => disable.run({ id }, { onSuccess: onSuccess(t("disabledToast", { name })), onError: failed })}
    >
      {t("disableShort")}
    </Button>
  ) : (
    <Button
      disabled={pending}
      aria-label={t("enable", { name })}
      onClick={() => enable.run({ id }, { onSuccess: onSuccess(t("enabledToast", { name })), onError: failed })}
    >
      {t("enableShort")}
    </Button>
  );
}
