"use client";
import { LIMITS } from "@zorgzaam/core/limits";
import {
  Button,
  Card,
  Checkbox,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  useFormErrors,
  useCall,
  usePlatformClient,
} from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { type FormEvent, useId } from "react";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";

const LOCALES = ["nl", "fr", "en"] as const;
type L = (typeof LOCALES)[number];
type Texts = Partial<Record<L, string>>;

interface Props {
  slug: string;
  settings: {
    publicName: Texts;
    publicIntro: Texts;
    privacyNotice: Texts;
    starterPrivacyNotice: Record<L, string>;
    contactPurpose: string;
    capabilities: { key: string; enabled: boolean }[];
  };
  purposes: { key: string; label: string }[];
  members: { id: string; name: string }[];
  contactMembers: string[];
}

/**
 * The public site: its switches (site, contact form), the project's public name and introduction and the privacy
 * notice per language (the starter text until the tenant writes its own), the consent purpose of the contact form,
 * and who belongs to the contact point.
 */
export function PublicSiteForm({ slug, settings, purposes, members, contactMembers }: Props) {
  const t = useTranslations("settings.publicSite");
  const client = usePlatformClient<AppRouter>();
  const { done } = useFeedback();
  const save = useCall(client.publicSite.updateSettings.mutate);
  const setMembers = useCall(client.contact.setMembers.mutate);
  const problems = useFormErrors();
  const id = useId();
  const on = (key: string) => settings.capabilities.some((c) => c.key === key && c.enabled);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const texts = (name: string) => Object.fromEntries(LOCALES.map((l) => [l, String(f.get(`${name}.${l}`) ?? "")])) as Record<L, string>;
    problems.clear();
    save.run(
      {
        site: f.get("site") === "on",
        contact: f.get("contact") === "on",
        publicName: texts("publicName"),
        publicIntro: texts("publicIntro"),
        privacyNotice: texts("privacyNotice"),
        contactPurpose: String(f.get("contactPurpose") ?? "contact"),
      },
      {
        onSuccess: () =>
          setMembers.run(
            { membershipIds: f.getAll("contactMembers").map(String) },
            { onSuccess: () => done(t("saved")), onError: (err) => problems.fail(err) },
          ),
        onError: (err) => problems.fail(err),
      },
    );
  }

  return (
    <Card title={t("title")}>
      <p className="mb-4 max-w-prose text-slate-700">
        {t("intro")} <a href={`/${slug}`} className="text-teal-900 underline">{`/${slug}`}</a>
      </p>
      <form onSubmit={submit} noValidate className="space-y-6">
        <ErrorSummary errors={problems.state} />
        <fieldset className="space-y-2">
          <legend className="font-semibold">{t("switches")}</legend>
          <Checkbox name="site" label={t("site")} defaultChecked={on("core.site")} />
          <Checkbox name="contact" label={t("contact")} defaultChecked={on("core.contact")} />
        </fieldset>
        {LOCALES.map((l) => (
          <fieldset key={l} className="space-y-3 rounded-md border border-slate-200 p-3">
            <legend className="px-1 font-semibold">{t(`language.${l}`)}</legend>
            <TextField
              id={`${id}-name-${l}`}
              name={`publicName.${l}`}
              label={t("publicName")}
              hint={t("publicNameHint")}
              limit={LIMITS.publicName}
              defaultValue={settings.publicName[l] ?? ""}
            />
            <TextArea
              id={`${id}-intro-${l}`}
              name={`publicIntro.${l}`}
              label={t("publicIntro")}
              limit={LIMITS.publicIntro}
              defaultValue={settings.publicIntro[l] ?? ""}
              rows={3}
            />
            <TextArea
              id={`${id}-privacy-${l}`}
              name={`privacyNotice.${l}`}
              label={t("privacyNotice")}
              hint={t("privacyNoticeHint")}
              limit={LIMITS.privacyNotice}
              defaultValue={settings.privacyNotice[l] || settings.starterPrivacyNotice[l]}
              rows={10}
            />
          </fieldset>
        ))}
        <SelectField id={`${id}-purpose`} name="contactPurpose" label={t("contactPurpose")} defaultValue={settings.contactPurpose}>
          {purposes.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label}
            </option>
          ))}
        </SelectField>
        <fieldset className="space-y-2">
          <legend className="font-semibold">{t("contactMembers")}</legend>
          <p className="text-sm text-slate-700">{t("contactMembersHint")}</p>
          {members.map((m) => (
            <Checkbox key={m.id} name="contactMembers" value={m.id} label={m.name} defaultChecked={contactMembers.includes(m.id)} />
          ))}
        </fieldset>
        <Button type="submit" disabled={save.pending || setMembers.pending}>
          {t("save")}
        </Button>
      </form>
    </Card>
  );
}
