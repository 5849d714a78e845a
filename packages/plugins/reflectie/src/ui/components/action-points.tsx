"use client";
import { Badge, Button, SelectField, TextField } from "@zorgzaam/ui";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { toast } from "@zorgzaam/ui/toast";
import { errorMessage, fieldErrors, useReflectie } from "../client";
import { dayToDate } from "../format";
import { REFLECTIE_LIMITS } from "../../limits";

export const ACTION_STATUSES = ["open", "in_progress", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionRow {
  id: string;
  itemId: string | null;
  text: string;
  ownerUserId: string | null;
  ownerName: string | null;
  dueDate: string | null;
  status: string;
  overdue: boolean;
}

/** A status picker that saves at once (also used on the list of all action points). */
export function ActionStatusSelect({ id, status, label }: { id: string; status: string; label: string }) {
  const t = useTranslations("reflectie");
  const api = useReflectie();
  const router = useRouter();
  const [value, setValue] = useState(status);
  const [busy, setBusy] = useState(false);
  return (
    <SelectField
      id={`status-${id}`}
      label={label}
      value={value}
      disabled={busy}
      onChange={async (e) => {
        const next = e.target.value as ActionStatus;
        setValue(next);
        setBusy(true);
        try {
          await api.actions.update.mutate({ id, status: next });
          toast.success(t("actions.statusSaved", { status: t(`status.${next}`) }));
          router.refresh();
        } catch (err) {
          setValue(status);
          toast.error(errorMessage(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      {ACTION_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`status.${s}`)}
        </option>
      ))}
    </SelectField>
  );
}

/** Action points of one session: the list with status, and a form to add one with an owner and a due date. */
export function ActionPoints({
  sessionId,
  readOnly,
  actions,
  owners,
  guests,
  items,
}: {
  sessionId: string;
  readOnly: boolean;
  actions: ActionRow[];
  owners: { userId: string; name: string }[];
  guests: string[];
  items: { id: string; label: string }[];
}) {
  const t = useTranslations("reflectie");
  const format = useFormatter();
  const api = useReflectie();
  const router = useRouter();
  const formId = useId();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [ownerChoice, setOwnerChoice] = useState("");

  async function add(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const text = String(form.get("text") ?? "").trim();
    const owner = String(form.get("owner") ?? "");
    const other = String(form.get("ownerName") ?? "").trim();
    const due = String(form.get("dueDate") ?? "");
    const itemId = String(form.get("itemId") ?? "");
    if (!text) {
      setErrors({ text: t("actions.textRequired") });
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await api.actions.create.mutate({
        sessionId,
        text,
        itemId: itemId || null,
        ownerUserId: owner.startsWith("user:") ? owner.slice(5) : null,
        ownerName: owner === "other" ? other || null : owner.startsWith("guest:") ? owner.slice(6) : null,
        dueDate: due || null,
      });
      toast.success(t("actions.added"));
      formEl.reset();
      setOwnerChoice("");
      router.refresh();
    } catch (err) {
      setErrors(fieldErrors(err));
      toast.error(errorMessage(err));
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="room-actions" className="mt-8">
      <h2 id="room-actions" className="mb-3 text-xl font-semibold">
        {t("actions.sessionTitle", { count: actions.length })}
      </h2>
      {actions.length === 0 ? (
        <p className="text-slate-700">{t("actions.none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
          {actions.map((a) => (
            <li
              key={a.id}
              className={`grid gap-2 px-4 py-3 sm:grid-cols-[1fr_12rem] sm:items-end ${a.overdue ? "border-l-4 border-l-red-700 bg-red-50" : ""}`}
            >
              <div>
                <p className="font-semibold">{a.text}</p>
                <p className="text-sm text-slate-700">
                  {a.ownerName ? t("actions.owner", { name: a.ownerName }) : t("actions.noOwner")}
                  {a.dueDate
                    ? ` · ${t("actions.due", { date: format.dateTime(dayToDate(a.dueDate), { day: "numeric", month: "long", year: "numeric" }) })}`
                    : ""}
                </p>
                {a.overdue ? <Badge tone="bad">{t("actions.overdue")}</Badge> : null}
              </div>
              <ActionStatusSelect id={a.id} status={a.status} label={t("actions.statusOf", { text: a.text.slice(0, 60) })} />
            </li>
          ))}
        </ul>
      )}
      {readOnly ? null : (
        <form
          onSubmit={add}
          noValidate
          aria-labelledby={`${formId}-title`}
          className="mt-4 space-y-4 rounded-xl border border-slate-300 bg-white p-4"
        >
          <h3 id={`${formId}-title`} className="font-semibold">
            {t("actions.addTitle")}
          </h3>
          <TextField
            id={`${formId}-text`}
            name="text"
            label={t("actions.text")}
            required
            limit={REFLECTIE_LIMITS.actionText}
            error={errors.text}
            autoComplete="off"
          />
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField
              id={`${formId}-owner`}
              name="owner"
              label={t("actions.ownerLabel")}
              value={ownerChoice}
              onChange={(e) => setOwnerChoice(e.target.value)}
            >
              <option value="">{t("actions.noOwner")}</option>
              {owners.map((o) => (
                <option key={o.userId} value={`user:${o.userId}`}>
                  {o.name}
                </option>
              ))}
              {guests.map((g) => (
                <option key={g} value={`guest:${g}`}>
                  {t("room.guestName", { name: g })}
                </option>
              ))}
              <option value="other">{t("actions.otherOwner")}</option>
            </SelectField>
            {ownerChoice === "other" ? (
              <TextField
                id={`${formId}-owner-name`}
                name="ownerName"
                label={t("actions.ownerName")}
                limit={REFLECTIE_LIMITS.ownerName}
                error={errors.ownerName}
              />
            ) : null}
            <TextField id={`${formId}-due`} name="dueDate" type="date" label={t("actions.dueLabel")} error={errors.dueDate} />
          </div>
          {items.length ? (
            <SelectField id={`${formId}-item`} name="itemId" label={t("actions.fromQuestion")} defaultValue="">
              <option value="">{t("actions.noQuestion")}</option>
              {items.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label.length > 90 ? `${i.label.slice(0, 90)}…` : i.label}
                </option>
              ))}
            </SelectField>
          ) : null}
          <Button type="submit" disabled={pending}>
            {pending ? t("common.saving") : t("actions.add")}
          </Button>
        </form>
      )}
    </section>
  );
}
