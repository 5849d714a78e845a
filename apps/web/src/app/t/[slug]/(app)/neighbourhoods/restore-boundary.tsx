"use client";
import { ConfirmButton, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";

/** Puts an earlier boundary back after a confirm; the current one goes into the history. */
export function RestoreBoundary({ id, versionId, name, when }: { id: string; versionId: string; name: string; when: string }) {
  const t = useTranslations("neighbourhoodHub");
  const tc = useTranslations("common");
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const restore = useCall(client.neighbourhoods.restoreBoundary.mutate);
  return (
    <ConfirmButton
      variant="secondary"
      title={t("restoreTitle")}
      body={t("restoreBody", { name })}
      confirmLabel={t("restoreConfirm")}
      cancelLabel={tc("cancel")}
      disabled={restore.pending}
      aria-label={`${t("restore")}: ${when}`}
      onConfirm={() => restore.run({ id, versionId }, { onSuccess: () => done(t("restored", { name })), onError: failed })}
    >
      {t("restore")}
    </ConfirmButton>
  );
}
