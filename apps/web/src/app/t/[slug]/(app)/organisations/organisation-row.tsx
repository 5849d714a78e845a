"use client";
import { useMutation } from "@tanstack/react-query";
import { Button, ConfirmButton } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFeedback } from "@/lib/feedback";
import { useEditFocus } from "@/lib/use-edit-focus";
import { useTRPC } from "@/trpc/client";
import { OrganisationForm } from "./organisation-form";

interface Organisation {
  id: string;
  name: string;
  kind: string | null;
  members: number;
  people: number;
}

/** One organisation: its name and counts, edited in place. */
export function OrganisationRow({ organisation: o, canManage }: { organisation: Organisation; canManage: boolean }) {
  const t = useTranslations("organisations");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const { done, failed } = useFeedback();
  const del = useMutation(trpc.organisations.delete.mutationOptions());
  const [editing, setEditing] = useState(false);
  const { panelRef, triggerRef } = useEditFocus<HTMLDivElement>(editing);

  if (editing) {
    return (
      <div ref={panelRef}>
        <OrganisationForm organisation={o} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div className="min-w-0">
        <h3 className="font-semibold text-slate-900">{o.name}</h3>
        <p className="text-sm text-slate-700">
          {o.kind ? `${o.kind} · ` : ""}
          {t("counts", { members: o.members, people: o.people })}
        </p>
      </div>
      {canManage ? (
        <div className="flex flex-wrap gap-2">
          <Button ref={triggerRef} variant="secondary" onClick={() => setEditing(true)} aria-label={t("editOf", { name: o.name })}>
            {tc("edit")}
          </Button>
          <ConfirmButton
            variant="ghost"
            aria-label={t("deleteOf", { name: o.name })}
            title={t("deleteTitle", { name: o.name })}
            body={t("deleteBody", { members: o.members, people: o.people })}
            confirmLabel={t("deleteConfirm")}
            cancelLabel={tc("cancel")}
            disabled={del.isPending}
            onConfirm={() => del.mutate({ id: o.id }, { onSuccess: () => done(t("deleted", { name: o.name })), onError: failed })}
          >
            {tc("delete")}
          </ConfirmButton>
        </div>
      ) : null}
    </div>
  );
}
