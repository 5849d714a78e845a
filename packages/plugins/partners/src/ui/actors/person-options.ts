import type { Locale, PluginPageProps } from "@zorgzaam/core/plugin";
import { KEY_FIGURE_CONSENT_PURPOSE } from "../../domain";

/**
 * What the actor form needs to register a key figure's person inline, read through core's own procedures (the same
 * rules and scope as the People page): the neighbourhoods the member may put a person in, whether one is required,
 * and the tenant's consent purposes. Null when the member may not register people and their consent.
 */
export interface PersonOptions {
  neighbourhoods: { id: string; name: string }[];
  /** The member works in some neighbourhoods only: the person must live in one of them. */
  neighbourhoodRequired: boolean;
  purposes: { key: string; label: string }[];
  /** The purpose a key figure's consent is recorded with (checked by default). */
  keyFigurePurpose: string;
}

export async function personOptions(props: PluginPageProps, locale: Locale): Promise<PersonOptions | null> {
  const may = ["core.people.manage", "core.consents.manage", "partners.keyfigures.view"].every((p) => props.permissions.includes(p));
  if (!may) return null;
  const [home, purposes] = await Promise.all([props.core.tenant.home(), props.core.consentPurposes.list()]);
  return {
    neighbourhoods: home.neighbourhoods.map((n) => ({ id: n.id, name: n.name })),
    neighbourhoodRequired: home.neighbourhoodScoped,
    purposes: purposes.filter((p) => p.active).map((p) => ({ key: p.key, label: p.label[locale] ?? p.label.nl })),
    keyFigurePurpose: KEY_FIGURE_CONSENT_PURPOSE,
  };
}
