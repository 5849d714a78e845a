"use client";
import { Button, SelectField, TextField, ErrorSummary, useFormErrors, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useFeedback } from "@/lib/feedback";
import { asLocale, LOCALES } from "@/i18n/locales";
import type { AppRouter } from "@/server/app-router";
import type { MemberFormOptions } from "./options";
import { readScope, ScopeFields } from "./scope-fields";

/** Invite someone by e-mail with roles, an organisation and (optionally) the neighbourhoods they work in. */
export function InviteForm({ options, defaultLocale }: { options: MemberFormOptions; defaultLocale: string }) {
  const t = useTranslations("members");
  const tl = useTranslations("language");
  const client = usePlatformClient<AppRouter>();
  const { done } = useFeedback();
  const problems = useFormErrors();
  const errors = problems.state.fields;
  // A new key resets the uncontrolled fields after a successful invitation.
  const [formKey, setFormKey] = useState(0);
  const invite = useCall(client.invitations.create.mutate);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const locale = asLocale(String(form.get("locale") ?? ""));
    problems.clear();
    invite.run(
      { email, locale, ...readScope(form) },
      {
        onSuccess: (inv) => {
          setFormKey((k) => k + 1);
          done(t("invited", { email: inv.email }));
        },
        onError: (err) => {
          problems.fail(err);
        },
      },
    );
  }

  return (
    <form key={formKey} onSubmit={submit} className="space-y-4" noValidate>
      <ErrorSummary errors={problems.state} />
      <p className="text-sm text-slate-700">{t("inviteIntro")}</p>
      <TextField id="invite-email" name="email" type="email" label={t("email")} autoComplete="off" required error={errors.email} />
      <ScopeFields idPrefix="invite" options={options} roles={[]} organisationId={null} neighbourhoodIds={[]} errors={errors} />
      <SelectField id="invite-locale" name="locale" label={t("mailLanguage")} defaultValue={asLocale(defaultLocale)} error={errors.locale}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {tl(l)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" className="w-full" disabled={invite.pending}>
        {invite.pending ? t("inviting") : t("inviteSubmit")}
      </Button>
    </form>
  );
}
