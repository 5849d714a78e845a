"use client";
import { useMutation } from "@tanstack/react-query";
import { ConfirmButton } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useFeedback } from "@/lib/feedback";
import { useTRPC } from "@/trpc/client";

/** Puts an earlier boundary back after a confirm; the current one goes into the history. */
export function RestoreBoundary({ id, versionId, name, when }: { id: string; versionId: string; name: string; when: string }) {
  const t = useTranslations("neighbourhoodHub");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const { done, failed } = useFeedback();
  const restore = useMutation(trpc.neighbourhoods.restoreBoundary.mutationOptions());
  return (
    <ConfirmButton
      variant="secondary"
      title={t("restoreTitle")}
      body={t("restoreBody", { name })}
      confirmLabel={t("restoreConfirm")}
      cancelLabel={tc("cancel")}
      disabled={restore.isPending}
      aria-label={`${t("restore")}: ${when}`}
      onConfirm={() => restore.mutate({ id, versionId }, { onSuccess: () => done(t("restored", { name })), onError: failed })}
    >
      {t("restore")}
    </ConfirmButton>
  );
}
