"use client";
import type { CoreRouter } from "@zorgzaam/core/plugin";
import { LIMITS } from "@zorgzaam/core/limits";
import { Button, Checkbox, CheckboxGroup, ErrorSummary, SelectField, TextField, useFormErrors, usePlatformClient } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import type { ConsentMethod } from "./form-types";
import type { PersonOptions } from "./person-options";

type Method = Exclude<ConsentMethod, "">;

/** "Fatima El Amrani" → first name "Fatima", last name "El Amrani": a start the worker corrects if needed. */
function splitName(q: string): { firstName: string; lastName: string } {
  const words = q.trim().split(/\s+/).filter(Boolean);
  return { firstName: words[0] ?? "", lastName: words.slice(1).join(" ") };
}

/**
 * Registers the key figure's person without leaving the actor form: name, contact, languages, neighbourhood and
 * consent, through core's own procedures (people.create, people.addConsent): the same checks and scope as the People
 * page. Not a nested form (HTML forbids one): its button and Enter key act here, not on the actor form.
 */
export function NewPersonPanel({
  options,
  query,
  onCreated,
  onCancel,
}: {
  options: PersonOptions;
  query: string;
  onCreated: (person: { id: string; name: string; hasConsent: boolean; problem: string | null }) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("partners.actors.newPerson");
  const core = usePlatformClient<CoreRouter>();
  const form = useFormErrors();
  const panel = useRef<HTMLDivElement>(null);
  const [v, setV] = useState(() => ({
    ...splitName(query),
    phone: "",
    email: "",
    languages: "",
    neighbourhoodId: options.neighbourhoodRequired ? (options.neighbourhoods[0]?.id ?? "") : "",
  }));
  const [purposes, setPurposes] = useState<string[]>([options.keyFigurePurpose]);
  const [method, setMethod] = useState<Method>("verbal");
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof v, value: string) => setV((old) => ({ ...old, [k]: value }));

  // Opened by a button: the first field takes focus, so keyboard and screen-reader users land in the panel.
  useEffect(() => panel.current?.querySelector<HTMLInputElement>("input")?.focus(), []);

  async function create() {
    if (busy) return;
    form.clear();
    setBusy(true);
    let person: { id: string } | null = null;
    try {
      person = await core.people.create.mutate({
        firstName: v.firstName,
        lastName: v.lastName,
        email: v.email,
        phone: v.phone || null,
        languages: v.languages
          .split(/[\s,;]+/)
          .map((l) => l.toLowerCase())
          .filter(Boolean),
        kinds: ["key_figure"],
        neighbourhoodId: v.neighbourhoodId || null,
      });
    } catch (e) {
      form.fail(e);
      setBusy(false);
      return;
    }
    const name = `${v.firstName} ${v.lastName}`.trim();
    // The person exists now; a consent that fails is asked again by the actor form (its consent field).
    let problem: string | null = null;
    for (const purpose of purposes) {
      try {
        await core.people.addConsent.mutate({ personId: person.id, purpose, method, givenAt: new Date(), note: null });
      } catch {
        problem = t("consentFailed");
      }
    }
    setBusy(false);
    onCreated({ id: person.id, name, hasConsent: !problem && purposes.includes(options.keyFigurePurpose), problem });
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Enter" && e.target instanceof HTMLInputElement && e.target.type !== "checkbox") {
      e.preventDefault();
      void create();
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Enter in a field registers the person instead of submitting the actor form
    <div ref={panel} data-error-scope="" onKeyDown={onKeyDown} className="space-y-4 rounded-lg border border-slate-300 bg-white p-3">
      <h3 className="text-base font-semibold text-slate-900">{t("title")}</h3>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <ErrorSummary errors={form.state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="firstName"
          label={t("firstName")}
          value={v.firstName}
          onChange={(e) => set("firstName", e.target.value)}
          required
          autoComplete="off"
          limit={LIMITS.personName}
          error={form.err("firstName")}
        />
        <TextField
          name="lastName"
          label={t("lastName")}
          value={v.lastName}
          onChange={(e) => set("lastName", e.target.value)}
          autoComplete="off"
          limit={LIMITS.personName}
          error={form.err("lastName")}
        />
        <TextField
          name="phone"
          type="tel"
          label={t("phone")}
          value={v.phone}
          onChange={(e) => set("phone", e.target.value)}
          autoComplete="off"
          limit={LIMITS.phone}
          error={form.err("phone")}
        />
        <TextField
          name="email"
          type="email"
          label={t("email")}
          value={v.email}
          onChange={(e) => set("email", e.target.value)}
          autoComplete="off"
          error={form.err("email")}
        />
        <TextField
          name="languages"
          label={t("languages")}
          hint={t("languagesHint")}
          value={v.languages}
          onChange={(e) => set("languages", e.target.value)}
          autoComplete="off"
          error={form.err("languages")}
        />
        <SelectField
          name="neighbourhoodId"
          label={t("neighbourhood")}
          hint={options.neighbourhoodRequired ? t("neighbourhoodRequiredHint") : undefined}
          value={v.neighbourhoodId}
          onChange={(e) => set("neighbourhoodId", e.target.value)}
          error={form.err("neighbourhoodId")}
        >
          {options.neighbourhoodRequired ? null : <option value="">{t("noNeighbourhood")}</option>}
          {options.neighbourhoods.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxGroup name="purpose" legend={t("consent")} hint={t("consentHint")} error={form.err("purpose")}>
        {options.purposes
          .filter((p) => p.key !== "other")
          .map((p) => (
            <Checkbox
              key={p.key}
              label={p.label}
              checked={purposes.includes(p.key)}
              onChange={(e) => setPurposes((old) => (e.target.checked ? [...old, p.key] : old.filter((x) => x !== p.key)))}
            />
          ))}
      </CheckboxGroup>
      <SelectField
        name="method"
        label={t("method")}
        value={method}
        onChange={(e) => setMethod(e.target.value as Method)}
        error={form.err("method")}
      >
        <option value="verbal">{t("methodVerbal")}</option>
        <option value="written">{t("methodWritten")}</option>
        <option value="online">{t("methodOnline")}</option>
      </SelectField>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={() => void create()} disabled={busy}>
          {busy ? t("creating") : t("create")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
