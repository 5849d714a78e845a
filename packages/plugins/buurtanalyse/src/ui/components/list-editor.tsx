"use client";
import { Button, ConfirmButton, ErrorSummary, SelectField, TextArea, useFormErrors } from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { CRITERION_GROUPS, LIST_LIMITS, type ListItem, type ListKey, REGIONS, type Texts } from "../../lists";
import { useBuurtanalyse } from "../client";

const LANGS = ["nl", "fr", "en"] as const;
const blank = (): Texts => ({ nl: "", fr: "", en: "" });

/** A row being edited: a new item has no key yet (the server gives it one). */
type Row = Omit<ListItem, "key"> & { key: string | null; id: string };

let counter = 0;
const rowOf = (i: ListItem): Row => ({ ...i, id: `r${counter++}` });

/**
 * One starter list, item by item: its words in nl/fr/en (a missing translation is named), the region of an online
 * source or the parts of an action idea, the order, items taken out or added; saved as a whole. "Standaardlijst
 * terugzetten" deletes the tenant's copy (the page gives the editor a new key then, so it starts from the list shown).
 */
export function ListEditor(props: {
  list: ListKey;
  own: boolean;
  version: number;
  items: ListItem[];
  region: boolean;
  group: boolean;
  idea: boolean;
}) {
  const t = useTranslations("buurtanalyse");
  const api = useBuurtanalyse();
  const router = useRouter();
  const problems = useFormErrors();
  const [rows, setRows] = useState<Row[]>(() => props.items.map(rowOf));
  const [busy, setBusy] = useState(false);
  // The version this page last read or saved: a save by someone else meanwhile is refused, not overwritten.
  const [version, setVersion] = useState(props.version);

  const change = (id: string, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const move = (i: number, by: -1 | 1) =>
    setRows((rs) => {
      const j = i + by;
      if (j < 0 || j >= rs.length) return rs;
      const next = [...rs];
      [next[i], next[j]] = [next[j] as Row, next[i] as Row];
      return next;
    });

  async function save(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    try {
      const r = await api.lists.save.mutate({
        list: props.list,
        version,
        items: rows.map((r) => ({
          key: r.key,
          nl: r.nl,
          fr: r.fr,
          en: r.en,
          region: props.region ? (r.region ?? "all") : null,
          group: props.group ? (r.group ?? "features") : null,
          situation: props.idea ? (r.situation ?? blank()) : null,
          actions: props.idea ? (r.actions ?? blank()) : null,
        })),
      });
      setVersion(r.version);
      problems.clear();
      toast.success(t("lists.saved"));
      router.refresh();
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  const texts = (row: Row, part: "main" | "situation" | "actions", label: string) => {
    const value = part === "main" ? row : (row[part] ?? blank());
    const missing = LANGS.filter((l) => !value[l].trim());
    return (
      <fieldset className="grid grid-cols-1 *:min-w-0 gap-2">
        <legend className="font-semibold">{label}</legend>
        {LANGS.map((l) => (
          <TextArea
            key={l}
            className="min-h-16"
            label={t(`lists.${l}`)}
            value={value[l]}
            limit={LIST_LIMITS.text}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (part === "main") change(row.id, { [l]: v });
              else change(row.id, { [part]: { ...value, [l]: v } });
            }}
          />
        ))}
        {missing.length > 0 && missing.length < 3 ? (
          <p className="text-sm text-amber-900">{t("lists.missing", { languages: missing.map((l) => t(`lists.${l}`)).join(", ") })}</p>
        ) : null}
      </fieldset>
    );
  };

  return (
    <div className="grid grid-cols-1 *:min-w-0 gap-4">
      <form onSubmit={save} noValidate className="grid grid-cols-1 *:min-w-0 gap-4">
        <ErrorSummary errors={problems.state} />
        <p className="text-slate-800">{t("lists.editorIntro")}</p>
        {rows.length === 0 ? <p>{t("lists.empty")}</p> : null}
        <ol className="grid grid-cols-1 *:min-w-0 gap-3">
          {rows.map((row, i) => (
            <li key={row.id} className="rounded-xl border border-slate-300 bg-white p-4">
              <h2 className="mb-2 font-semibold">{t("lists.item", { n: i + 1 })}</h2>
              <div className="grid grid-cols-1 *:min-w-0 gap-3">
                {props.idea ? texts(row, "situation", t("lists.situation")) : null}
                {texts(row, "main", props.idea ? t("lists.goal") : t("lists.text"))}
                {props.idea ? texts(row, "actions", t("lists.actions")) : null}
                {props.region ? (
                  <SelectField
                    label={t("lists.region")}
                    value={row.region ?? "all"}
                    onChange={(e) => change(row.id, { region: e.currentTarget.value as Row["region"] })}
                  >
                    {REGIONS.map((r) => (
                      <option key={r} value={r}>
                        {t(`lists.regions.${r}`)}
                      </option>
                    ))}
                  </SelectField>
                ) : null}
                {props.group ? (
                  <SelectField
                    label={t("lists.group")}
                    value={row.group ?? "features"}
                    onChange={(e) => change(row.id, { group: e.currentTarget.value as Row["group"] })}
                  >
                    {CRITERION_GROUPS.map((g) => (
                      <option key={g} value={g}>
                        {t(`boundary.group.${g}`)}
                      </option>
                    ))}
                  </SelectField>
                ) : null}
                <p className="flex flex-wrap gap-2">
                  <Button type="button" variant="ghost" disabled={i === 0} onClick={() => move(i, -1)}>
                    {t("lists.up")}
                  </Button>
                  <Button type="button" variant="ghost" disabled={i === rows.length - 1} onClick={() => move(i, 1)}>
                    {t("lists.down")}
                  </Button>
                  <Button type="button" variant="secondary" onClick={() => setRows((rs) => rs.filter((r) => r.id !== row.id))}>
                    {t("lists.remove")}
                  </Button>
                </p>
              </div>
            </li>
          ))}
        </ol>
        <p className="flex flex-wrap gap-3">
          <Button
            type="button"
            variant="secondary"
            disabled={rows.length >= LIST_LIMITS.items}
            onClick={() =>
              setRows((rs) => [
                ...rs,
                { key: null, id: `r${counter++}`, ...blank(), ...(props.idea ? { situation: blank(), actions: blank() } : {}) },
              ])
            }
          >
            {t("lists.add")}
          </Button>
          <Button type="submit" disabled={busy}>
            {t("lists.save")}
          </Button>
        </p>
      </form>
      {props.own ? (
        <p>
          <ConfirmButton
            variant="secondary"
            title={t("lists.reset")}
            body={t("lists.resetConfirm")}
            confirmLabel={t("lists.reset")}
            cancelLabel={t("common.cancel")}
            onConfirm={async () => {
              await api.lists.reset.mutate({ list: props.list });
              toast.success(t("lists.resetDone"));
              router.refresh();
            }}
          >
            {t("lists.reset")}
          </ConfirmButton>
        </p>
      ) : null}
    </div>
  );
}
