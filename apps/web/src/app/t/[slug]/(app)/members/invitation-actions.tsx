"use client";
import { ConfirmButton, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";

export function InvitationActions({ id, email }: { id: string; email: string }) {
  const t = useTranslations("members");
  const tc = useTranslations("common");
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const revoke = useCall(client.invitations.revoke.mutate);
  return (
    <ConfirmButton
      variant="secondary"
      aria-label={t("revokeOf", { email })}
      title={t("revokeTitle", { email })}
      body={t("revokeBody")}
      confirmLabel={t("revokeConfirm")}
      cancelLabel={tc("cancel")}
      disabled={revoke.pending}
      onConfirm={() => revoke.run({ id }, { onSuccess: () => done(t("revoked", { email })), onError: failed })}
    >
      {t("revoke")}
    </ConfirmButton>
  );
}
