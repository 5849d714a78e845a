"use client";
import {
  Badge,
  Button,
  Checkbox,
  CheckboxGroup,
  SelectField,
  TextField,
  ErrorSummary,
  useFormErrors,
  useCall,
  usePlatformClient,
} from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, useState } from "react";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";
import { LIMITS } from "@zorgzaam/core/limits";
import { BASE_MAP_CHOICES } from "@zorgzaam/core/map/base-maps";
import { type Locale, LOCALES } from "@/i18n/locales";

type BaseMapChoice = (typeof BASE_MAP_CHOICES)[number];

interface Settings {
  name: string;
  defaultLocale: string;
  enabledLocales: string[];
  mapBaseMap: string | null;
  autoBaseMap: string;
  mapStyleUrl: string | null;
  mapAttribution: string | null;
  mapCenterLat: number;
  mapCenterLng: number;
  mapZoom: number;
  allowPassword: boolean;
  retentionDays: number;
  hasMapboxToken: boolean;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-4 rounded-xl border border-slate-300 bg-white p-4 sm:p-5">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** Numbers typed with a decimal comma (Belgian habit) or point. */
function num(v: FormDataEntryValue | null): number {
  return Number(
    String(v ?? "")
      .trim()
      .replace(",", "."),
  );
}

export function SettingsForm({ settings: s }: { settings: Settings }) {
  const t = useTranslations("settings");
  const tl = useTranslations("language");
  const tc = useTranslations("common");
  const client = usePlatformClient<AppRouter>();
  const { done } = useFeedback();
  const save = useCall(client.tenant.updateSettings.mutate);
  const problems = useFormErrors();
  const errors = problems.state.fields;
  const [tokenKey, setTokenKey] = useState(0);
  const [baseMap, setBaseMap] = useState<BaseMapChoice>(
    (BASE_MAP_CHOICES as readonly string[]).includes(s.mapBaseMap ?? "") ? (s.mapBaseMap as BaseMapChoice) : "auto",
  );
  const baseMapName = (c: string) =>
    (BASE_MAP_CHOICES as readonly string[]).includes(c) && c !== "auto" ? t(`baseMapOptions.${c as Exclude<BaseMapChoice, "auto">}`) : c;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const token = String(form.get("mapboxToken") ?? "").trim();
    const removeToken = form.get("removeMapboxToken") === "on";
    const input = {
      name: String(form.get("name") ?? ""),
      defaultLocale: String(form.get("defaultLocale")) as Locale,
      enabledLocales: form.getAll("enabledLocales").map(String) as Locale[],
      allowPassword: form.get("allowPassword") === "on",
      retentionDays: num(form.get("retentionDays")),
      mapBaseMap: baseMap,
      // Only the fields shown: switching to a preset keeps a typed address for later.
      ...(baseMap === "custom" || baseMap === "mapbox" ? { mapStyleUrl: String(form.get("mapStyleUrl") ?? "").trim() } : {}),
      ...(baseMap === "custom" ? { mapAttribution: String(form.get("mapAttribution") ?? "").trim() } : {}),
      mapCenterLat: num(form.get("mapCenterLat")),
      mapCenterLng: num(form.get("mapCenterLng")),
      mapZoom: num(form.get("mapZoom")),
      // Write-only: an empty field keeps the current token.
      ...(removeToken ? { mapboxToken: null } : token ? { mapboxToken: token } : {}),
    };
    // The same limits as the server (tenant.updateSettings), said in plain words next to each field.
    const local: Record<string, string> = {};
    const range = (k: "retentionDays" | "mapCenterLat" | "mapCenterLng" | "mapZoom", min: number, max: number, integer = false) => {
      const v = input[k];
      if (!Number.isFinite(v)) local[k] = t("notANumber");
      else if (v < min || v > max || (integer && !Number.isInteger(v)))
        local[k] = t(integer ? "wholeNumberBetween" : "numberBetween", { min, max });
    };
    range("retentionDays", 1, 3650, true);
    range("mapCenterLat", -90, 90);
    range("mapCenterLng", -180, 180);
    range("mapZoom", 0, 22);
    if (!input.name.trim()) local.name = t("nameRequired");
    if (input.enabledLocales.length === 0) local.enabledLocales = t("localesRequired");
    else if (!input.enabledLocales.includes(input.defaultLocale)) local.defaultLocale = t("defaultNotEnabled");
    if (input.mapStyleUrl ? !/^https?:\/\/\S+$/i.test(input.mapStyleUrl) : baseMap === "custom") local.mapStyleUrl = t("badUrl");
    if (Object.keys(local).length) {
      problems.show(local);
      return;
    }
    problems.clear();
    save.run(input, {
      onSuccess: () => {
        setTokenKey((k) => k + 1);
        done(t("saved"));
      },
      onError: (err) => {
        problems.fail(err);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
      <ErrorSummary errors={problems.state} />
      <Section title={t("general")}>
        <TextField
          id="settings-name"
          name="name"
          label={t("name")}
          required
          limit={LIMITS.name}
          defaultValue={s.name}
          error={errors.name}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="settings-default-locale"
            name="defaultLocale"
            label={t("defaultLocale")}
            hint={t("defaultLocaleHint")}
            defaultValue={s.defaultLocale}
            error={errors.defaultLocale}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {tl(l)}
              </option>
            ))}
          </SelectField>
          <CheckboxGroup legend={t("enabledLocales")} error={errors.enabledLocales}>
            {LOCALES.map((l) => (
              <Checkbox key={l} name="enabledLocales" value={l} label={tl(l)} defaultChecked={s.enabledLocales.includes(l)} />
            ))}
          </CheckboxGroup>
        </div>
      </Section>

      <Section title={t("security")}>
        <Checkbox name="allowPassword" label={t("allowPassword")} hint={t("allowPasswordHint")} defaultChecked={s.allowPassword} />
        <TextField
          id="settings-retention"
          name="retentionDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          step={1}
          label={t("retentionDays")}
          hint={t("retentionDaysHint")}
          defaultValue={s.retentionDays}
          error={errors.retentionDays}
          className="max-w-40"
        />
      </Section>

      <Section title={t("map")}>
        <SelectField
          id="settings-base-map"
          name="mapBaseMap"
          label={t("baseMap")}
          hint={t("baseMapHint")}
          value={baseMap}
          onChange={(e) => setBaseMap(e.currentTarget.value as BaseMapChoice)}
          error={errors.mapBaseMap}
        >
          {BASE_MAP_CHOICES.map((c) => (
            <option key={c} value={c}>
              {c === "auto" ? t("baseMapAuto", { name: baseMapName(s.autoBaseMap) }) : baseMapName(c)}
            </option>
          ))}
        </SelectField>
        {baseMap === "custom" || baseMap === "mapbox" ? (
          <TextField
            id="settings-style"
            name="mapStyleUrl"
            type="url"
            label={t("mapStyleUrl")}
            hint={t("mapStyleUrlHint")}
            limit={LIMITS.url}
            defaultValue={s.mapStyleUrl ?? ""}
            error={errors.mapStyleUrl}
          />
        ) : null}
        {baseMap === "custom" ? (
          <TextField
            id="settings-attribution"
            name="mapAttribution"
            label={t("mapAttribution")}
            hint={t("mapAttributionHint")}
            limit={LIMITS.mapAttribution}
            defaultValue={s.mapAttribution ?? ""}
            error={errors.mapAttribution}
          />
        ) : null}
        <div key={tokenKey} className="space-y-2">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-semibold">{t("mapboxTokenStatus")}</span>
            {s.hasMapboxToken ? <Badge tone="good">{t("tokenSet")}</Badge> : <Badge>{t("tokenNotSet")}</Badge>}
          </p>
          <TextField
            id="settings-mapbox-token"
            name="mapboxToken"
            type="password"
            autoComplete="off"
            label={s.hasMapboxToken ? t("mapboxTokenReplace") : t("mapboxToken")}
            hint={t("mapboxTokenHint")}
            limit={LIMITS.mapboxToken}
            error={errors.mapboxToken}
          />
          {s.hasMapboxToken ? <Checkbox name="removeMapboxToken" label={t("removeMapboxToken")} /> : null}
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            id="settings-lat"
            name="mapCenterLat"
            inputMode="decimal"
            label={t("mapCenterLat")}
            defaultValue={s.mapCenterLat}
            error={errors.mapCenterLat}
          />
          <TextField
            id="settings-lng"
            name="mapCenterLng"
            inputMode="decimal"
            label={t("mapCenterLng")}
            defaultValue={s.mapCenterLng}
            error={errors.mapCenterLng}
          />
          <TextField
            id="settings-zoom"
            name="mapZoom"
            inputMode="decimal"
            label={t("mapZoom")}
            hint={t("mapZoomHint")}
            defaultValue={s.mapZoom}
            error={errors.mapZoom}
          />
        </div>
      </Section>

      <Button type="submit" disabled={save.pending}>
        {save.pending ? tc("saving") : t("save")}
      </Button>
    </form>
  );
}
