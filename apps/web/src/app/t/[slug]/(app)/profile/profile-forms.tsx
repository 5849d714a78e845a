"use client";
import { Button, errorAppCode, errorMessage, TextField, useCall, usePlatformClient } from "@zorgzaam/ui";
import { LIMITS } from "@zorgzaam/core/limits";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { fieldErrors, useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";

/** The name others see. */
export function NameForm({ name }: { name: string }) {
  const t = useTranslations("profile");
  const tc = useTranslations("common");
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const save = useCall(client.me.setName.mutate);
  const [errors, setErrors] = useState<Record<string, string>>({});
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get("name") ?? "");
    setErrors({});
    save.run(
      { name: value },
      {
        onSuccess: () => done(t("nameSaved")),
        onError: (err) => {
          setErrors(fieldErrors(err));
          failed(err);
        },
      },
    );
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <TextField id="profile-name" name="name" label={t("name")} required limit={LIMITS.name} defaultValue={name} error={errors.name} />
      <Button type="submit" disabled={save.pending}>
        {save.pending ? tc("saving") : t("saveName")}
      </Button>
    </form>
  );
}

/** A new password (with the current one when there is one); the other sessions end. */
export function PasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const t = useTranslations("profile");
  const tc = useTranslations("common");
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const save = useCall(client.me.setPassword.mutate);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formKey, setFormKey] = useState(0);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = String(form.get("next") ?? "");
    setErrors({});
    save.run(
      { current: hasPassword ? String(form.get("current") ?? "") : undefined, next },
      {
        onSuccess: (r) => {
          setFormKey((k) => k + 1);
          done(t("passwordSaved", { count: r.endedSessions }));
        },
        onError: (err) => {
          // The password rules' refusals belong to the new password, a wrong current one to that field.
          const code = errorAppCode(err);
          const own: Record<string, string> = {};
          if (code === "password.wrongCurrent") own.current = errorMessage(err);
          else if (code?.startsWith("password.")) own.next = errorMessage(err);
          setErrors({ ...fieldErrors(err), ...own });
          failed(err);
        },
      },
    );
  }
  return (
    <form key={formKey} onSubmit={submit} noValidate className="space-y-4">
      {hasPassword ? (
        <TextField
          id="profile-current"
          name="current"
          type="password"
          autoComplete="current-password"
          label={t("currentPassword")}
          required
          error={errors.current}
        />
      ) : null}
      <TextField
        id="profile-next"
        name="next"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        required
        error={errors.next}
      />
      <Button type="submit" disabled={save.pending}>
        {save.pending ? tc("saving") : hasPassword ? t("changePassword") : t("setPassword")}
      </Button>
    </form>
  );
}

/** Ends every other session of this person; this one stays. */
export function SignOutElsewhere({ others }: { others: number }) {
  const t = useTranslations("profile");
  const client = usePlatformClient<AppRouter>();
  const { done, failed } = useFeedback();
  const end = useCall(client.me.signOutElsewhere.mutate);
  return (
    <Button
      variant="secondary"
      disabled={end.pending || others === 0}
      onClick={() => end.run(undefined, { onSuccess: (r) => done(t("signedOutElsewhere", { count: r.count })), onError: failed })}
    >
      {t("signOutElsewhere")}
    </Button>
  );
}
