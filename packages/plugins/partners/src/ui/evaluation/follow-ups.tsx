"use client";
import { Alert, Badge, Button, ConfirmButton, SelectField, TextField } from "@zorgzaam/ui";
import { useFormatter, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { errorMessage, fieldErrors, usePartners } from "../client";
import type { FollowUp, RoundView } from "./types";
import { PARTNERS_LIMITS } from "../../limits";

const STATUSES = ["open", "done", "dropped"] as const;

function FollowUpRow({ f, mayDelete, onChanged }: { f: FollowUp; mayDelete: boolean; onChanged: (message?: string) => void }) {
  const t = useTranslations("partners.evaluation");
  const format = useFormatter();
  const api = usePartners();
  const [error, setError] = useState<string | null>(null);

  async function setStatus(status: (typeof STATUSES)[number]) {
    setError(null);
    try {
      await api.evaluation.followUps.update.mutate({ id: f.id, version: f.version, status });
      onChanged(t("followUps.statusSaved", { status: t(`followUps.status.${status}`) }));
    } catch (e) {
      setError(errorMessage(e));
      onChanged();
    }
  }

  async function remove() {
    setError(null);
    try {
      await api.evaluation.followUps.delete.mutate({ id: f.id });
      onChanged(t("followUps.deleted"));
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <li className="space-y-2 rounded-lg border border-slate-300 bg-white p-3">
      <p className="font-medium text-slate-900">{f.text}</p>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
        {f.actorName ? <span>{t("followUps.about", { name: f.actorName })}</span> : <span>{t("followUps.wholeNetwork")}</span>}
        <span>{f.ownerName ? t("followUps.owner", { name: f.ownerName }) : t("followUps.noOwner")}</span>
        {f.dueDate ? (
          <span>{t("followUps.due", { date: format.dateTime(new Date(`${f.dueDate}T12:00:00Z`), { dateStyle: "medium" }) })}</span>
        ) : null}
        <Badge tone={f.status === "done" ? "good" : f.status === "dropped" ? "neutral" : "warn"}>{t(`followUps.status.${f.status}`)}</Badge>
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-48">
          <SelectField
            label={t("followUps.statusLabel")}
            value={f.status}
            onChange={(e) => void setStatus(e.target.value as (typeof STATUSES)[number])}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`followUps.status.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {mayDelete ? (
          <ConfirmButton
            variant="ghost"
            title={t("followUps.deleteTitle")}
            body={f.text}
            confirmLabel={t("followUps.delete")}
            cancelLabel={t("cancel")}
            onConfirm={() => void remove()}
            aria-label={t("followUps.deleteNamed", { text: f.text })}
          >
            {t("followUps.delete")}
          </ConfirmButton>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </li>
  );
}

/** Decisions of the round, as follow-ups: what, about whom, who takes it up, by when. */
export function FollowUps({
  round,
  initialActorId,
  onChanged,
  onMove,
}: {
  round: RoundView;
  /** Chosen when coming from an actor ("make a follow-up about this actor"). */
  initialActorId: string | null;
  onChanged: () => void;
  onMove: (delta: -1 | 1) => void;
}) {
  const t = useTranslations("partners.evaluation");
  const api = usePartners();
  const open = round.status === "open";
  const [text, setText] = useState("");
  const [actorId, setActorId] = useState(initialActorId ?? "");
  const [ownerUserId, setOwner] = useState("");
  const [dueDate, setDue] = useState("");
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function add(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setError(null);
    setNotice(null);
    try {
      await api.evaluation.followUps.create.mutate({
        roundId: round.id,
        text,
        actorId: actorId || null,
        ownerUserId: ownerUserId || null,
        dueDate: dueDate || null,
      });
      setText("");
      setDue("");
      setNotice(t("followUps.added"));
      onChanged();
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="followups-title" className="space-y-5">
      <div>
        <h2 id="followups-title" className="text-xl font-bold text-slate-900">
          {t("followUps.title")}
        </h2>
        <p className="mt-1 max-w-prose text-slate-700">{t("followUps.intro")}</p>
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {round.followUps.length ? (
        <ul className="space-y-3">
          {round.followUps.map((f) => (
            <FollowUpRow
              key={`${f.id}-${f.version}`}
              f={f}
              mayDelete={open && (f.mine || round.canManage)}
              onChanged={(m) => {
                setNotice(m ?? null);
                onChanged();
              }}
            />
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t("followUps.none")}</p>
      )}

      {open ? (
        <form onSubmit={add} className="space-y-3 rounded-xl border border-slate-300 bg-white p-4 shadow-sm" noValidate>
          <h3 className="font-semibold text-slate-900">{t("followUps.new")}</h3>
          <TextField
            label={t("followUps.text")}
            hint={t("followUps.textHint")}
            value={text}
            onChange={(e) => setText(e.target.value)}
            limit={PARTNERS_LIMITS.followUpText}
            required
            error={errors.text}
          />
          <div className="grid gap-3 sm:grid-cols-3">
            <SelectField label={t("followUps.actor")} value={actorId} onChange={(e) => setActorId(e.target.value)} error={errors.actorId}>
              <option value="">{t("followUps.wholeNetwork")}</option>
              {round.actors.map((a) => (
                <option key={a.actorId} value={a.actorId}>
                  {a.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("followUps.ownerLabel")}
              value={ownerUserId}
              onChange={(e) => setOwner(e.target.value)}
              error={errors.ownerUserId}
            >
              <option value="">{t("followUps.noOwner")}</option>
              {round.owners.map((o) => (
                <option key={o.userId} value={o.userId}>
                  {o.name}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t("followUps.dueLabel")}
              type="date"
              value={dueDate}
              onChange={(e) => setDue(e.target.value)}
              error={errors.dueDate}
            />
          </div>
          {error && Object.keys(errors).length === 0 ? (
            <p role="alert" className="text-sm font-medium text-red-800">
              {error}
            </p>
          ) : null}
          <Button type="submit" disabled={busy || text.trim() === ""}>
            {t("followUps.add")}
          </Button>
        </form>
      ) : null}

      <nav aria-label={t("walk.stepNav")} className="flex items-center justify-between gap-2">
        <Button variant="secondary" onClick={() => onMove(-1)}>
          {t("followUps.back")}
        </Button>
        <Button onClick={() => onMove(1)}>{t("followUps.next")}</Button>
      </nav>
    </section>
  );
}
