"use client";
import { Button, ConfirmButton } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorMessage, usePartners } from "../client";

/** Archive (off the map and the graph, history kept) or restore an actor. */
export function ArchiveButton({ actorId, archived, name }: { actorId: string; archived: boolean; name: string }) {
  const t = useTranslations("partners.actors.archive");
  const api = usePartners();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const run = async (value: boolean) => {
    setError(null);
    try {
      await api.actors.archive.mutate({ id: actorId, archived: value });
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className="space-y-2">
      {archived ? (
        <Button variant="secondary" onClick={() => void run(false)}>
          {t("restore")}
        </Button>
      ) : (
        <ConfirmButton
          variant="secondary"
          title={t("confirmTitle", { name })}
          body={t("confirmBody")}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          onConfirm={() => void run(true)}
        >
          {t("archive")}
        </ConfirmButton>
      )}
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
