import { createHash } from "node:crypto";
import { type Cell, CSV_MEDIA_TYPE, writeCsv } from "@zorgzaam/core/plugin";
import { strToU8, zipSync } from "fflate";
import type { Contact } from "../schemas";
import { HSDS_RESOURCES, SECTOR_TAXONOMY, TAG_TAXONOMY } from "./hsds-schema";

// Export of HSDS: the actors as an HSDS zip (see ./hsds-schema.ts).

export interface HsdsActor {
  id: string;
  name: string;
  kind: string;
  notes: string | null;
  website: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  lat: number | null;
  lng: number | null;
  contacts: Contact[];
  languages: string[];
  sectorKeys?: string[];
  tags?: string[];
  openingHours?: string | null;
}

/** The sectors as the export names them (in the exporter's language) and that language's code. */
export interface HsdsTerms {
  sectors: { key: string; label: string }[];
  language: string;
}

/** A stable id in UUID form for rows we derive from an actor (phones, contacts), so an export is reproducible. */
function derivedId(...parts: string[]): string {
  const h = createHash("sha256").update(parts.join("|")).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Writes the actors as an HSDS zip: organizations (every actor but services), services (with the organization they
 * are a member of, or an organization of their own with the same id), their locations and addresses, phones, contacts
 * and languages, sectors and labels (taxonomy terms linked by attributes), opening hours (schedules), and a
 * datapackage.json listing each resource with its fields.
 */
export function writeHsds(
  actors: HsdsActor[],
  memberOf: Map<string, string>,
  terms: HsdsTerms = { sectors: [], language: "nl" },
): Uint8Array {
  const rows: Record<string, Record<string, Cell>[]> = Object.fromEntries(HSDS_RESOURCES.map((r) => [r.name, []]));
  const push = (name: string, r: Record<string, Cell>) => rows[name]?.push(r);
  const orgIds = new Set(actors.filter((a) => a.kind !== "service").map((a) => a.id));
  const sectorLabel = new Map(terms.sectors.map((s) => [s.key, s.label]));
  const termIds = new Map<string, string>();
  /** A taxonomy term, written once, used by every actor that has it. */
  const term = (taxonomy: typeof SECTOR_TAXONOMY | typeof TAG_TAXONOMY, code: string, name: string) => {
    const key = `${taxonomy.id}|${code}`;
    let id = termIds.get(key);
    if (!id) {
      id = derivedId("term", taxonomy.id, code);
      termIds.set(key, id);
      push("taxonomy_term", {
        id,
        code,
        name,
        description: name,
        taxonomy: taxonomy.name,
        language: terms.language,
        taxonomy_id: taxonomy.id,
      });
    }
    return id;
  };
  push("taxonomy", {
    id: SECTOR_TAXONOMY.id,
    name: SECTOR_TAXONOMY.name,
    description: "Sectors / life domains (levensdomeinen)",
    version: "1",
  });
  push("taxonomy", { id: TAG_TAXONOMY.id, name: TAG_TAXONOMY.name, description: "Free labels of the partner map", version: "1" });

  for (const a of actors) {
    const isService = a.kind === "service";
    const email = a.contacts.find((c) => c.email && c.name === a.name)?.email ?? "";
    const ownerKey = isService ? "service_id" : "organization_id";
    if (isService) {
      const parent = memberOf.get(a.id);
      const organizationId = parent && orgIds.has(parent) ? parent : a.id;
      if (organizationId === a.id) push("organization", { id: a.id, name: a.name, description: "" });
      push("service", {
        id: a.id,
        organization_id: organizationId,
        name: a.name,
        description: a.notes ?? "",
        url: a.website ?? "",
        email,
        status: "active",
      });
    } else {
      push("organization", { id: a.id, name: a.name, description: a.notes ?? "", email, website: a.website ?? "" });
    }
    const entity = isService ? "service" : "organization";
    for (const k of a.sectorKeys ?? []) {
      const label = sectorLabel.get(k) ?? k;
      const termId = term(SECTOR_TAXONOMY, k, label);
      push("attribute", {
        id: derivedId(a.id, "sector", k),
        link_id: a.id,
        taxonomy_term_id: termId,
        link_type: "sector",
        link_entity: entity,
        label,
      });
    }
    for (const tag of a.tags ?? []) {
      const termId = term(TAG_TAXONOMY, tag, tag);
      push("attribute", {
        id: derivedId(a.id, "tag", tag),
        link_id: a.id,
        taxonomy_term_id: termId,
        link_type: "tag",
        link_entity: entity,
        label: tag,
      });
    }
    // A schedule belongs to a service or a location: an organization's opening hours need its location (made here
    // when it has no address or point, so the hours are not lost).
    const hasLocation = Boolean(a.address || a.lat !== null || (!isService && a.openingHours));
    if (a.openingHours) {
      push("schedule", {
        id: derivedId(a.id, "schedule"),
        ...(isService ? { service_id: a.id } : { location_id: a.id }),
        description: a.openingHours,
      });
    }
    if (hasLocation) {
      push("location", {
        id: a.id,
        location_type: "physical",
        organization_id: isService ? "" : a.id,
        name: a.name,
        latitude: a.lat,
        longitude: a.lng,
      });
      if (isService) push("service_at_location", { id: a.id, service_id: a.id, location_id: a.id });
      if (a.address || a.city || a.postcode) {
        push("address", {
          id: a.id,
          location_id: a.id,
          address_1: a.address ?? "",
          city: a.city ?? "",
          postal_code: a.postcode ?? "",
          country: "BE",
          address_type: "physical",
        });
      }
    }
    a.contacts.forEach((c, i) => {
      if (c.name === a.name) {
        if (c.phone) push("phone", { id: derivedId(a.id, "phone", String(i)), [ownerKey]: a.id, number: c.phone, type: "voice" });
        return;
      }
      const contactId = derivedId(a.id, "contact", String(i));
      push("contact", { id: contactId, [ownerKey]: a.id, name: c.name, title: c.role, email: c.email });
      if (c.phone)
        push("phone", { id: derivedId(a.id, "contact-phone", String(i)), contact_id: contactId, number: c.phone, type: "voice" });
    });
    for (const [i, l] of a.languages.entries()) {
      push("language", {
        id: derivedId(a.id, "language", String(i)),
        ...(isService ? { service_id: a.id } : a.address || a.lat !== null ? { location_id: a.id } : {}),
        name: l,
      });
    }
  }

  const files: Record<string, Uint8Array> = {};
  const datapackage = {
    name: "zorgzaam-partners",
    title: "Zorgzaam: organisaties en diensten (Open Referral HSDS 3.0)",
    profile: "tabular-data-package",
    version: "3.0",
    created: new Date().toISOString(),
    resources: HSDS_RESOURCES.map((r) => ({
      name: r.name,
      path: r.path,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: CSV_MEDIA_TYPE,
      encoding: "utf-8",
      schema: {
        fields: r.fields.map((f) => ({ name: f, type: f === "latitude" || f === "longitude" ? "number" : "string" })),
        primaryKey: "id",
      },
    })),
  };
  files["datapackage.json"] = strToU8(JSON.stringify(datapackage, null, 2));
  for (const r of HSDS_RESOURCES) {
    const data = (rows[r.name] ?? []).map((row) => r.fields.map((f) => row[f] ?? ""));
    files[r.path] = writeCsv({ header: r.fields, rows: data }, { bom: false });
  }
  return zipSync(files, { level: 6 });
}
