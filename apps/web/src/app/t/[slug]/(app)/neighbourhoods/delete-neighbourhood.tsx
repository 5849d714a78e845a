"use client";
import { useMutation } from "@tanstack/react-query";
import { ConfirmButton } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useFeedback } from "@/lib/feedback";
import { useTRPC } from "@/trpc/client";

export function DeleteNeighbourhood({ slug, id, name }: { slug: string; id: string; name: string }) {
  const t = useTranslations("neighbourhoods");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const { done, failed } = useFeedback();
  const del = useMutation(trpc.neighbourhoods.delete.mutationOptions());
  return (
    <ConfirmButton
      variant="secondary"
      title={t("deleteTitle", { name })}
      body={t("deleteBody")}
      confirmLabel={t("deleteConfirm")}
      cancelLabel={tc("cancel")}
      disabled={del.isPending}
      onConfirm={() => del.mutate({ id }, { onSuccess: () => done(t("deleted", { name }), `/t/${slug}/neighbourhoods`), onError: failed })}
    >
      {t("delete")}
    </ConfirmButton>
  );
}
