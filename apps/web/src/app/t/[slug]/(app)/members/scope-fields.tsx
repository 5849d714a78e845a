"use client";
import { Checkbox, CheckboxGroup, SelectField } from "@zorgzaam/ui";
import { useTranslations } from "next-intl";
import type { MemberFormOptions } from "./options";

/** Roles, organisation and neighbourhoods: shared by the invitation form and the member editor. */
export function ScopeFields({
  idPrefix,
  options,
  roles,
  organisationId,
  neighbourhoodIds,
  errors,
}: {
  idPrefix: string;
  options: MemberFormOptions;
  roles: string[];
  organisationId: string | null;
  neighbourhoodIds: string[];
  errors: Record<string, string>;
}) {
  const t = useTranslations("members");
  return (
    <>
      <CheckboxGroup legend={t("roles")} hint={t("rolesHint")} error={errors.roles}>
        {options.roles.map((r) => (
          <Checkbox key={r.value} name="roles" value={r.value} label={r.label} defaultChecked={roles.includes(r.value)} />
        ))}
      </CheckboxGroup>
      <SelectField
        id={`${idPrefix}-organisation`}
        name="organisationId"
        label={t("organisation")}
        defaultValue={organisationId ?? ""}
        error={errors.organisationId}
      >
        <option value="">{t("noOrganisation")}</option>
        {options.organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      {options.neighbourhoods.length > 0 ? (
        <CheckboxGroup legend={t("neighbourhoods")} hint={t("neighbourhoodsHint")} error={errors.neighbourhoodIds} columns>
          {options.neighbourhoods.map((n) => (
            <Checkbox key={n.id} name="neighbourhoodIds" value={n.id} label={n.name} defaultChecked={neighbourhoodIds.includes(n.id)} />
          ))}
        </CheckboxGroup>
      ) : null}
    </>
  );
}

/** Reads the scope fields back from a submitted form. */
export function readScope(form: FormData) {
  const organisationId = String(form.get("organisationId") ?? "");
  return {
    roles: form.getAll("roles").map(String) as ("admin" | "regie" | "field_worker" | "partner" | "volunteer")[],
    organisationId: organisationId || null,
    neighbourhoodIds: form.getAll("neighbourhoodIds").map(String),
  };
}
