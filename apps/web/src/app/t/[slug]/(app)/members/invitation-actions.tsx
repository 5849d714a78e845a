"use client";
import { useMutation } from "@tanstack/react-query";
import { ConfirmButton } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useFeedback } from "@/lib/feedback";
import { useTRPC } from "@/trpc/client";

export function InvitationActions({ id, email }: { id: string; email: string }) {
  const t = useTranslations("members");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const { done, failed } = useFeedback();
  const revoke = useMutation(trpc.invitations.revoke.mutationOptions());
  return (
    <ConfirmButton
      variant="secondary"
      aria-label={t("revokeOf", { email })}
      title={t("revokeTitle", { email })}
      body={t("revokeBody")}
      confirmLabel={t("revokeConfirm")}
      cancelLabel={tc("cancel")}
      disabled={revoke.isPending}
      onConfirm={() => revoke.mutate({ id }, { onSuccess: () => done(t("revoked", { email })), onError: failed })}
    >
      {t("revoke")}
    </ConfirmButton>
  );
}
