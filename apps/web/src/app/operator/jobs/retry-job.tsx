"use client";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useFeedback } from "@/lib/feedback";
import { useTRPC } from "@/trpc/client";

export function RetryJob({ id, name }: { id: string; name: string }) {
  const t = useTranslations("operator");
  const trpc = useTRPC();
  const { done, failed } = useFeedback();
  const retry = useMutation(trpc.operator.retryJob.mutationOptions());
  return (
    <Button
      variant="secondary"
      aria-label={t("retryOf", { name })}
      disabled={retry.isPending}
      onClick={() => retry.mutate({ id }, { onSuccess: () => done(t("retried", { name })), onError: failed })}
    >
      {retry.isPending ? t("retrying") : t("retry")}
    </Button>
  );
}
