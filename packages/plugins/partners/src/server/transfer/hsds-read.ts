import type { RelationshipStatus } from "../../domain";
import type { Contact } from "../schemas";
import type { ActorDraft, RowError } from "./draft";
import { type KeptProblem, rowProblem } from "../errors";
import { type Rec, readResources, unzip } from "./hsds-package";
import { SECTOR_TAXONOMY, TAG_TAXONOMY } from "./hsds-schema";
import { oneLine } from "./text";
import { isEmail, numberOf, websiteOf } from "./values";

// Import of HSDS: what an HSDS zip holds becomes actor drafts (see ./hsds-schema.ts for what we map).

function group(rows: Rec[] | undefined, key: string): Map<string, Rec[]> {
  const m = new Map<string, Rec[]>();
  for (const r of rows ?? []) {
    const k = r[key];
    if (!k) continue;
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

const stripHtml = (s: string) =>
  s
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+/g, " ")
    .trim();

/**
 * Reads an HSDS zip into actor drafts (organizations first, then services) and the row-level problems. Taxonomy terms
 * linked by attributes become sectors (ours by their code; others when `sectorOf` recognises their name) and labels
 * (our label taxonomy); a schedule's description becomes the opening hours.
 */
export function hsdsDrafts(
  bytes: Uint8Array,
  defaults: { status: RelationshipStatus; sectors: string[] },
  sectorOf: (value: string) => string | null = () => null,
): { drafts: ActorDraft[]; errors: RowError[]; totalRows: number; files: string[] } {
  const { tables } = readResources(unzip(bytes));
  const terms = new Map((tables.taxonomy_term?.rows ?? []).map((t) => [t.id ?? "", t]));
  const attributesByLink = group(tables.attribute?.rows, "link_id");
  const schedulesByService = group(tables.schedule?.rows, "service_id");
  const schedulesByLocation = group(tables.schedule?.rows, "location_id");
  /** Sectors and labels of an organization or service, from the taxonomy terms linked to it. */
  const classified = (id: string) => {
    const sectorKeys = new Set(defaults.sectors);
    const tags = new Set<string>();
    for (const a of attributesByLink.get(id) ?? []) {
      const t = terms.get(a.taxonomy_term_id ?? "");
      if (!t) continue;
      if (t.taxonomy_id === TAG_TAXONOMY.id || a.link_type === "tag") {
        const tag = oneLine(t.code || t.name || "")
          .toLowerCase()
          .slice(0, 60);
        if (tag) tags.add(tag);
        continue;
      }
      const key = t.taxonomy_id === SECTOR_TAXONOMY.id ? (sectorOf(t.code ?? "") ?? sectorOf(t.name ?? "")) : sectorOf(t.name ?? "");
      if (key) sectorKeys.add(key);
    }
    return { sectorKeys: [...sectorKeys], tags: [...tags] };
  };
  const hoursOf = (rows: Rec[]) =>
    rows
      .map((r) => (r.description ?? "").trim())
      .filter(Boolean)
      .join("\n") || null;
  const orgs = tables.organization?.rows ?? [];
  const services = tables.service?.rows ?? [];
  const locations = new Map((tables.location?.rows ?? []).map((l) => [l.id ?? "", l]));
  const addressesByLocation = group(tables.address?.rows, "location_id");
  const locationsByOrg = group(tables.location?.rows, "organization_id");
  const salByService = group(tables.service_at_location?.rows, "service_id");
  const phonesByOrg = group(tables.phone?.rows, "organization_id");
  const phonesByService = group(tables.phone?.rows, "service_id");
  const phonesByContact = group(tables.phone?.rows, "contact_id");
  const contactsByOrg = group(tables.contact?.rows, "organization_id");
  const contactsByService = group(tables.contact?.rows, "service_id");
  const languagesByService = group(tables.language?.rows, "service_id");
  const languagesByLocation = group(tables.language?.rows, "location_id");
  const serviceIds = new Map(services.map((s) => [s.id ?? "", s]));

  const drafts: ActorDraft[] = [];
  const errors: RowError[] = [];

  const place = (locs: Rec[]) => {
    const physical = locs.find(
      (l) => (l.location_type ?? "physical") !== "virtual" && (addressesByLocation.get(l.id ?? "")?.length || l.latitude),
    );
    const loc = physical ?? locs[0];
    if (!loc) return { address: null, postcode: null, city: null, lat: null, lng: null, locationId: null, latText: "", lngText: "" };
    const addrs = addressesByLocation.get(loc.id ?? "") ?? [];
    const a = addrs.find((x) => (x.address_type ?? "physical") === "physical") ?? addrs[0];
    const street = a ? oneLine([a.address_1, a.address_2].filter(Boolean).join(", ")) : "";
    return {
      address: street || null,
      postcode: a?.postal_code ? oneLine(a.postal_code) : null,
      city: a?.city ? oneLine(a.city) : null,
      lat: loc.latitude ? numberOf(loc.latitude) : null,
      lng: loc.longitude ? numberOf(loc.longitude) : null,
      latText: loc.latitude ?? "",
      lngText: loc.longitude ?? "",
      locationId: loc.id ?? null,
    };
  };

  const contactsFor = (owner: string, email: string, phones: Rec[], contacts: Rec[]): Contact[] => {
    const out: Contact[] = [];
    const own = phones.filter((p) => !p.contact_id);
    if (email || own.length) {
      const n = Math.max(email ? 1 : 0, own.length);
      for (let i = 0; i < n; i++) out.push({ name: owner, role: "", email: i === 0 ? email : "", phone: own[i]?.number ?? "" });
    }
    for (const c of contacts) {
      const phone = phonesByContact.get(c.id ?? "")?.[0]?.number ?? "";
      out.push({ name: c.name || owner, role: c.title ?? "", email: c.email ?? "", phone });
    }
    // Never cut: `check` reports too many contacts or too long a value on the row.
    return out;
  };

  const check = (d: ActorDraft, file: string, raw: { latText: string; lngText: string; website: string }) => {
    const fail = (column: string, problem: KeptProblem) => errors.push({ row: d.row, file, column, ...problem });
    if (!d.name) fail("name", rowProblem("partners.transfer.row.nameMissing"));
    else if (d.name.length > 200) fail("name", rowProblem("partners.transfer.row.nameTooLong"));
    if (raw.latText && d.lat === null) fail("latitude", rowProblem("partners.transfer.row.notNumber", { value: raw.latText }));
    if (raw.lngText && d.lng === null) fail("longitude", rowProblem("partners.transfer.row.notNumber", { value: raw.lngText }));
    if (d.lat !== null && (d.lat < -90 || d.lat > 90)) fail("latitude", rowProblem("partners.transfer.row.latRange"));
    if (d.lng !== null && (d.lng < -180 || d.lng > 180)) fail("longitude", rowProblem("partners.transfer.row.lngRange"));
    if ((d.lat === null) !== (d.lng === null)) fail("latitude", rowProblem("partners.transfer.row.halfPoint"));
    for (const c of d.contacts)
      if (c.email && !isEmail(c.email)) fail("email", rowProblem("partners.transfer.row.email", { value: c.email }));
    if (d.contacts.length > 20) fail("contacts", rowProblem("partners.transfer.row.tooManyContacts"));
    for (const c of d.contacts) {
      if (c.name.length > 120) fail("contact name", rowProblem("partners.transfer.row.tooLong", { max: 120 }));
      if (c.role.length > 120) fail("contact title", rowProblem("partners.transfer.row.tooLong", { max: 120 }));
      if (c.phone.length > 40) fail("phone", rowProblem("partners.transfer.row.tooLong", { max: 40 }));
    }
    if (d.languages.length > 30) fail("languages", rowProblem("partners.transfer.row.tooManyLanguages"));
    if (raw.website && d.website === null) fail("website", rowProblem("partners.transfer.row.website", { value: raw.website }));
    if ((d.address?.length ?? 0) > 300) fail("address_1", rowProblem("partners.transfer.row.tooLong", { max: 300 }));
    if ((d.notes?.length ?? 0) > 5000) fail("description", rowProblem("partners.transfer.row.tooLong", { max: 5000 }));
    if ((d.openingHours?.length ?? 0) > 1000) fail("schedule", rowProblem("partners.transfer.row.tooLong", { max: 1000 }));
    if (d.tags.length > 30) fail("tags", rowProblem("partners.transfer.row.tooManyTags"));
    if (d.sectorKeys.length > 20) fail("sectors", rowProblem("partners.transfer.row.tooManySectors"));
  };

  const orgFile = tables.organization?.path ?? "organizations.csv";
  const wrapped = new Set<string>();
  for (const o of orgs) {
    const id = o.id ?? "";
    const s = id ? serviceIds.get(id) : undefined;
    // Our own export gives a service without an organization an organization of its own with the same id and name.
    if (s && oneLine(s.name ?? "") === oneLine(o.name ?? "")) {
      wrapped.add(id);
      continue;
    }
    const name = oneLine(o.name ?? "");
    const p = place(locationsByOrg.get(id) ?? []);
    const websiteRaw = o.website || o.url || "";
    const website = websiteRaw ? websiteOf(websiteRaw) : "";
    const d: ActorDraft = {
      row: o.__row,
      file: orgFile,
      name,
      kind: "organisation",
      ...classified(id),
      formal: true,
      status: defaults.status,
      missing: false,
      missingNote: null,
      address: p.address,
      postcode: p.postcode,
      city: p.city,
      lat: p.lat,
      lng: p.lng,
      contacts: contactsFor(name, o.email ?? "", phonesByOrg.get(id) ?? [], contactsByOrg.get(id) ?? []),
      website: website || null,
      notes: stripHtml(o.description ?? "") || null,
      languages: languagesOf(p.locationId ? (languagesByLocation.get(p.locationId) ?? []) : []),
      openingHours: hoursOf((locationsByOrg.get(id) ?? []).flatMap((l) => schedulesByLocation.get(l.id ?? "") ?? [])),
      externalId: id || null,
      parentExternalId: o.parent_organization_id || null,
    };
    const before = errors.length;
    check(d, orgFile, { latText: p.latText, lngText: p.lngText, website: websiteRaw });
    if (errors.length === before) drafts.push(d);
  }

  const serviceFile = tables.service?.path ?? "services.csv";
  for (const s of services) {
    const id = s.id ?? "";
    const name = oneLine(s.name ?? "");
    const locs = (salByService.get(id) ?? []).map((x) => locations.get(x.location_id ?? "")).filter((l): l is Rec => Boolean(l));
    const p = place(locs);
    const websiteRaw = s.url ?? "";
    const website = websiteRaw ? websiteOf(websiteRaw) : "";
    const parent = s.organization_id && !wrapped.has(s.organization_id) ? s.organization_id : null;
    const d: ActorDraft = {
      row: s.__row,
      file: serviceFile,
      name,
      kind: "service",
      ...classified(id),
      formal: true,
      status: defaults.status,
      missing: false,
      missingNote: null,
      address: p.address,
      postcode: p.postcode,
      city: p.city,
      lat: p.lat,
      lng: p.lng,
      contacts: contactsFor(name, s.email ?? "", phonesByService.get(id) ?? [], contactsByService.get(id) ?? []),
      website: website || null,
      notes: stripHtml(s.description ?? "") || null,
      languages: languagesOf(languagesByService.get(id) ?? []),
      openingHours: hoursOf(schedulesByService.get(id) ?? []),
      externalId: id || null,
      parentExternalId: parent,
    };
    const before = errors.length;
    check(d, serviceFile, { latText: p.latText, lngText: p.lngText, website: websiteRaw });
    if (errors.length === before) drafts.push(d);
  }
  return {
    drafts,
    errors,
    totalRows: orgs.length - wrapped.size + services.length,
    files: Object.values(tables).map((t) => t.path),
  };
}

function languagesOf(rows: Rec[]): string[] {
  return [...new Set(rows.map((r) => oneLine(r.name || r.code || "")).filter((l) => l.length >= 2))];
}
