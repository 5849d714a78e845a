import type { PresentedActor } from "../../server/actors/present";
import type { MapConfig } from "@zorgzaam/ui/map";
import type { ActorFormOptions, ActorFormValues } from "./form-types";
import type { PersonOptions } from "./person-options";

/** A new actor: the point clicked on the map (if any) and the tenant's default visibility. */
export function emptyValues(opts: {
  lat?: string;
  lng?: string;
  visibility: "partnership" | "organisation";
  neighbourhoodId?: string;
  kind?: ActorFormValues["kind"];
}): ActorFormValues {
  const kind = opts.kind ?? "organisation";
  return {
    name: "",
    kind,
    sectorKeys: [],
    // A key figure is a person: informal unless someone says otherwise.
    formal: kind !== "key_figure",
    careLine: null,
    aimedAt: null,
    vindplaats: false,
    vindplaatsNote: "",
    address: "",
    postcode: "",
    city: "",
    lat: opts.lat ?? "",
    lng: opts.lng ?? "",
    neighbourhoodIds: opts.neighbourhoodId ? [opts.neighbourhoodId] : [],
    languages: "",
    openingHours: "",
    contacts: [],
    website: "",
    notes: "",
    tags: "",
    visibility: opts.visibility,
    missing: false,
    missingNote: "",
    status: "not_contacted",
    offersUs: "",
    offersThem: "",
    personId: null,
    personName: null,
  };
}

export function valuesOf(a: PresentedActor): ActorFormValues {
  return {
    name: a.name,
    kind: a.kind as ActorFormValues["kind"],
    sectorKeys: a.sectorKeys,
    formal: a.formal,
    careLine: a.careLine,
    aimedAt: a.aimedAt,
    vindplaats: a.vindplaats,
    vindplaatsNote: a.vindplaatsNote ?? "",
    address: a.address ?? "",
    postcode: a.postcode ?? "",
    city: a.city ?? "",
    lat: a.lat === null ? "" : String(a.lat),
    lng: a.lng === null ? "" : String(a.lng),
    neighbourhoodIds: a.neighbourhoodIds,
    languages: a.languages.join(", "),
    openingHours: a.openingHours ?? "",
    contacts: a.contacts.map((c) => ({ name: c.name, role: c.role ?? "", email: c.email ?? "", phone: c.phone ?? "" })),
    website: a.website ?? "",
    notes: a.notes ?? "",
    tags: a.tags.join(", "),
    visibility: a.visibility,
    missing: a.missing,
    missingNote: a.missingNote ?? "",
    status: a.status,
    offersUs: a.offersUs,
    offersThem: a.offersThem,
    personId: a.personId,
    personName: null,
  };
}

/** The form's options from `actors.options` and the tenant's base map; visibility is a choice only with an organisation. */
export function formOptions(
  o: Pick<ActorFormOptions, "sectors" | "neighbourhoods" | "myOrganisationId" | "seesKeyFigures">,
  map: MapConfig,
  canChooseVisibility: boolean,
  person: PersonOptions | null,
): ActorFormOptions {
  return {
    map,
    sectors: o.sectors,
    neighbourhoods: o.neighbourhoods,
    myOrganisationId: o.myOrganisationId,
    canChooseVisibility,
    seesKeyFigures: o.seesKeyFigures,
    person: o.seesKeyFigures ? person : null,
  };
}
