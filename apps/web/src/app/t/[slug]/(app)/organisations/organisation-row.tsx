"use client";
import { Button, ConfirmButton, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFeedback } from "@/lib/feedback";
import { useEditFocus } from "@/lib/use-edit-focus";
import type { AppRouter } from "@/server/app-router";
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
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const del = useCall(client.organisations.delete.mutate);
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
            disabled={del.pending}
            onConfirm={() => del.run({ id: o.id }, { onSuccess: () => done(t("deleted", { name: o.name })), onError: failed })}
          >
            {tc("delete")}
          </ConfirmButton>
        </div>
      ) : null}
    </div>
  );
}
