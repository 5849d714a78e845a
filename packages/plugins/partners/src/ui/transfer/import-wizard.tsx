"use client";
import { Alert, Badge, Button, Card, DataTable, SelectField } from "@zorgzaam/ui";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ACTOR_KINDS, RELATIONSHIP_STATUSES } from "../../domain";
import { errorMessage, usePartners } from "../client";
import { ImportProgress } from "./progress";

type Action = "skip" | "update" | "new";

export interface Mapping {
  columns: Partial<Record<string, number | null>>;
  values: { kind: Record<string, string>; sectors: Record<string, string>; status: Record<string, string> };
  defaults: { kind: string; status: string; visibility?: "partnership" | "organisation"; sectors: string[] };
}

export interface RowIssue {
  row: number;
  file?: string;
  column: string | null;
  message: string;
}

export interface DuplicateIssue {
  row: number;
  file?: string;
  name: string;
  matchId: string | null;
  matchRow: number | null;
  matchName: string;
  matchAddress: string | null;
  score: number;
  inFile: boolean;
  editable: boolean;
  action: Action;
}

interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

interface Summary {
  totalRows: number;
  valid: number;
  toImport: number;
  errorCount: number;
  duplicateCount: number;
}

export interface WizardProps {
  slug: string;
  id: string;
  format: "csv" | "xlsx" | "hsds";
  headers: string[];
  sample: string[][];
  fields: readonly string[];
  requiredFields: readonly string[];
  mapping: Mapping;
  unknownValues: { kind?: string[]; sectors?: string[]; status?: string[] };
  sectors: { key: string; labelNl: string; labelFr: string; labelEn: string }[];
  hasOrganisation: boolean;
  summary: Summary | null;
  errors: Page<RowIssue> | null;
  duplicates: Page<DuplicateIssue> | null;
  message: string | null;
}

const IMPORTABLE_KINDS = ACTOR_KINDS.filter((k) => k !== "key_figure");
const keyOf = (d: { row: number; file?: string }) => `${d.file ?? ""}#${d.row}`;

/** The steps of an import: match the columns, look at the preview (problems, duplicates), start, watch the progress. */
export function ImportWizard(props: WizardProps) {
  const t = useTranslations("partners.transfer");
  const tp = useTranslations("partners");
  const locale = useLocale();
  const api = usePartners();
  const [mapping, setMapping] = useState<Mapping>(props.mapping);
  const [unknown, setUnknown] = useState(props.unknownValues);
  const [summary, setSummary] = useState<Summary | null>(props.summary);
  const [errors, setErrors] = useState<Page<RowIssue> | null>(props.errors);
  const [dups, setDups] = useState<Page<DuplicateIssue> | null>(props.duplicates);
  const [busy, setBusy] = useState<"preview" | "start" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [started, setStarted] = useState(false);

  const sectorLabel = (s: WizardProps["sectors"][number]) =>
    (locale === "fr" ? s.labelFr : locale === "en" ? s.labelEn : s.labelNl) || s.labelNl || s.key;
  const example = (i: number) => props.sample.map((r) => r[i] ?? "").find((v) => v.trim()) ?? "";

  function setColumn(field: string, value: string) {
    setMapping((m) => ({ ...m, columns: { ...m.columns, [field]: value === "" ? null : Number(value) } }));
    setSummary(null);
  }
  function setValue(kind: "kind" | "sectors" | "status", source: string, target: string) {
    setMapping((m) => {
      const values = { ...m.values[kind] };
      if (target) values[source] = target;
      else delete values[source];
      return { ...m, values: { ...m.values, [kind]: values } };
    });
    setSummary(null);
  }
  function setDefault<K extends keyof Mapping["defaults"]>(k: K, v: Mapping["defaults"][K]) {
    setMapping((m) => ({ ...m, defaults: { ...m.defaults, [k]: v } }));
    setSummary(null);
  }

  async function preview() {
    setBusy("preview");
    setProblem(null);
    try {
      const r = await api.transfer.preview.mutate({ id: props.id, mapping: mapping as never });
      setSummary({
        totalRows: r.totalRows,
        valid: r.valid,
        toImport: r.toImport,
        errorCount: r.errorCount,
        duplicateCount: r.duplicateCount,
      });
      setErrors(r.errors);
      setDups(r.duplicates as Page<DuplicateIssue>);
      setUnknown(r.unknownValues);
      document.getElementById("preview-title")?.focus();
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  async function loadPage(list: "errors" | "duplicates", page: number) {
    try {
      const r = await api.transfer.issues.query({ id: props.id, list, page });
      if (r.list === "errors") setErrors(r as Page<RowIssue>);
      else setDups(r as Page<DuplicateIssue>);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }

  async function decide(rows: { row: number; file?: string; action: Action }[], all?: Action) {
    setProblem(null);
    setSaved(null);
    try {
      const r = await api.transfer.decide.mutate({ id: props.id, rows, ...(all ? { all } : {}) });
      if (dups) {
        if (all) await loadPage("duplicates", dups.page);
        else {
          const chosen = new Map(rows.map((x) => [keyOf(x), x.action]));
          setDups({ ...dups, items: dups.items.map((d) => ({ ...d, action: chosen.get(keyOf(d)) ?? d.action })) });
        }
      }
      if (summary) setSummary({ ...summary, toImport: summary.valid - r.skip });
      setSaved(t("preview.saved"));
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }

  async function start() {
    setBusy("start");
    setProblem(null);
    try {
      await api.transfer.start.mutate({ id: props.id });
      setStarted(true);
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  if (started) {
    return (
      <Card title={t("start.title")}>
        <ImportProgress id={props.id} initial={{ status: "queued", progress: 0 }} />
      </Card>
    );
  }

  // The fields we recognised in the file (and the name) first; the others folded away, so a phone screen stays short.
  const mainFields = props.fields.filter((f) => props.requiredFields.includes(f) || props.mapping.columns[f] != null);
  const otherFields = props.fields.filter((f) => !mainFields.includes(f));
  const columnSelect = (f: string) => {
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
    ...(unknown.kind ?? []).map((v) => ({ kind: "kind" as const, v })),
    ...(unknown.sectors ?? []).map((v) => ({ kind: "sectors" as const, v })),
    ...(unknown.status ?? []).map((v) => ({ kind: "status" as const, v })),
  ];
  const simplified = (v: string) =>
    v
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  const pages = (p: Page<unknown>) => Math.max(1, Math.ceil(p.total / p.pageSize));

  return (
    <div className="space-y-6">
      {props.message ? <Alert tone="error">{props.message}</Alert> : null}
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
              onChange={(e) => setDefault("kind", e.target.value)}
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
            onChange={(e) => setDefault("status", e.target.value)}
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
              onChange={(e) => setDefault("visibility", e.target.value as "partnership" | "organisation")}
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
          <Button onClick={() => void preview()} disabled={busy !== null}>
            {busy === "preview" ? t("mapping.previewing") : t("mapping.preview")}
          </Button>
        </div>
      </Card>

      <Card>
        <h2 id="preview-title" tabIndex={-1} className="mb-3 text-lg font-semibold text-slate-900">
          {t("preview.title")}
        </h2>
        {summary ? (
          <p className="mb-4 text-slate-900" role="status">
            {t("preview.summary", {
              rows: summary.totalRows,
              valid: summary.valid,
              errors: summary.totalRows - summary.valid,
              duplicates: summary.duplicateCount,
              toImport: summary.toImport,
            })}
          </p>
        ) : (
          <p className="mb-4 text-slate-700">{t("preview.notYet")}</p>
        )}

        {summary && errors ? (
          <section aria-labelledby="errors-title" className="space-y-3">
            <h3 id="errors-title" className="font-semibold text-slate-900">
              {t("preview.errorsTitle", { count: summary.errorCount })}
            </h3>
            {summary.errorCount === 0 ? (
              <p className="text-slate-800">{t("preview.noErrors")}</p>
            ) : (
              <>
                <p className="text-slate-800">{t("preview.errorsIntro")}</p>
                <DataTable caption={t("preview.errorsCaption")}>
                  <thead>
                    <tr>
                      <th scope="col">{t("preview.row")}</th>
                      {props.format === "hsds" ? <th scope="col">{t("preview.file")}</th> : null}
                      <th scope="col">{t("preview.columnHeader")}</th>
                      <th scope="col">{t("preview.problem")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200">
                    {errors.items.map((e, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several problems in one column
                      <tr key={`${e.file ?? ""}-${e.row}-${e.column ?? ""}-${i}`}>
                        <td>{e.row}</td>
                        {props.format === "hsds" ? <td>{e.file ?? ""}</td> : null}
                        <td>{e.column ?? "–"}</td>
                        <td>{e.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </DataTable>
                <Pager page={errors.page} pages={pages(errors)} onPage={(p) => void loadPage("errors", p)} />
              </>
            )}
          </section>
        ) : null}

        {summary && dups ? (
          <section aria-labelledby="dups-title" className="mt-6 space-y-3">
            <h3 id="dups-title" className="font-semibold text-slate-900">
              {t("preview.duplicatesTitle", { count: dups.total })}
            </h3>
            {dups.total === 0 ? (
              <p className="text-slate-800">{t("preview.noDuplicates")}</p>
            ) : (
              <>
                <p className="text-slate-800">{t("preview.duplicatesIntro")}</p>
                <div className="flex flex-wrap items-center gap-2">
                  <span className="text-sm font-semibold text-slate-900">{t("preview.all")}</span>
                  {(["skip", "update", "new"] as const).map((a) => (
                    <Button key={a} variant="secondary" onClick={() => void decide([], a)}>
                      {t(`preview.${a}`)}
                    </Button>
                  ))}
                </div>
                <ul className="space-y-3">
                  {dups.items.map((d) => (
                    <li key={keyOf(d)} className="rounded-lg border border-slate-300 p-3">
                      <fieldset>
                        <legend className="font-medium text-slate-900">
                          {t("preview.rowName", { row: d.row, name: d.name })}{" "}
                          <span className="font-normal text-slate-800">
                            — {t("preview.looksLike", { name: d.matchName })}
                            {d.matchAddress ? `, ${d.matchAddress}` : ""} (
                            {d.inFile ? (
                              t("preview.inFile", { row: d.matchRow ?? 0 })
                            ) : d.matchId ? (
                              <a
                                href={`/t/${props.slug}/partners/actors/${d.matchId}`}
                                className="underline"
                                target="_blank"
                                rel="noreferrer"
                              >
                                {t("preview.existing")}
                              </a>
                            ) : null}
                            , {t("preview.score", { score: Math.round(d.score * 100) })})
                          </span>
                        </legend>
                        <div className="mt-2 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-4">
                          {(["skip", "update", "new"] as const).map((a) => {
                            const disabled = a === "update" && (d.inFile || !d.editable);
                            return (
                              <label key={a} className={`flex min-h-11 items-center gap-2 ${disabled ? "text-slate-600" : ""}`}>
                                <input
                                  type="radio"
                                  name={`dup-${keyOf(d)}`}
                                  value={a}
                                  checked={d.action === a}
                                  disabled={disabled}
                                  onChange={() => void decide([{ row: d.row, ...(d.file ? { file: d.file } : {}), action: a }])}
                                  className="size-5 accent-teal-800"
                                />
                                {t(`preview.${a}`)}
                              </label>
                            );
                          })}
                        </div>
                        {!d.inFile && !d.editable ? <p className="mt-1 text-sm text-slate-700">{t("preview.notEditable")}</p> : null}
                      </fieldset>
                    </li>
                  ))}
                </ul>
                <Pager page={dups.page} pages={pages(dups)} onPage={(p) => void loadPage("duplicates", p)} />
              </>
            )}
          </section>
        ) : null}
        <p role="status" aria-live="polite" className="mt-2 text-sm text-slate-700">
          {saved}
        </p>
      </Card>

      <Card title={t("start.title")}>
        <p className="mb-3 text-slate-800">{t("start.intro")}</p>
        {!summary ? (
          <p className="mb-3 text-slate-700">{t("start.needPreview")}</p>
        ) : summary.errorCount > 0 ? (
          <p className="mb-3">
            <Badge tone="bad">{t("start.blocked")}</Badge>
          </p>
        ) : null}
        <Button onClick={() => void start()} disabled={busy !== null || !summary || summary.errorCount > 0}>
          {busy === "start" ? t("start.starting") : t("start.button")}
        </Button>
      </Card>

      {problem ? (
        <div className="sticky bottom-4">
          <Alert tone="error">{problem}</Alert>
        </div>
      ) : null}
    </div>
  );
}

function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (p: number) => void }) {
  const t = useTranslations("partners.transfer.preview");
  if (pages <= 1) return null;
  return (
    <nav className="flex items-center gap-3" aria-label={t("page", { page: page + 1, pages })}>
      <Button variant="secondary" onClick={() => onPage(page - 1)} disabled={page === 0}>
        {t("previous")}
      </Button>
      <span className="text-sm text-slate-800">{t("page", { page: page + 1, pages })}</span>
      <Button variant="secondary" onClick={() => onPage(page + 1)} disabled={page + 1 >= pages}>
        {t("next")}
      </Button>
    </nav>
  );
}
