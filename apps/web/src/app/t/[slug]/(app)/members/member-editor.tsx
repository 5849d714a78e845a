"use client";
import { Button, ConfirmButton, ErrorSummary, useFormErrors, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { useFeedback } from "@/lib/feedback";
import { useEditFocus } from "@/lib/use-edit-focus";
import type { AppRouter } from "@/server/app-router";
import type { MemberFormOptions } from "./options";
import { readScope, ScopeFields } from "./scope-fields";

interface Member {
  id: string;
  name: string;
  roles: string[];
  organisationId: string | null;
  neighbourhoodIds: string[];
  isSelf: boolean;
}

/** Edit a member's roles, organisation and neighbourhoods, or remove the member from the tenant. */
export function MemberEditor({ member, options }: { member: Member; options: MemberFormOptions }) {
  const t = useTranslations("members");
  const tc = useTranslations("common");
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const [editing, setEditing] = useState(false);
  const problems = useFormErrors();
  const errors = problems.state.fields;
  const update = useCall(client.members.update.mutate);
  const remove = useCall(client.members.remove.mutate);
  const formId = useId();
  const { panelRef, triggerRef } = useEditFocus(editing);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const scope = readScope(new FormData(e.currentTarget));
    problems.clear();
    update.run(
      { id: member.id, ...scope },
      {
        onSuccess: () => {
          setEditing(false);
          done(t("updated", { name: member.name }));
        },
        onError: (err) => {
          problems.fail(err);
        },
      },
    );
  }

  return (
    <div className="mt-2">
      {editing ? (
        <form
          ref={panelRef}
          onSubmit={submit}
          className="mt-2 space-y-4 rounded-lg border border-slate-300 bg-slate-50 p-3"
          aria-label={t("editOf", { name: member.name })}
        >
          <ErrorSummary errors={problems.state} />
          <ScopeFields
            idPrefix={formId}
            options={options}
            roles={member.roles}
            organisationId={member.organisationId}
            neighbourhoodIds={member.neighbourhoodIds}
            errors={errors}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={update.pending}>
              {update.pending ? tc("saving") : tc("save")}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {tc("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button ref={triggerRef} variant="secondary" onClick={() => setEditing(true)} aria-label={t("editOf", { name: member.name })}>
            {tc("edit")}
          </Button>
          <ConfirmButton
            aria-label={t("removeOf", { name: member.name })}
            title={t("removeTitle", { name: member.name })}
            body={member.isSelf ? t("removeSelfBody") : t("removeBody")}
            confirmLabel={t("removeConfirm")}
            cancelLabel={tc("cancel")}
            disabled={remove.pending}
            variant="ghost"
            onConfirm={() => remove.run({ id: member.id }, { onSuccess: () => done(t("removed", { name: member.name })), onError: failed })}
          >
            {t("remove")}
          </ConfirmButton>
        </div>
      )}
    </div>
  );
}
