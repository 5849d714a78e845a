"use client";
import { Alert, Button, Checkbox, CheckboxGroup, SelectField, TextArea, TextField } from "@zorgzaam/ui";
import type { MapConfig } from "@zorgzaam/ui/map";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { ACTOR_KINDS, AIMED_AT, RELATIONSHIP_STATUSES } from "../../domain";
import { errorCode, errorMessage, fieldErrors, usePartners } from "../client";
import { ContactsEditor, type ContactRow } from "./contacts-editor";
import { KeyFigurePicker } from "./key-figure-picker";
import { PointPicker } from "./point-picker";
import { sectorLabel, type SectorOption } from "./labels";

type Kind = (typeof ACTOR_KINDS)[number];
type Status = (typeof RELATIONSHIP_STATUSES)[number];
type AimedAt = (typeof AIMED_AT)[number];

export interface ActorFormValues {
  name: string;
  kind: Kind;
  sectorKeys: string[];
  formal: boolean;
  careLine: 1 | 2 | 3 | null;
  aimedAt: AimedAt | null;
  vindplaats: boolean;
  vindplaatsNote: string;
  address: string;
  postcode: string;
  city: string;
  lat: string;
  lng: string;
  neighbourhoodIds: string[];
  languages: string;
  openingHours: string;
  contacts: ContactRow[];
  website: string;
  notes: string;
  tags: string;
  visibility: "partnership" | "organisation";
  missing: boolean;
  missingNote: string;
  status: Status;
  offersUs: string;
  offersThem: string;
  personId: string | null;
  personName: string | null;
}

export interface ActorFormOptions {
  /** The tenant's base map, for placing the point. */
  map: MapConfig;
  sectors: SectorOption[];
  neighbourhoods: { id: string; name: string }[];
  myOrganisationId: string | null;
  canChooseVisibility: boolean;
  seesKeyFigures: boolean;
}

const splitList = (s: string) =>
  s
    .split(/[,;]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Reads "50,88" as well as "50.88" (Belgian keyboards). Empty → null; junk → NaN (the server explains). */
export function coordinate(s: string): number | null {
  const t = s.trim().replace(",", ".");
  return t === "" ? null : Number(t);
}

/** The actor form, for a new actor and for editing one (with the version it started from). */
export function ActorForm({
  slug,
  options,
  initial,
  actorId,
  version,
}: {
  slug: string;
  options: ActorFormOptions;
  initial: ActorFormValues;
  actorId?: string;
  version?: number;
}) {
  const t = useTranslations("partners");
  const locale = useLocale();
  const api = usePartners();
  const router = useRouter();
  const [v, setV] = useState(initial);
  const [consentMethod, setConsentMethod] = useState<"" | "verbal" | "written" | "online">("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof ActorFormValues>(k: K, value: ActorFormValues[K]) => setV((old) => ({ ...old, [k]: value }));
  const toggle = (k: "sectorKeys" | "neighbourhoodIds", value: string, on: boolean) =>
    setV((old) => ({ ...old, [k]: on ? [...old[k], value] : old[k].filter((x) => x !== value) }));
  const base = `/t/${slug}/partners`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setErrors({});
    const payload = {
      name: v.name,
      kind: v.kind,
      sectorKeys: v.sectorKeys,
      formal: v.formal,
      careLine: v.careLine,
      aimedAt: v.aimedAt,
      vindplaats: v.vindplaats,
      vindplaatsNote: v.vindplaats ? v.vindplaatsNote : null,
      address: v.address,
      postcode: v.postcode,
      city: v.city,
      lat: coordinate(v.lat),
      lng: coordinate(v.lng),
      neighbourhoodIds: v.neighbourhoodIds,
      languages: splitList(v.languages),
      openingHours: v.openingHours,
      contacts: v.contacts.filter((c) => c.name.trim() || c.email.trim() || c.phone.trim()),
      website: v.website,
      notes: v.notes,
      tags: splitList(v.tags),
      missing: v.missing,
      missingNote: v.missing ? v.missingNote : null,
      status: v.status,
      offersUs: v.offersUs,
      offersThem: v.offersThem,
      ...(options.canChooseVisibility ? { visibility: v.visibility } : {}),
      ...(options.seesKeyFigures && v.kind === "key_figure" ? { personId: v.personId, consentMethod: consentMethod || null } : {}),
    };
    try {
      if (actorId && version !== undefined) {
        await api.actors.update.mutate({ id: actorId, version, ...payload });
        router.push(`${base}/actors/${actorId}?saved=1`);
      } else {
        const r = await api.actors.create.mutate(payload);
        router.push(`${base}/actors/${r.id}?saved=1`);
      }
      router.refresh();
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(errorCode(err) === "CONFLICT" ? t("actors.form.conflict") : errorMessage(err));
      setBusy(false);
    }
  }

  const err = (k: string) => errors[k] ?? null;
  return (
    <form onSubmit={submit} className="space-y-8" noValidate>
      {error ? (
        <Alert tone="error" title={t("actors.form.notSaved")}>
          {error}
        </Alert>
      ) : null}

      <fieldset className="space-y-4 rounded-xl border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("actors.form.who")}</legend>
        <TextField
          label={t("actors.field.name")}
          hint={t("actors.form.nameHint")}
          value={v.name}
          onChange={(e) => set("name", e.target.value)}
          required
          maxLength={200}
          error={err("name")}
        />
        <SelectField
          label={t("actors.field.kind")}
          value={v.kind}
          onChange={(e) => set("kind", e.target.value as Kind)}
          error={err("kind")}
        >
          {ACTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </SelectField>
        {v.kind === "key_figure" ? (
          options.seesKeyFigures ? (
            <KeyFigurePicker
              personId={v.personId}
              personName={v.personName}
              onChange={(id, name) => setV((old) => ({ ...old, personId: id, personName: name }))}
              consentMethod={consentMethod}
              onConsentMethod={setConsentMethod}
              error={err("personId")}
            />
          ) : (
            <p className="text-sm text-slate-700">{t("actors.form.keyFigureNoPermission")}</p>
          )
        ) : null}
        <CheckboxGroup legend={t("actors.field.sectors")} hint={t("actors.form.sectorsHint")} error={err("sectorKeys")} columns>
          {options.sectors
            .filter((s) => !s.archived || v.sectorKeys.includes(s.key))
            .map((s) => (
              <Checkbox
                key={s.key}
                label={sectorLabel(s, locale)}
                checked={v.sectorKeys.includes(s.key)}
                onChange={(e) => toggle("sectorKeys", s.key, e.target.checked)}
              />
            ))}
        </CheckboxGroup>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField label={t("actors.field.formal")} value={String(v.formal)} onChange={(e) => set("formal", e.target.value === "true")}>
            <option value="true">{t("formal.true")}</option>
            <option value="false">{t("formal.false")}</option>
          </SelectField>
          <SelectField
            label={t("actors.field.careLine")}
            value={v.careLine === null ? "" : String(v.careLine)}
            onChange={(e) => set("careLine", e.target.value ? (Number(e.target.value) as 1 | 2 | 3) : null)}
          >
            <option value="">{t("careLine.none")}</option>
            {[1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {t(`careLine.${n}` as "careLine.1")}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("actors.field.aimedAt")}
            value={v.aimedAt ?? ""}
            onChange={(e) => set("aimedAt", (e.target.value || null) as AimedAt | null)}
          >
            <option value="">{t("actors.form.unknown")}</option>
            {AIMED_AT.map((a) => (
              <option key={a} value={a}>
                {t(`aimedAt.${a}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded-xl border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("actors.form.where")}</legend>
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
          <TextField
            label={t("actors.field.address")}
            value={v.address}
            onChange={(e) => set("address", e.target.value)}
            autoComplete="off"
            error={err("address")}
          />
          <TextField
            label={t("actors.field.postcode")}
            value={v.postcode}
            onChange={(e) => set("postcode", e.target.value)}
            inputMode="numeric"
            error={err("postcode")}
          />
          <TextField label={t("actors.field.city")} value={v.city} onChange={(e) => set("city", e.target.value)} error={err("city")} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("actors.field.lat")}
            value={v.lat}
            onChange={(e) => set("lat", e.target.value)}
            inputMode="decimal"
            error={err("lat")}
          />
          <TextField
            label={t("actors.field.lng")}
            value={v.lng}
            onChange={(e) => set("lng", e.target.value)}
            inputMode="decimal"
            error={err("lng")}
          />
        </div>
        <p className="text-sm text-slate-700">{t("actors.form.pointHint")}</p>
        <PointPicker
          config={options.map}
          lat={coordinate(v.lat)}
          lng={coordinate(v.lng)}
          onPick={(lat, lng) => setV((old) => ({ ...old, lat: lat === null ? "" : String(lat), lng: lng === null ? "" : String(lng) }))}
        />
        {options.neighbourhoods.length ? (
          <CheckboxGroup
            legend={t("actors.field.neighbourhoods")}
            hint={t("actors.form.neighbourhoodsHint")}
            error={err("neighbourhoodIds")}
            columns
          >
            {options.neighbourhoods.map((n) => (
              <Checkbox
                key={n.id}
                label={n.name}
                checked={v.neighbourhoodIds.includes(n.id)}
                onChange={(e) => toggle("neighbourhoodIds", n.id, e.target.checked)}
              />
            ))}
          </CheckboxGroup>
        ) : null}
        <Checkbox
          label={t("actors.field.vindplaats")}
          hint={t("actors.form.vindplaatsHint")}
          checked={v.vindplaats}
          onChange={(e) => set("vindplaats", e.target.checked)}
        />
        {v.vindplaats ? (
          <TextField
            label={t("actors.field.vindplaatsNote")}
            value={v.vindplaatsNote}
            onChange={(e) => set("vindplaatsNote", e.target.value)}
            error={err("vindplaatsNote")}
          />
        ) : null}
        <Checkbox
          label={t("actors.field.missing")}
          hint={t("actors.form.missingHint")}
          checked={v.missing}
          onChange={(e) => set("missing", e.target.checked)}
        />
        {v.missing ? (
          <TextField
            label={t("actors.field.missingNote")}
            value={v.missingNote}
            onChange={(e) => set("missingNote", e.target.value)}
            error={err("missingNote")}
          />
        ) : null}
      </fieldset>

      <fieldset className="space-y-4 rounded-xl border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("actors.form.relationship")}</legend>
        <SelectField label={t("actors.field.status")} value={v.status} onChange={(e) => set("status", e.target.value as Status)}>
          {RELATIONSHIP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextArea
            label={t("actors.field.offersUs")}
            value={v.offersUs}
            onChange={(e) => set("offersUs", e.target.value)}
            error={err("offersUs")}
          />
          <TextArea
            label={t("actors.field.offersThem")}
            value={v.offersThem}
            onChange={(e) => set("offersThem", e.target.value)}
            error={err("offersThem")}
          />
        </div>
        {options.canChooseVisibility ? (
          <SelectField
            label={t("actors.field.visibility")}
            hint={t("actors.form.visibilityHint")}
            value={v.visibility}
            onChange={(e) => set("visibility", e.target.value as "partnership" | "organisation")}
          >
            <option value="partnership">{t("visibility.partnership")}</option>
            <option value="organisation">{t("visibility.organisation")}</option>
          </SelectField>
        ) : null}
      </fieldset>

      <fieldset className="space-y-4 rounded-xl border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("actors.form.more")}</legend>
        <ContactsEditor contacts={v.contacts} onChange={(c) => set("contacts", c)} error={err("contacts")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("actors.field.website")}
            type="url"
            value={v.website}
            onChange={(e) => set("website", e.target.value)}
            placeholder="https://"
            error={err("website")}
          />
          <TextField
            label={t("actors.field.languages")}
            hint={t("actors.form.listHint")}
            value={v.languages}
            onChange={(e) => set("languages", e.target.value)}
            error={err("languages")}
          />
        </div>
        <TextField
          label={t("actors.field.openingHours")}
          value={v.openingHours}
          onChange={(e) => set("openingHours", e.target.value)}
          error={err("openingHours")}
        />
        <TextField
          label={t("actors.field.tags")}
          hint={t("actors.form.listHint")}
          value={v.tags}
          onChange={(e) => set("tags", e.target.value)}
          error={err("tags")}
        />
        <TextArea
          label={t("actors.field.notes")}
          hint={t("actors.form.notesHint")}
          value={v.notes}
          onChange={(e) => set("notes", e.target.value)}
          error={err("notes")}
        />
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? t("actors.form.saving") : actorId ? t("actors.form.save") : t("actors.form.create")}
        </Button>
        <a
          href={actorId ? `${base}/actors/${actorId}` : base}
          className="inline-flex min-h-11 items-center px-3 font-semibold text-teal-900 underline"
        >
          {t("actors.form.cancel")}
        </a>
      </div>
    </form>
  );
}
