"use client";
import { ConfirmButton, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";

export function DeleteNeighbourhood({ slug, id, name }: { slug: string; id: string; name: string }) {
  const t = useTranslations("neighbourhoods");
  const tc = useTranslations("common");
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const del = useCall(client.neighbourhoods.delete.mutate);
  return (
    <ConfirmButton
      variant="secondary"
      title={t("deleteTitle", { name })}
      body={t("deleteBody")}
      confirmLabel={t("deleteConfirm")}
      cancelLabel={tc("cancel")}
      disabled={del.pending}
      onConfirm={() => del.run({ id }, { onSuccess: () => done(t("deleted", { name }), `/t/${slug}/neighbourhoods`), onError: failed })}
    >
      {t("delete")}
    </ConfirmButton>
  );
}
