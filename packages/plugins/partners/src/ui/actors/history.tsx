import { useFormatter, useLocale, useTranslations } from "next-intl";
import { sectorLabel, type SectorOption } from "./labels";

interface Row {
  id: string;
  kind: string;
  at: Date;
  statusAfter: string;
  organisationName: string | null;
  fields: Record<string, [unknown, unknown]>;
  by: string | null;
}

/** The actor's changes, newest first, in sentences. */
export function History({ rows, sectors }: { rows: Row[]; sectors: SectorOption[] }) {
  const t = useTranslations("partners");
  const format = useFormatter();
  const locale = useLocale();
  const byKey = new Map(sectors.map((s) => [s.key, s]));
  const show = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === "") return t("actors.detail.none");
    if (field === "status") return t(`status.${v}` as "status.dormant");
    if (field === "kind") return t(`kind.${v}` as "kind.place");
    if (field === "sectorKeys" && Array.isArray(v)) return v.map((k) => (byKey.get(k) ? sectorLabel(byKey.get(k)!, locale) : k)).join(", ");
    if (Array.isArray(v)) return v.length ? v.join(", ") : t("actors.detail.none");
    if (typeof v === "boolean") return v ? t("actors.detail.yes") : t("actors.detail.no");
    return String(v);
  };
  if (rows.length === 0) return <p className="text-slate-700">{t("actors.history.empty")}</p>;
  return (
    <ol className="space-y-2">
      {rows.map((r) => (
        <li key={r.id} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
          <p className="text-sm text-slate-700">
            {format.dateTime(new Date(r.at), { dateStyle: "medium", timeStyle: "short" })}
            {r.by ? ` · ${r.by}` : ""}
          </p>
          <p className="font-medium">
            {t(`actors.history.kind.${r.kind}` as "actors.history.kind.relationship", {
              organisation: r.organisationName ?? t("actors.relationships.unknownOrganisation"),
            })}
          </p>
          {Object.keys(r.fields).length ? (
            <ul className="mt-1 list-disc pl-5 text-sm text-slate-800">
              {Object.entries(r.fields).map(([f, [before, after]]) =>
                f === "other" ? (
                  <li key={f}>
                    {t("actors.history.other", {
                      fields: (after as string[]).map((x) => t(`actors.field.${x}` as "actors.field.name")).join(", "),
                    })}
                  </li>
                ) : f === "note" ? (
                  <li key={f}>{t("actors.history.note", { note: String(after) })}</li>
                ) : (
                  <li key={f}>
                    {t("actors.history.change", {
                      field: t(`actors.field.${f}` as "actors.field.name"),
                      before: show(f, before),
                      after: show(f, after),
                    })}
                  </li>
                ),
              )}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
