"use client";
import { Button, SelectField, TextField, ErrorSummary, useFormErrors, useCall, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";
import { LIMITS } from "@zorgzaam/core/limits";
import { REGIONS, type Region } from "@zorgzaam/core/map/base-maps";
import { type Locale, LOCALES } from "@/i18n/locales";

/** A new tenant and an invitation for its first administrator (the operator never becomes a member). */
export function CreateTenantForm() {
  const t = useTranslations("operator");
  const tl = useTranslations("language");
  const client = usePlatformClient<AppRouter>();
  const { done } = useFeedback();
  const create = useCall(client.operator.createTenant.mutate);
  const problems = useFormErrors();
  const errors = problems.state.fields;
  const [formKey, setFormKey] = useState(0);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const adminEmail = String(form.get("adminEmail") ?? "").trim();
    problems.clear();
    create.run(
      {
        slug: String(form.get("slug") ?? ""),
        name: String(form.get("name") ?? ""),
        defaultLocale: String(form.get("defaultLocale")) as Locale,
        region: String(form.get("region")) as Region,
        adminEmail,
      },
      {
        onSuccess: (tenant) => {
          setFormKey((k) => k + 1);
          done(t("created", { name: tenant.name, email: adminEmail }));
        },
        onError: (err) => {
          problems.fail(err);
        },
      },
    );
  }

  return (
    <form key={formKey} onSubmit={submit} noValidate className="space-y-4">
      <ErrorSummary errors={problems.state} />
      <TextField id="tenant-name" name="name" label={t("name")} required limit={LIMITS.name} error={errors.name} />
      <TextField
        id="tenant-slug"
        name="slug"
        label={t("slug")}
        hint={t("slugHint")}
        required
        limit={LIMITS.tenantSlug}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        error={errors.slug}
      />
      <SelectField id="tenant-locale" name="defaultLocale" label={t("defaultLocale")} defaultValue="nl" error={errors.defaultLocale}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {tl(l)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="tenant-region"
        name="region"
        label={t("region")}
        hint={t("regionHint")}
        defaultValue="flanders"
        error={errors.region}
      >
        {REGIONS.map((r) => (
          <option key={r} value={r}>
            {t(`regions.${r}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="tenant-admin"
        name="adminEmail"
        type="email"
        label={t("adminEmail")}
        hint={t("adminEmailHint")}
        required
        error={errors.adminEmail}
      />
      <Button type="submit" className="w-full" disabled={create.pending}>
        {create.pending ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
