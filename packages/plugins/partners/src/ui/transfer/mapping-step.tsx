"use client";
import { Button, Card, SelectField } from "@zorgzaam/ui";
import { useLocale, useTranslations } from "next-intl";
import { ACTOR_KINDS, RELATIONSHIP_STATUSES } from "../../domain";
import type { ImportField, ImportFormat, Mapping, SectorOption, UnknownValues } from "./wizard-types";

const IMPORTABLE_KINDS = ACTOR_KINDS.filter((k) => k !== "key_figure");
/** The choice "leave this value out" (the server's IGNORED, server/transfer/values.ts). */
const IGNORED = "_ignore";
/** Always offered first: a kind column left unmapped would make every row the default kind. */
const ALWAYS_SHOWN = ["kind"];

const simplified = (v: string) =>
  v
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

export interface MappingStepProps {
  format: ImportFormat;
  headers: string[];
  sample: string[][];
  fields: readonly ImportField[];
  requiredFields: readonly ImportField[];
  /** The mapping the page opened with; its columns decide which fields are shown first. */
  proposed: Mapping;
  mapping: Mapping;
  /** Changes the mapping (the wizard then forgets the preview, which no longer matches). */
  onChange: (update: (m: Mapping) => Mapping) => void;
  unknown: UnknownValues;
  sectors: SectorOption[];
  hasOrganisation: boolean;
  busy: "preview" | "start" | null;
  onPreview: () => void;
}

/** Step 1: which column holds which field, the defaults, and what the unknown values of the file mean. */
export function MappingStep(props: MappingStepProps) {
  const t = useTranslations("partners.transfer");
  const tp = useTranslations("partners");
  const locale = useLocale();
  const { mapping, onChange } = props;

  const sectorLabel = (s: SectorOption) => (locale === "fr" ? s.labelFr : locale === "en" ? s.labelEn : s.labelNl) || s.labelNl || s.key;
  const example = (i: number) => props.sample.map((r) => r[i] ?? "").find((v) => v.trim()) ?? "";

  function setColumn(field: ImportField, value: string) {
    onChange((m) => ({ ...m, columns: { ...m.columns, [field]: value === "" ? null : Number(value) } }));
  }
  function setValue(kind: "kind" | "sectors" | "status", source: string, target: string) {
    onChange((m) => {
      const values = { ...m.values[kind] };
      if (target) values[source] = target;
      else delete values[source];
      return { ...m, values: { ...m.values, [kind]: values } };
    });
  }
  function ignoreAll() {
    onChange((m) => {
      const values = { kind: { ...m.values.kind }, sectors: { ...m.values.sectors }, status: { ...m.values.status } };
      for (const { kind, v } of unknownEntries) if (!values[kind][simplified(v)]) values[kind][simplified(v)] = IGNORED;
      return { ...m, values } as Mapping;
    });
  }
  function setDefault<K extends keyof Mapping["defaults"]>(k: K, v: Mapping["defaults"][K]) {
    onChange((m) => ({ ...m, defaults: { ...m.defaults, [k]: v } }));
  }

  // The fields we recognised in the file (and the name) first; the others folded away, so a phone screen stays short.
  const mainFields = props.fields.filter(
    (f) => props.requiredFields.includes(f) || ALWAYS_SHOWN.includes(f) || props.proposed.columns[f] != null,
  );
  const otherFields = props.fields.filter((f) => !mainFields.includes(f));
  const columnSelect = (f: ImportField) => {
    const required = props.requiredFields.includes(f);
    const v = mapping.columns[f];
    return (
      <SelectField
        key={f}
        label={
          <>
            {t(`field.${f}` as "field.name")}
            {required ? <span className="font-normal text-slate-700"> ({t("mapping.required")})</span> : null}
          </>
        }
        value={v === null || v === undefined ? "" : String(v)}
        onChange={(e) => setColumn(f, e.target.value)}
        required={required}
      >
        <option value="">{t("mapping.notUsed")}</option>
        {props.headers.map((h, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by their position
          <option key={i} value={String(i)}>
            {example(i) ? t("mapping.column", { name: h, example: example(i).slice(0, 40) }) : t("mapping.columnEmpty", { name: h })}
          </option>
        ))}
      </SelectField>
    );
  };

  const unknownEntries = [
    ...(props.unknown.kind ?? []).map((v) => ({ kind: "kind" as const, v })),
    ...(props.unknown.sectors ?? []).map((v) => ({ kind: "sectors" as const, v })),
    ...(props.unknown.status ?? []).map((v) => ({ kind: "status" as const, v })),
  ];

  return (
    <Card title={t("mapping.title")}>
      <p className="mb-4 text-slate-800">{props.format === "hsds" ? t("mapping.hsdsIntro") : t("mapping.intro")}</p>
      {props.format !== "hsds" ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2">{mainFields.map(columnSelect)}</div>
          {otherFields.length ? (
            <details className="mt-4 rounded-lg border border-slate-300 p-3">
              <summary className="min-h-11 cursor-pointer py-2 font-semibold text-slate-900">
                {t("mapping.moreFields", { count: otherFields.length })}
              </summary>
              <div className="mt-2 grid gap-4 sm:grid-cols-2">{otherFields.map(columnSelect)}</div>
            </details>
          ) : null}
        </>
      ) : null}

      <fieldset className="mt-6 grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("mapping.defaults")}</legend>
        {props.format !== "hsds" ? (
          <SelectField
            label={t("mapping.defaultKind")}
            value={mapping.defaults.kind}
            onChange={(e) => setDefault("kind", e.target.value as Mapping["defaults"]["kind"])}
          >
            {IMPORTABLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {tp(`kind.${k}` as "kind.organisation")}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          label={t("mapping.defaultStatus")}
          value={mapping.defaults.status}
          onChange={(e) => setDefault("status", e.target.value as Mapping["defaults"]["status"])}
        >
          {RELATIONSHIP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tp(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        {props.hasOrganisation ? (
          <SelectField
            label={t("mapping.visibility")}
            value={mapping.defaults.visibility ?? "partnership"}
            onChange={(e) => setDefault("visibility", e.target.value as Mapping["defaults"]["visibility"])}
          >
            <option value="partnership">{tp("visibility.partnership")}</option>
            <option value="organisation">{tp("visibility.organisation")}</option>
          </SelectField>
        ) : null}
      </fieldset>

      {unknownEntries.length ? (
        <fieldset className="mt-6 space-y-3">
          <legend className="text-base font-semibold text-slate-900">{t("mapping.values")}</legend>
          <p className="text-slate-800">{t("mapping.valuesIntro")}</p>
          <Button variant="secondary" onClick={ignoreAll}>
            {t("mapping.ignoreAll")}
          </Button>
          <div className="grid gap-4 sm:grid-cols-2">
            {unknownEntries.map(({ kind, v }) => {
              const current = mapping.values[kind][simplified(v)] ?? mapping.values[kind][v] ?? "";
              const label =
                kind === "kind"
                  ? t("mapping.valueKind", { value: v })
                  : kind === "sectors"
                    ? t("mapping.valueSector", { value: v })
                    : t("mapping.valueStatus", { value: v });
              return (
                <SelectField
                  key={`${kind}:${v}`}
                  label={label}
                  value={current}
                  onChange={(e) => setValue(kind, simplified(v), e.target.value)}
                >
                  <option value="">{t("mapping.choose")}</option>
                  <option value={IGNORED}>{kind === "sectors" ? t("mapping.ignoreSector") : t("mapping.ignore")}</option>
                  {kind === "kind"
                    ? IMPORTABLE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {tp(`kind.${k}` as "kind.organisation")}
                        </option>
                      ))
                    : kind === "sectors"
                      ? props.sectors.map((s) => (
                          <option key={s.key} value={s.key}>
                            {sectorLabel(s)}
                          </option>
                        ))
                      : RELATIONSHIP_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {tp(`status.${s}`)}
                          </option>
                        ))}
                </SelectField>
              );
            })}
          </div>
        </fieldset>
      ) : null}

      <div className="mt-6">
        <Button onClick={() => props.onPreview()} disabled={props.busy !== null}>
          {props.busy === "preview" ? t("mapping.previewing") : t("mapping.preview")}
        </Button>
      </div>
    </Card>
  );
}
