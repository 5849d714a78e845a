"use client";
import {
  Alert,
  Button,
  Checkbox,
  CheckboxGroup,
  SelectField,
  TextArea,
  TextField,
  ErrorSummary,
  useFormErrors,
  useCall,
  usePlatformClient,
} from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useFeedback } from "@/lib/feedback";
import type { AppRouter } from "@/server/app-router";
import { PERSON_KINDS, type PersonKind } from "./kinds";
import { LIMITS } from "@zorgzaam/core/limits";

export interface PersonValues {
  id?: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  languages: string[];
  kinds: string[];
  neighbourhoodId: string | null;
  organisationId: string | null;
  notes: string | null;
}

export const EMPTY_PERSON: PersonValues = {
  firstName: "",
  lastName: "",
  email: null,
  phone: null,
  address: null,
  languages: [],
  kinds: [],
  neighbourhoodId: null,
  organisationId: null,
  notes: null,
};

/** Registers a person, or edits one. Minimal data: only the first name is required. */
export function PersonForm({
  slug,
  person,
  neighbourhoods,
  organisations,
  canSeeNotes,
  neighbourhoodRequired = false,
  onDone,
  onCancel,
}: {
  slug: string;
  person: PersonValues;
  neighbourhoods: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  canSeeNotes: boolean;
  /** The member works in some neighbourhoods only: a person without one of them would vanish from their view. */
  neighbourhoodRequired?: boolean;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("people");
  const tk = useTranslations("personKinds");
  const tc = useTranslations("common");
  const client = usePlatformClient<AppRouter>();
  const { done } = useFeedback();
  const create = useCall(client.people.create.mutate);
  const update = useCall(client.people.update.mutate);
  const problems = useFormErrors();
  const errors = problems.state.fields;
  const pending = create.pending || update.pending;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (k: string) => String(form.get(k) ?? "").trim();
    const values = {
      firstName: text("firstName"),
      lastName: text("lastName"),
      email: text("email") || null,
      phone: text("phone") || null,
      address: text("address") || null,
      languages: text("languages")
        .split(/[\s,;]+/)
        .map((l) => l.toLowerCase())
        .filter(Boolean),
      kinds: form.getAll("kinds").map(String) as PersonKind[],
      neighbourhoodId: text("neighbourhoodId") || null,
      organisationId: text("organisationId") || null,
      ...(canSeeNotes ? { notes: text("notes") || null } : {}),
    };
    problems.clear();
    const name = `${values.firstName} ${values.lastName}`.trim();
    const onError = (err: unknown) => {
      problems.fail(err);
    };
    if (person.id) {
      update.run(
        { id: person.id, ...values },
        {
          onSuccess: () => {
            onDone?.();
            done(t("saved", { name }));
          },
          onError,
        },
      );
    } else {
      create.run(values, { onSuccess: (p) => done(t("created", { name }), `/t/${slug}/people/${p.id}`), onError });
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <ErrorSummary errors={problems.state} />
      <Alert tone="info">{t("minimalData")}</Alert>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="person-first"
          name="firstName"
          label={t("firstName")}
          required
          limit={LIMITS.personName}
          autoComplete="off"
          defaultValue={person.firstName}
          error={errors.firstName}
        />
        <TextField
          id="person-last"
          name="lastName"
          label={t("lastNameOptional")}
          limit={LIMITS.personName}
          autoComplete="off"
          defaultValue={person.lastName}
          error={errors.lastName}
        />
        <TextField
          id="person-email"
          name="email"
          type="email"
          label={t("emailOptional")}
          autoComplete="off"
          defaultValue={person.email ?? ""}
          error={errors.email}
        />
        <TextField
          id="person-phone"
          name="phone"
          type="tel"
          label={t("phoneOptional")}
          autoComplete="off"
          limit={LIMITS.phone}
          defaultValue={person.phone ?? ""}
          error={errors.phone}
        />
      </div>
      <TextField
        id="person-address"
        name="address"
        label={t("addressOptional")}
        hint={t("addressHint")}
        autoComplete="off"
        limit={LIMITS.address}
        defaultValue={person.address ?? ""}
        error={errors.address}
      />
      <CheckboxGroup legend={t("kinds")} hint={t("kindsHint")} error={errors.kinds} columns>
        {PERSON_KINDS.map((k) => (
          <Checkbox key={k} name="kinds" value={k} label={tk(k)} defaultChecked={person.kinds.includes(k)} />
        ))}
      </CheckboxGroup>
      <TextField
        id="person-languages"
        name="languages"
        label={t("languages")}
        hint={t("languagesHint")}
        autoComplete="off"
        defaultValue={person.languages.join(", ")}
        error={errors.languages}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="person-neighbourhood"
          name="neighbourhoodId"
          label={t("neighbourhood")}
          hint={neighbourhoodRequired ? t("neighbourhoodRequiredHint") : undefined}
          required={neighbourhoodRequired}
          defaultValue={person.neighbourhoodId ?? (neighbourhoodRequired ? (neighbourhoods[0]?.id ?? "") : "")}
          error={errors.neighbourhoodId}
        >
          {neighbourhoodRequired ? null : <option value="">{t("noNeighbourhood")}</option>}
          {neighbourhoods.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="person-organisation"
          name="organisationId"
          label={t("organisation")}
          defaultValue={person.organisationId ?? ""}
          error={errors.organisationId}
        >
          <option value="">{t("noOrganisation")}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      </div>
      {canSeeNotes ? (
        <div className="space-y-2">
          <Alert tone="info" title={t("notesWarningTitle")}>
            {t("notesWarning")}
          </Alert>
          <TextArea
            id="person-notes"
            name="notes"
            label={t("notes")}
            limit={LIMITS.notes}
            defaultValue={person.notes ?? ""}
            error={errors.notes}
          />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : person.id ? tc("save") : t("create")}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {tc("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
