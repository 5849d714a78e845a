"use client";
import { Button, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";

export function RetryJob({ id, name }: { id: string; name: string }) {
  const t = useTranslations("operator");
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const retry = useCall(client.operator.retryJob.mutate);
  return (
    <Button
      variant="secondary"
      aria-label={t("retryOf", { name })}
      disabled={retry.pending}
      onClick={() => retry.run({ id }, { onSuccess: () => done(t("retried", { name })), onError: failed })}
    >
      {retry.pending ? t("retrying") : t("retry")}
    </Button>
  );
}
