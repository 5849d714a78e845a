"use client";
import { Button, Checkbox, CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField, useFormErrors } from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { BURENHULP_LIMITS as L } from "../../limits";
import { useBurenhulp } from "../client";

/**
 * A partner professional refers a resident to the contact point (BH-3): who, how to reach her, what is going on,
 * and that she agreed to be contacted. What comes back is a reference; the partner follows only the status.
 */
export function ReferForm({
  kinds,
  neighbourhoods,
  purpose,
  locale,
}: {
  kinds: { id: string; label: string }[];
  neighbourhoods: { id: string; name: string }[];
  purpose: string;
  locale: string;
}) {
  const t = useTranslations("burenhulp.refer");
  const api = useBurenhulp();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    const s = (k: string) => String(form.get(k) ?? "").trim();
    problems.clear();
    setBusy(true);
    try {
      const r = await api.partner.send.mutate({
        firstName: s("firstName"),
        lastName: s("lastName"),
        phone: s("phone"),
        email: s("email"),
        neighbourhoodId: s("neighbourhoodId"),
        street: s("street"),
        kindId: s("kindId"),
        locale: (["nl", "fr", "en"].includes(s("locale")) ? s("locale") : "nl") as "nl" | "fr" | "en",
        message: s("message"),
        urgent: form.get("urgent") === "on",
        consent: form.get("consent") === "on",
      });
      el.reset();
      setSent(r.reference);
      toast.success(t("sent", { reference: r.reference }));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <ErrorSummary errors={problems.state} />
      {sent ? (
        <p role="status" className="rounded-md border border-teal-300 bg-teal-50 p-3 text-slate-900">
          {t("sent", { reference: sent })}
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="firstName"
          label={t("firstName")}
          required
          autoComplete="off"
          limit={L.personName}
          error={problems.err("firstName")}
        />
        <TextField name="lastName" label={t("lastName")} autoComplete="off" limit={L.personName} error={problems.err("lastName")} />
        <TextField name="phone" type="tel" label={t("phone")} autoComplete="off" limit={L.phone} error={problems.err("phone")} />
        <TextField name="email" type="email" label={t("email")} autoComplete="off" error={problems.err("email")} />
        <SelectField name="neighbourhoodId" label={t("neighbourhood")} defaultValue="" error={problems.err("neighbourhoodId")}>
          <option value="">{t("noNeighbourhood")}</option>
          {neighbourhoods.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </SelectField>
        <TextField name="street" label={t("street")} autoComplete="off" limit={L.street} error={problems.err("street")} />
        <SelectField name="kindId" label={t("kind")} hint={t("kindHint")} defaultValue="" error={problems.err("kindId")}>
          <option value="">{t("kindUnsure")}</option>
          {kinds.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </SelectField>
        <SelectField name="locale" label={t("locale")} defaultValue={locale} error={problems.err("locale")}>
          <option value="nl">Nederlands</option>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </SelectField>
      </div>
      <TextArea
        name="message"
        label={t("message")}
        hint={t("messageHint")}
        required
        limit={L.referralMessage}
        error={problems.err("message")}
      />
      <CheckboxGroup legend={t("urgency")} name="urgent" error={problems.err("urgent")}>
        <Checkbox name="urgent" label={t("urgent")} hint={t("urgentHint")} />
      </CheckboxGroup>
      <CheckboxGroup legend={t("consent")} name="consent" error={problems.err("consent")}>
        <Checkbox name="consent" label={purpose} hint={t("consentHint")} />
      </CheckboxGroup>
      <Button type="submit" disabled={busy}>
        {busy ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
