"use client";
import { Checkbox, CheckboxGroup, SelectField, TextArea, TextField } from "@zorgzaam/ui";
import { useLocale, useTranslations } from "next-intl";
import { ACTOR_KINDS, AIMED_AT, RELATIONSHIP_STATUSES } from "../../domain";
import { ContactsEditor } from "./contacts-editor";
import { type AimedAt, type ConsentProps, coordinate, type Kind, type SectionProps, type Status } from "./form-types";
import { KeyFigurePicker } from "./key-figure-picker";
import { sectorLabel } from "./labels";
import { PointPicker } from "./point-picker";
import { PARTNERS_LIMITS } from "../../limits";

/** What the actor is: name, kind (and the person, for a key figure), sectors, formal, line, aimed at. */
export function WhoSection({ v, set, setV, toggle, err, options, consentMethod, onConsentMethod }: SectionProps & ConsentProps) {
  const t = useTranslations("partners");
  const locale = useLocale();
  return (
    <fieldset className="space-y-4 rounded-xl border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("actors.form.who")}</legend>
      <TextField
        name="name"
        label={t("actors.field.name")}
        hint={t("actors.form.nameHint")}
        value={v.name}
        onChange={(e) => set("name", e.target.value)}
        required
        limit={PARTNERS_LIMITS.actorName}
        error={err("name")}
      />
      <SelectField
        name="kind"
        label={t("actors.field.kind")}
        value={v.kind}
        onChange={(e) => {
          const kind = e.target.value as Kind;
          // A key figure is a person: informal by default (until someone chooses otherwise).
          setV((old) => ({ ...old, kind, formal: old.formal === (old.kind !== "key_figure") ? kind !== "key_figure" : old.formal }));
        }}
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
            onConsentMethod={onConsentMethod}
            personOptions={options.person}
            error={err("personId")}
            consentError={err("consentMethod")}
          />
        ) : (
          <p className="text-sm text-slate-700">{t("actors.form.keyFigureNoPermission")}</p>
        )
      ) : null}
      <CheckboxGroup
        name="sectorKeys"
        legend={t("actors.field.sectors")}
        hint={t("actors.form.sectorsHint")}
        error={err("sectorKeys")}
        columns
      >
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
  );
}

/** Where: address, point (map or coordinates), neighbourhoods served, vindplaats, missing place. */
export function WhereSection({ v, set, setV, toggle, err, options }: SectionProps) {
  const t = useTranslations("partners");
  return (
    <fieldset id="point" className="scroll-mt-4 space-y-4 rounded-xl border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("actors.form.where")}</legend>
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
        <TextField
          name="address"
          label={t("actors.field.address")}
          value={v.address}
          onChange={(e) => set("address", e.target.value)}
          autoComplete="off"
          error={err("address")}
        />
        <TextField
          name="postcode"
          label={t("actors.field.postcode")}
          value={v.postcode}
          onChange={(e) => set("postcode", e.target.value)}
          inputMode="numeric"
          error={err("postcode")}
        />
        <TextField
          name="city"
          label={t("actors.field.city")}
          value={v.city}
          onChange={(e) => set("city", e.target.value)}
          error={err("city")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="lat"
          label={t("actors.field.lat")}
          value={v.lat}
          onChange={(e) => set("lat", e.target.value)}
          inputMode="decimal"
          error={err("lat")}
        />
        <TextField
          name="lng"
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
          name="neighbourhoodIds"
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
          name="vindplaatsNote"
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
          name="missingNote"
          label={t("actors.field.missingNote")}
          value={v.missingNote}
          onChange={(e) => set("missingNote", e.target.value)}
          error={err("missingNote")}
        />
      ) : null}
    </fieldset>
  );
}

/** Our relationship: status, what each side offers, who sees the actor. */
export function RelationshipSection({ v, set, err, options }: SectionProps) {
  const t = useTranslations("partners");
  return (
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
          name="offersUs"
          label={t("actors.field.offersUs")}
          value={v.offersUs}
          onChange={(e) => set("offersUs", e.target.value)}
          error={err("offersUs")}
        />
        <TextArea
          name="offersThem"
          label={t("actors.field.offersThem")}
          value={v.offersThem}
          onChange={(e) => set("offersThem", e.target.value)}
          error={err("offersThem")}
        />
      </div>
      {options.canChooseVisibility ? (
        <SelectField
          name="visibility"
          label={t("actors.field.visibility")}
          hint={t("actors.form.visibilityHint")}
          error={err("visibility")}
          value={v.visibility}
          onChange={(e) => set("visibility", e.target.value as "partnership" | "organisation")}
        >
          <option value="partnership">{t("visibility.partnership")}</option>
          <option value="organisation">{t("visibility.organisation")}</option>
        </SelectField>
      ) : null}
    </fieldset>
  );
}

/** Contact persons, website, languages, opening hours, labels, notes. */
export function MoreSection({ v, set, err }: SectionProps) {
  const t = useTranslations("partners");
  return (
    <fieldset className="space-y-4 rounded-xl border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("actors.form.more")}</legend>
      <ContactsEditor contacts={v.contacts} onChange={(c) => set("contacts", c)} error={err("contacts")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="website"
          label={t("actors.field.website")}
          type="url"
          value={v.website}
          onChange={(e) => set("website", e.target.value)}
          placeholder="https://"
          error={err("website")}
        />
        <TextField
          name="languages"
          label={t("actors.field.languages")}
          hint={t("actors.form.listHint")}
          value={v.languages}
          onChange={(e) => set("languages", e.target.value)}
          error={err("languages")}
        />
      </div>
      <TextField
        name="openingHours"
        label={t("actors.field.openingHours")}
        value={v.openingHours}
        onChange={(e) => set("openingHours", e.target.value)}
        error={err("openingHours")}
      />
      <TextField
        name="tags"
        label={t("actors.field.tags")}
        hint={t("actors.form.listHint")}
        value={v.tags}
        onChange={(e) => set("tags", e.target.value)}
        error={err("tags")}
      />
      <TextArea
        name="notes"
        label={t("actors.field.notes")}
        hint={t("actors.form.notesHint")}
        value={v.notes}
        onChange={(e) => set("notes", e.target.value)}
        error={err("notes")}
      />
    </fieldset>
  );
}
