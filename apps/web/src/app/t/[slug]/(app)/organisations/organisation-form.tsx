"use client";
import { Button, TextField, ErrorSummary, useFormErrors, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";
import { LIMITS } from "@zorgzaam/core/limits";

/** Creates an organisation, or edits one when `organisation` is given. */
export function OrganisationForm({
  organisation,
  onDone,
  onCancel,
}: {
  organisation?: { id: string; name: string; kind: string | null };
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("organisations");
  const tc = useTranslations("common");
  const client = usePlatformClient<AppRouter>();
  const { done } = useFeedback();
  const create = useCall(client.organisations.create.mutate);
  const update = useCall(client.organisations.update.mutate);
  const problems = useFormErrors();
  const errors = problems.state.fields;
  const [formKey, setFormKey] = useState(0);
  const id = useId();
  const pending = create.pending || update.pending;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const fields = { name: String(form.get("name") ?? ""), kind: String(form.get("kind") ?? "") };
    problems.clear();
    const onError = (err: unknown) => {
      problems.fail(err);
    };
    if (organisation) {
      update.run(
        { id: organisation.id, ...fields },
        {
          onSuccess: () => {
            onDone?.();
            done(t("saved", { name: fields.name }));
          },
          onError,
        },
      );
    } else {
      create.run(fields, {
        onSuccess: (o) => {
          setFormKey((k) => k + 1);
          done(t("created", { name: o.name }));
        },
        onError,
      });
    }
  }

  return (
    <form
      key={formKey}
      onSubmit={submit}
      noValidate
      className="space-y-4"
      aria-label={organisation ? t("editOf", { name: organisation.name }) : undefined}
    >
      <ErrorSummary errors={problems.state} />
      <TextField
        id={`${id}-name`}
        name="name"
        label={t("name")}
        required
        limit={LIMITS.name}
        defaultValue={organisation?.name}
        error={errors.name}
      />
      <TextField
        id={`${id}-kind`}
        name="kind"
        label={t("kind")}
        hint={t("kindHint")}
        limit={LIMITS.organisationKind}
        defaultValue={organisation?.kind ?? ""}
        error={errors.kind}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending} className={organisation ? undefined : "w-full"}>
          {pending ? tc("saving") : organisation ? tc("save") : t("create")}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {tc("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
