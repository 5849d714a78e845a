/**
 * Open Referral HSDS 3.0, tabular form: one CSV per object (organizations, services, locations, addresses, phones,
 * contacts, service_at_location, languages) and a datapackage.json naming them. We map what fits an actor: an
 * organization or service becomes an actor of that kind, its (first physical) location gives the address and point,
 * phones, e-mails and contacts become contacts, and a service is linked "member of" its organization. The HSDS id is
 * kept as the actor's externalId, so a second import of the same data finds the actors again. Sectors and labels
 * travel as two taxonomies (taxonomies.csv, taxonomy_terms.csv) linked to organizations and services by attributes
 * (attributes.csv, link_type "sector" or "tag"); opening hours as a schedule's free-text description (schedules.csv).
 */

interface Resource {
  name: string;
  path: string;
  fields: string[];
}

/** The resources we read and write, with the fields we use (HSDS 3.0 names; `url` is HSDS 2's organization website). */
export const HSDS_RESOURCES: Resource[] = [
  {
    name: "organization",
    path: "organizations.csv",
    fields: ["id", "name", "alternate_name", "description", "email", "website", "legal_status", "parent_organization_id"],
  },
  {
    name: "service",
    path: "services.csv",
    fields: ["id", "organization_id", "name", "alternate_name", "description", "url", "email", "status"],
  },
  {
    name: "location",
    path: "locations.csv",
    fields: ["id", "location_type", "organization_id", "name", "description", "latitude", "longitude"],
  },
  {
    name: "address",
    path: "addresses.csv",
    fields: [
      "id",
      "location_id",
      "attention",
      "address_1",
      "address_2",
      "city",
      "region",
      "state_province",
      "postal_code",
      "country",
      "address_type",
    ],
  },
  {
    name: "phone",
    path: "phones.csv",
    fields: ["id", "location_id", "service_id", "organization_id", "contact_id", "number", "type", "description"],
  },
  { name: "contact", path: "contacts.csv", fields: ["id", "organization_id", "service_id", "location_id", "name", "title", "email"] },
  { name: "service_at_location", path: "service_at_location.csv", fields: ["id", "service_id", "location_id", "description"] },
  { name: "language", path: "languages.csv", fields: ["id", "service_id", "location_id", "name", "code"] },
  { name: "taxonomy", path: "taxonomies.csv", fields: ["id", "name", "description", "uri", "version"] },
  {
    name: "taxonomy_term",
    path: "taxonomy_terms.csv",
    fields: ["id", "code", "name", "description", "parent_id", "taxonomy", "language", "taxonomy_id", "term_uri"],
  },
  {
    name: "attribute",
    path: "attributes.csv",
    fields: ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value", "label"],
  },
  { name: "schedule", path: "schedules.csv", fields: ["id", "service_id", "location_id", "service_at_location_id", "description"] },
];

/** Our two taxonomies: the tenant's sectors (term code = sector key) and the actors' free labels (code = the label). */
export const SECTOR_TAXONOMY = { id: "a7c6f0a2-5c1e-4e4b-9d2a-2f6b1c0e5a01", name: "Zorgzaam sectors" } as const;
export const TAG_TAXONOMY = { id: "a7c6f0a2-5c1e-4e4b-9d2a-2f6b1c0e5a02", name: "Zorgzaam labels" } as const;
