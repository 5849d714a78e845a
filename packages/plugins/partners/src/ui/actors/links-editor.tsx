"use client";
import { Button, SelectField, TextField } from "@zorgzaam/ui";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { LINK_TYPES } from "../../domain";
import { errorMessage, usePartners } from "../client";
import { PARTNERS_LIMITS } from "../../limits";

type LinkType = (typeof LINK_TYPES)[number];

interface LinkRow {
  id: string;
  type: string;
  note: string | null;
  outgoing: boolean;
  other: { id: string; name: string; kind: string; archived: boolean };
}

/** The actor's links with other actors, as sentences ("X gives access to Y"), and a form to add one. */
export function LinksEditor({
  slug,
  actorId,
  actorName,
  links,
  canManage,
}: {
  slug: string;
  actorId: string;
  actorName: string;
  links: LinkRow[];
  canManage: boolean;
}) {
  const t = useTranslations("partners");
  const api = usePartners();
  const router = useRouter();
  const [q, setQ] = useState("");
  const [found, setFound] = useState<{ id: string; name: string }[] | null>(null);
  const [other, setOther] = useState("");
  const [type, setType] = useState<LinkType>("works_with");
  const [direction, setDirection] = useState<"out" | "in">("out");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const base = `/t/${slug}/partners`;

  async function search() {
    setError(null);
    try {
      const r = await api.actors.search.query({ q, exclude: actorId });
      setFound(r);
      setOther(r[0]?.id ?? "");
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    if (!other) return;
    setError(null);
    try {
      await api.links.create.mutate({
        fromActorId: direction === "out" ? actorId : other,
        toActorId: direction === "out" ? other : actorId,
        type,
        note: note || null,
      });
      setFound(null);
      setQ("");
      setNote("");
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function remove(id: string) {
    setError(null);
    try {
      await api.links.remove.mutate({ id });
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div className="space-y-4">
      {links.length === 0 ? (
        <p className="text-slate-700">{t("actors.links.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {links.map((l) => {
            const otherLink = (
              <Link href={`${base}/actors/${l.other.id}`} className="font-semibold text-teal-900 underline">
                {l.other.name}
              </Link>
            );
            const verb = t(`linkType.${l.type}` as "linkType.works_with");
            return (
              <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {l.outgoing ? (
                    <>
                      {actorName} {verb} {otherLink}
                    </>
                  ) : (
                    <>
                      {otherLink} {verb} {actorName}
                    </>
                  )}
                  {l.note ? <span className="block text-sm text-slate-700">{l.note}</span> : null}
                </span>
                {canManage ? (
                  <Button
                    variant="ghost"
                    onClick={() => void remove(l.id)}
                    aria-label={t("actors.links.removeNamed", { name: l.other.name })}
                  >
                    {t("actors.links.remove")}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {canManage ? (
        <form onSubmit={add} className="space-y-3 border-t border-slate-200 pt-4">
          <h3 className="font-semibold">{t("actors.links.add")}</h3>
          <div className="flex flex-wrap items-end gap-2">
            <div className="grow">
              <TextField label={t("actors.links.search")} value={q} onChange={(e) => setQ(e.target.value)} />
            </div>
            <Button variant="secondary" onClick={() => void search()}>
              {t("actors.links.find")}
            </Button>
          </div>
          {found ? (
            found.length ? (
              <>
                <SelectField label={t("actors.links.other")} value={other} onChange={(e) => setOther(e.target.value)}>
                  {found.map((f) => (
                    <option key={f.id} value={f.id}>
                      {f.name}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  label={t("actors.links.direction")}
                  value={direction}
                  onChange={(e) => setDirection(e.target.value as "out" | "in")}
                >
                  <option value="out">{t("actors.links.outgoing", { name: actorName })}</option>
                  <option value="in">{t("actors.links.incoming", { name: actorName })}</option>
                </SelectField>
                <SelectField label={t("actors.links.type")} value={type} onChange={(e) => setType(e.target.value as LinkType)}>
                  {LINK_TYPES.map((lt) => (
                    <option key={lt} value={lt}>
                      {t(`linkType.${lt}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  label={t("actors.links.note")}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  limit={PARTNERS_LIMITS.note}
                />
                <Button type="submit">{t("actors.links.save")}</Button>
              </>
            ) : (
              <p role="status" className="text-sm text-slate-700">
                {t("actors.links.none")}
              </p>
            )
          ) : null}
        </form>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
