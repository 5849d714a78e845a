"use client";
import { Badge, Button, DataTable, TextField } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { errorMessage, usePartners } from "../client";

interface Sector {
  key: string;
  nl: string;
  fr: string;
  en: string;
  color: string;
  archived: boolean;
  actors: number;
}

function SectorRow({ s, onError }: { s: Sector; onError: (m: string | null) => void }) {
  const t = useTranslations("partners.actors.sectors");
  const api = usePartners();
  const router = useRouter();
  const [labels, setLabels] = useState({ nl: s.nl, fr: s.fr, en: s.en });
  const [color, setColor] = useState(s.color);
  const dirty = labels.nl !== s.nl || labels.fr !== s.fr || labels.en !== s.en || color !== s.color;
  const save = async (patch: { archived?: boolean } = {}) => {
    onError(null);
    try {
      await api.sectors.update.mutate({ key: s.key, ...(dirty ? { labels, color } : {}), ...patch });
      router.refresh();
    } catch (e) {
      onError(errorMessage(e));
    }
  };
  const name = s.nl || s.fr || s.en;
  return (
    <tr>
      <td>
        <TextField label={t("labelNl")} value={labels.nl} onChange={(e) => setLabels({ ...labels, nl: e.target.value })} />
      </td>
      <td>
        <TextField label={t("labelFr")} value={labels.fr} onChange={(e) => setLabels({ ...labels, fr: e.target.value })} />
      </td>
      <td>
        <TextField label={t("labelEn")} value={labels.en} onChange={(e) => setLabels({ ...labels, en: e.target.value })} />
      </td>
      <td>
        <label className="block text-sm font-semibold" htmlFor={`color-${s.key}`}>
          {t("color")}
        </label>
        <input
          id={`color-${s.key}`}
          type="color"
          value={color}
          onChange={(e) => setColor(e.target.value)}
          className="h-11 w-16 rounded border border-slate-400"
        />
      </td>
      <td>
        {t("actors", { count: s.actors })} {s.archived ? <Badge tone="warn">{t("archived")}</Badge> : null}
      </td>
      <td className="space-x-2 whitespace-nowrap">
        <Button variant="secondary" disabled={!dirty} onClick={() => void save()} aria-label={t("saveNamed", { name })}>
          {t("save")}
        </Button>
        <Button
          variant="ghost"
          onClick={() => void save({ archived: !s.archived })}
          aria-label={s.archived ? t("restoreNamed", { name }) : t("archiveNamed", { name })}
        >
          {s.archived ? t("restore") : t("archive")}
        </Button>
      </td>
    </tr>
  );
}

/** Edit labels and colours, archive, and add sectors. */
export function SectorsEditor({ sectors }: { sectors: Sector[] }) {
  const t = useTranslations("partners.actors.sectors");
  const api = usePartners();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [labels, setLabels] = useState({ nl: "", fr: "", en: "" });
  const [color, setColor] = useState("#334155");

  async function add(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await api.sectors.create.mutate({ labels, color });
      setLabels({ nl: "", fr: "", en: "" });
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div className="space-y-6">
      {error ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      ) : null}
      <DataTable caption={t("caption")}>
        <thead>
          <tr>
            <th scope="col">{t("labelNl")}</th>
            <th scope="col">{t("labelFr")}</th>
            <th scope="col">{t("labelEn")}</th>
            <th scope="col">{t("color")}</th>
            <th scope="col">{t("use")}</th>
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {sectors.map((s) => (
            <SectorRow key={s.key} s={s} onError={setError} />
          ))}
        </tbody>
      </DataTable>
      <form onSubmit={add} className="grid gap-3 rounded-xl border border-slate-300 bg-white p-4 sm:grid-cols-4 sm:items-end">
        <h2 className="text-lg font-semibold sm:col-span-4">{t("add")}</h2>
        <TextField label={t("labelNl")} value={labels.nl} onChange={(e) => setLabels({ ...labels, nl: e.target.value })} />
        <TextField label={t("labelFr")} value={labels.fr} onChange={(e) => setLabels({ ...labels, fr: e.target.value })} />
        <TextField label={t("labelEn")} value={labels.en} onChange={(e) => setLabels({ ...labels, en: e.target.value })} />
        <div>
          <label className="block text-sm font-semibold" htmlFor="new-sector-color">
            {t("color")}
          </label>
          <input
            id="new-sector-color"
            type="color"
            value={color}
            onChange={(e) => setColor(e.target.value)}
            className="h-11 w-16 rounded border border-slate-400"
          />
        </div>
        <Button type="submit">{t("create")}</Button>
      </form>
    </div>
  );
}
