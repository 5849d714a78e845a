"use client";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useFeedback } from "@/lib/feedback";
import { useTRPC } from "@/trpc/client";

export function ModuleToggle({ id, name, enabled }: { id: string; name: string; enabled: boolean }) {
  const t = useTranslations("modules");
  const trpc = useTRPC();
  const router = useRouter();
  const { done, failed } = useFeedback();
  const enable = useMutation(trpc.modules.enable.mutationOptions());
  const disable = useMutation(trpc.modules.disable.mutationOptions());
  const pending = enable.isPending || disable.isPending;
  const onSuccess = (msg: string) => () => {
    done(msg);
    router.refresh();
  };
  return enabled ? (
    <Button
      variant="secondary"
      disabled={pending}
      aria-label={t("disable", { name })}
      onClick={() => disable.mutate({ id }, { onSuccess: onSuccess(t("disabledToast", { name })), onError: failed })}
    >
      {t("disableShort")}
    </Button>
  ) : (
    <Button
      disabled={pending}
      aria-label={t("enable", { name })}
      onClick={() => enable.mutate({ id }, { onSuccess: onSuccess(t("enabledToast", { name })), onError: failed })}
    >
      {t("enableShort")}
    </Button>
  );
}
