"use client";
import { Button, SelectField, TextField } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState } from "react";
import { ACQUAINTANCE_STRENGTHS } from "../../domain";
import { errorMessage, usePartners } from "../client";
import { PARTNERS_LIMITS } from "../../limits";

type Strength = (typeof ACQUAINTANCE_STRENGTHS)[number];

interface Row {
  id: string;
  strength: string;
  note: string | null;
  memberName: string | null;
  personName: string | null;
  isPerson: boolean;
}

/** "Who in our team knows them": members (and, with the key-figure permission, residents) who know this actor. */
export function AcquaintancesEditor({
  actorId,
  acquaintances,
  canManage,
  canLinkPeople,
}: {
  actorId: string;
  acquaintances: Row[];
  canManage: boolean;
  canLinkPeople: boolean;
}) {
  const t = useTranslations("partners");
  const api = usePartners();
  const router = useRouter();
  const [members, setMembers] = useState<{ userId: string; name: string }[]>([]);
  const [userId, setUserId] = useState("");
  const [who, setWho] = useState<"member" | "person">("member");
  const [q, setQ] = useState("");
  const [people, setPeople] = useState<{ id: string; name: string }[] | null>(null);
  const [personId, setPersonId] = useState("");
  const [strength, setStrength] = useState<Strength>("knows");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!canManage) return;
    api.acquaintances.members
      .query()
      .then((m) => {
        setMembers(m);
        setUserId(m[0]?.userId ?? "");
      })
      .catch((e) => setError(errorMessage(e)));
  }, [api, canManage]);

  async function add(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await api.acquaintances.create.mutate(
        who === "person" ? { actorId, personId, strength, note: note || null } : { actorId, userId, strength, note: note || null },
      );
      setNote("");
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function findPeople() {
    setError(null);
    try {
      const r = await api.actors.people.query({ q });
      setPeople(r);
      setPersonId(r[0]?.id ?? "");
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function remove(id: string) {
    try {
      await api.acquaintances.remove.mutate({ id });
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div className="space-y-4">
      {acquaintances.length === 0 ? (
        <p className="text-slate-700">{t("actors.acquaintances.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {acquaintances.map((q) => {
            const who = q.isPerson
              ? (q.personName ?? t("actors.acquaintances.resident"))
              : (q.memberName ?? t("actors.acquaintances.formerMember"));
            return (
              <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <strong>{who}</strong> · {t(`strength.${q.strength}` as "strength.knows")}
                  {q.note ? <span className="block text-sm text-slate-700">{q.note}</span> : null}
                </span>
                {canManage ? (
                  <Button
                    variant="ghost"
                    onClick={() => void remove(q.id)}
                    aria-label={t("actors.acquaintances.removeNamed", { name: who })}
                  >
                    {t("actors.acquaintances.remove")}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {canManage && members.length ? (
        <form onSubmit={add} className="grid gap-3 border-t border-slate-200 pt-4 sm:grid-cols-2 sm:items-end">
          <h3 className="font-semibold sm:col-span-2">{t("actors.acquaintances.add")}</h3>
          {canLinkPeople ? (
            <SelectField label={t("actors.acquaintances.who")} value={who} onChange={(e) => setWho(e.target.value as "member" | "person")}>
              <option value="member">{t("actors.acquaintances.aMember")}</option>
              <option value="person">{t("actors.acquaintances.aPerson")}</option>
            </SelectField>
          ) : null}
          {who === "member" ? (
            <SelectField label={t("actors.acquaintances.member")} value={userId} onChange={(e) => setUserId(e.target.value)}>
              {members.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                </option>
              ))}
            </SelectField>
          ) : (
            <div className="space-y-2 sm:col-span-2">
              <div className="flex flex-wrap items-end gap-2">
                <div className="grow">
                  <TextField label={t("actors.acquaintances.searchPerson")} value={q} onChange={(e) => setQ(e.target.value)} />
                </div>
                <Button variant="secondary" onClick={() => void findPeople()}>
                  {t("actors.links.find")}
                </Button>
              </div>
              {people ? (
                people.length ? (
                  <SelectField label={t("actors.acquaintances.person")} value={personId} onChange={(e) => setPersonId(e.target.value)}>
                    {people.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </SelectField>
                ) : (
                  <p role="status" className="text-sm text-slate-700">
                    {t("actors.keyFigure.none")}
                  </p>
                )
              ) : null}
            </div>
          )}
          <SelectField
            label={t("actors.acquaintances.strength")}
            value={strength}
            onChange={(e) => setStrength(e.target.value as Strength)}
          >
            {ACQUAINTANCE_STRENGTHS.map((s) => (
              <option key={s} value={s}>
                {t(`strength.${s}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("actors.acquaintances.note")}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            limit={PARTNERS_LIMITS.note}
          />
          <Button type="submit">{t("actors.acquaintances.save")}</Button>
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
