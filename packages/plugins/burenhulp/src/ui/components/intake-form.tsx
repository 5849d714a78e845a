"use client";
import type { CoreRouter } from "@zorgzaam/core/plugin";
import {
  Button,
  Checkbox,
  CheckboxGroup,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  useFormErrors,
  usePlatformClient,
} from "@zorgzaam/ui";
import { toast } from "@zorgzaam/ui/toast";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { OFFER_STATUSES, WHEN_KINDS } from "../../domain";
import { BURENHULP_LIMITS as L } from "../../limits";
import { useBurenhulp } from "../client";

export interface IntakeOptions {
  kinds: { id: string; label: string }[];
  neighbourhoods: { id: string; name: string }[];
  /** The reader may write notes (their own sensitive permission). */
  canNotes: boolean;
}

/** What an existing offer holds, for editing it. */
export interface OfferValues {
  id: string;
  kindId: string;
  status: string;
  weekdays: number[];
  startsOn: string;
  endsOn: string;
  whenNote: string;
  neighbourhoodId: string;
  street: string;
  languages: string;
  notes: string;
  maxPerMonth: string;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim();
const orNull = (s: string) => (s === "" ? null : s);
const dateOrNull = (s: string) => (s ? new Date(`${s}T00:00:00Z`) : null);
const languageList = (s: string) =>
  s
    .split(/[\s,;]+/)
    .map((l) => l.toLowerCase())
    .filter(Boolean);

/**
 * A field worker takes in a request or an offer for a resident after a conversation (or types in a printed card):
 * the person is one she picked, or one she registers here with the consent the resident gave (core's own
 * procedures, never matched automatically). Also edits an offer (`offer`): kind, when, where, languages, the
 * helper's own limit.
 */
export function IntakeForm({
  slug,
  side,
  person,
  options,
  offer,
  purposeLabel,
}: {
  slug: string;
  side: "ask" | "offer";
  person: { id: string; name: string } | null;
  options: IntakeOptions;
  offer?: OfferValues;
  purposeLabel: string;
}) {
  const t = useTranslations("burenhulp.intake");
  const tb = useTranslations("burenhulp");
  const api = useBurenhulp();
  const core = usePlatformClient<CoreRouter>();
  const router = useRouter();
  const problems = useFormErrors();
  const [busy, setBusy] = useState(false);
  const base = `/t/${slug}/burenhulp`;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    problems.clear();
    setBusy(true);
    try {
      const shared = {
        kindId: text(form, "kindId"),
        weekdays: form.getAll("weekdays").map(Number),
        startsOn: dateOrNull(text(form, "startsOn")),
        endsOn: dateOrNull(text(form, "endsOn")),
        whenNote: orNull(text(form, "whenNote")),
        neighbourhoodId: orNull(text(form, "neighbourhoodId")),
        street: orNull(text(form, "street")),
        languages: languageList(text(form, "languages")),
        ...(options.canNotes ? { notes: orNull(text(form, "notes")) } : {}),
      };
      const limit = text(form, "maxPerMonth");
      if (offer) {
        await api.offers.update.mutate({ id: offer.id, ...shared, status: text(form, "status") as (typeof OFFER_STATUSES)[number] });
        if (limit) await api.helpers.setLimit.mutate({ personId: person?.id ?? "", maxPerMonth: Number(limit) });
        toast.success(t("saved"));
        router.refresh();
        return;
      }
      let personId = person?.id ?? "";
      if (!person) {
        if (form.get("consent") !== "on") {
          problems.show({ consent: t("consentRequired") });
          return;
        }
        const created = await core.people.create.mutate({
          firstName: text(form, "firstName"),
          lastName: text(form, "lastName"),
          phone: orNull(text(form, "phone")),
          email: text(form, "email"),
          languages: shared.languages,
          neighbourhoodId: shared.neighbourhoodId,
        });
        personId = created.id;
        await core.people.addConsent.mutate({ personId, purpose: "burenhulp.help", method: "verbal", givenAt: new Date(), note: null });
      }
      if (side === "ask") {
        const r = await api.requests.create.mutate({
          personId,
          ...shared,
          channel: text(form, "channel") === "card" ? "card" : "field_worker",
          whenKind: text(form, "whenKind") as (typeof WHEN_KINDS)[number],
          status: "open",
        });
        toast.success(t("createdRequest"));
        router.push(`${base}/requests/${r.id}`);
      } else {
        const o = await api.offers.create.mutate({ personId, ...shared, status: "active" });
        if (limit) await api.helpers.setLimit.mutate({ personId, maxPerMonth: Number(limit) });
        toast.success(t("createdOffer"));
        router.push(`${base}/offers/${o.id}`);
      }
    } catch (err) {
      problems.fail(err);
    } finally {
      setBusy(false);
    }
  }

  const v = offer;
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <ErrorSummary errors={problems.state} />
      {person ? null : (
        <fieldset className="space-y-3 rounded-lg border border-slate-300 p-3">
          <legend className="px-1 text-base font-semibold">{t("newPerson")}</legend>
          <p className="text-sm text-slate-700">{t("newPersonHint")}</p>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              name="firstName"
              label={t("firstName")}
              required
              autoComplete="off"
              limit={L.personName}
              error={problems.err("firstName")}
            />
            <TextField name="lastName" label={t("lastName")} autoComplete="off" limit={L.personName} error={problems.err("lastName")} />
            <TextField name="phone" type="tel" label={t("phone")} autoComplete="off" limit={L.phone} error={problems.err("phone")} />
            <TextField name="email" type="email" label={t("email")} autoComplete="off" error={problems.err("email")} />
          </div>
          <CheckboxGroup legend={t("consent")} name="consent" error={problems.err("consent")}>
            <Checkbox name="consent" label={purposeLabel} hint={t("consentHint")} />
          </CheckboxGroup>
        </fieldset>
      )}
      {side === "ask" ? (
        <SelectField
          name="channel"
          label={t("channel")}
          hint={t("channelHint")}
          defaultValue="field_worker"
          error={problems.err("channel")}
        >
          <option value="field_worker">{tb("channel.field_worker")}</option>
          <option value="card">{tb("channel.card")}</option>
        </SelectField>
      ) : null}
      <SelectField name="kindId" label={t("kind")} defaultValue={v?.kindId ?? ""} error={problems.err("kindId")} required>
        {v ? null : <option value="">{t("chooseKind")}</option>}
        {options.kinds.map((k) => (
          <option key={k.id} value={k.id}>
            {k.label}
          </option>
        ))}
      </SelectField>
      {side === "ask" ? (
        <SelectField name="whenKind" label={t("whenKind")} defaultValue="once" error={problems.err("whenKind")}>
          {WHEN_KINDS.map((w) => (
            <option key={w} value={w}>
              {tb(`whenKind.${w}`)}
            </option>
          ))}
        </SelectField>
      ) : (
        <SelectField name="status" label={t("offerStatus")} defaultValue={v?.status ?? "active"} error={problems.err("status")}>
          {OFFER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tb(`offerStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="startsOn" type="date" label={t("startsOn")} defaultValue={v?.startsOn} error={problems.err("startsOn")} />
        <TextField name="endsOn" type="date" label={t("endsOn")} defaultValue={v?.endsOn} error={problems.err("endsOn")} />
      </div>
      <CheckboxGroup legend={t("weekdays")} hint={t("weekdaysHint")} name="weekdays" columns error={problems.err("weekdays")}>
        {WEEKDAYS.map((d) => (
          <Checkbox key={d} name="weekdays" value={String(d)} label={tb(`weekday.${d}`)} defaultChecked={v?.weekdays.includes(d)} />
        ))}
      </CheckboxGroup>
      <TextField name="whenNote" label={t("whenNote")} defaultValue={v?.whenNote} limit={L.whenNote} error={problems.err("whenNote")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="neighbourhoodId"
          label={t("neighbourhood")}
          defaultValue={v?.neighbourhoodId ?? ""}
          error={problems.err("neighbourhoodId")}
        >
          <option value="">{t("noNeighbourhood")}</option>
          {options.neighbourhoods.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </SelectField>
        <TextField
          name="street"
          label={t("street")}
          hint={t("streetHint")}
          defaultValue={v?.street}
          limit={L.street}
          error={problems.err("street")}
        />
      </div>
      <TextField
        name="languages"
        label={t("languages")}
        hint={t("languagesHint")}
        defaultValue={v?.languages}
        error={problems.err("languages")}
      />
      {side === "offer" ? (
        <TextField
          name="maxPerMonth"
          type="number"
          inputMode="numeric"
          min={0}
          max={31}
          label={t("maxPerMonth")}
          hint={t("maxPerMonthHint")}
          defaultValue={v?.maxPerMonth}
          error={problems.err("maxPerMonth")}
        />
      ) : null}
      {options.canNotes ? (
        <TextArea
          name="notes"
          label={t("notes")}
          hint={t("notesHint")}
          defaultValue={v?.notes}
          limit={L.notes}
          error={problems.err("notes")}
        />
      ) : null}
      <Button type="submit" disabled={busy}>
        {busy ? t("saving") : offer ? t("save") : side === "ask" ? t("createRequest") : t("createOffer")}
      </Button>
    </form>
  );
}
