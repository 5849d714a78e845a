import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { RelationshipStatus } from "../../domain";
import type { Contact } from "../schemas";
import { detectDelimiter } from "./csv";
import { decodeText } from "./decode";
import type { ActorDraft, RowError } from "./draft";
import { T } from "./errors";
import { FileProblem, MAX_ROWS } from "./table";
import { oneLine } from "./text";
import { isEmail, numberOf, websiteOf } from "./values";

/**
 * Open Referral HSDS 3.0, tabular form: one CSV per object (organizations, services, locations, addresses, phones,
 * contacts, service_at_location, languages) and a datapackage.json naming them. We map what fits an actor: an
 * organization or service becomes an actor of that kind, its (first physical) location gives the address and point,
 * phones, e-mails and contacts become contacts, and a service is linked "member of" its organization. The HSDS id is
 * kept as the actor's externalId, so a second import of the same data finds the actors again.
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
];

type Rec = Record<string, string> & { __row: number };

/** Is this zip an HSDS package (rather than an Excel file, which is a zip too)? */
export function isHsdsZip(files: string[]): boolean {
  return files.some((f) => /(^|\/)(datapackage\.json|organizations?\.csv|services?\.csv)$/i.test(f));
}

export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes);
  } catch {
    throw new FileProblem(T.zipBroken);
  }
}

function readCsvRecords(bytes: Uint8Array): Rec[] {
  const { text } = decodeText(bytes);
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      bom: true,
      skip_empty_lines: false,
    });
  } catch {
    throw new FileProblem(T.csvBroken(null));
  }
  const headers = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const out: Rec[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i] ?? [];
    if (!r.some((c) => c.trim())) continue;
    if (out.length >= MAX_ROWS) throw new FileProblem(T.tooManyRows(MAX_ROWS));
    const rec = { __row: i + 1 } as Rec;
    headers.forEach((h, c) => {
      rec[h] = (r[c] ?? "").trim();
    });
    out.push(rec);
  }
  return out;
}

/** Finds each resource through datapackage.json, else by its usual file names (singular or plural). */
function resources(files: Record<string, Uint8Array>): { tables: Record<string, { path: string; rows: Rec[] }> } {
  const byBase = new Map<string, Uint8Array>();
  const byPath = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith("/") || path.startsWith("__MACOSX/")) continue;
    byPath.set(path.toLowerCase(), data);
    byBase.set(path.toLowerCase().split("/").pop() ?? path, data);
  }
  const declared = new Map<string, string>();
  const dp = byBase.get("datapackage.json");
  if (dp) {
    let json: { resources?: { name?: unknown; path?: unknown }[] };
    try {
      json = JSON.parse(strFromU8(dp));
    } catch {
      throw new FileProblem(T.hsdsDatapackage);
    }
    for (const r of Array.isArray(json.resources) ? json.resources : []) {
      if (typeof r.name === "string" && typeof r.path === "string") declared.set(r.name.toLowerCase(), r.path.toLowerCase());
    }
  }
  const tables: Record<string, { path: string; rows: Rec[] }> = {};
  for (const r of HSDS_RESOURCES) {
    const candidates = [declared.get(r.name), r.path, `${r.name}.csv`, `${r.name}s.csv`, `${r.name}es.csv`].filter((x): x is string =>
      Boolean(x),
    );
    for (const c of candidates) {
      const data = byPath.get(c) ?? byBase.get(c.split("/").pop() ?? c);
      if (data) {
        tables[r.name] = { path: c.split("/").pop() ?? c, rows: readCsvRecords(data) };
        break;
      }
    }
  }
  if (!tables.organization && !tables.service) throw new FileProblem(T.hsdsMissing);
  return { tables };
}

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

/** Reads an HSDS zip into actor drafts (organizations first, then services) and the row-level problems. */
export function hsdsDrafts(
  bytes: Uint8Array,
  defaults: { status: RelationshipStatus; sectors: string[] },
): { drafts: ActorDraft[]; errors: RowError[]; totalRows: number; files: string[] } {
  const { tables } = resources(unzip(bytes));
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
    return out
      .slice(0, 20)
      .map((c) => ({ name: c.name.slice(0, 120), role: c.role.slice(0, 120), email: c.email, phone: c.phone.slice(0, 40) }));
  };

  const check = (d: ActorDraft, file: string, raw: { latText: string; lngText: string; website: string }) => {
    const fail = (column: string, message: string) => errors.push({ row: d.row, file, column, message });
    if (!d.name) fail("name", T.row.nameMissing);
    else if (d.name.length > 200) fail("name", T.row.nameTooLong);
    if (raw.latText && d.lat === null) fail("latitude", T.row.notNumber(raw.latText));
    if (raw.lngText && d.lng === null) fail("longitude", T.row.notNumber(raw.lngText));
    if (d.lat !== null && (d.lat < -90 || d.lat > 90)) fail("latitude", T.row.latRange);
    if (d.lng !== null && (d.lng < -180 || d.lng > 180)) fail("longitude", T.row.lngRange);
    if ((d.lat === null) !== (d.lng === null)) fail("latitude", T.row.halfPoint);
    for (const c of d.contacts) if (c.email && !isEmail(c.email)) fail("email", T.row.email(c.email));
    if (raw.website && d.website === null) fail("website", T.row.website(raw.website));
    if ((d.address?.length ?? 0) > 300) fail("address_1", T.row.tooLong(300));
    if ((d.notes?.length ?? 0) > 5000) fail("description", T.row.tooLong(5000));
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
      sectorKeys: [...defaults.sectors],
      formal: true,
      status: defaults.status,
      address: p.address,
      postcode: p.postcode,
      city: p.city,
      lat: p.lat,
      lng: p.lng,
      contacts: contactsFor(name, o.email ?? "", phonesByOrg.get(id) ?? [], contactsByOrg.get(id) ?? []),
      website: website || null,
      notes: stripHtml(o.description ?? "") || null,
      tags: [],
      languages: languagesOf(p.locationId ? (languagesByLocation.get(p.locationId) ?? []) : []),
      openingHours: null,
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
      sectorKeys: [...defaults.sectors],
      formal: true,
      status: defaults.status,
      address: p.address,
      postcode: p.postcode,
      city: p.city,
      lat: p.lat,
      lng: p.lng,
      contacts: contactsFor(name, s.email ?? "", phonesByService.get(id) ?? [], contactsByService.get(id) ?? []),
      website: website || null,
      notes: stripHtml(s.description ?? "") || null,
      tags: [],
      languages: languagesOf(languagesByService.get(id) ?? []),
      openingHours: null,
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
  return [...new Set(rows.map((r) => oneLine(r.name || r.code || "")).filter((l) => l.length >= 2))].slice(0, 30);
}

// ---------------------------------------------------------------------------------------------------------------
// Export

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
}

/** A stable id in UUID form for rows we derive from an actor (phones, contacts), so an export is reproducible. */
function derivedId(...parts: string[]): string {
  const h = createHash("sha256").update(parts.join("|")).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Writes the actors as an HSDS zip: organizations (every actor but services), services (with the organization they
 * are a member of, or an organization of their own with the same id), their locations and addresses, phones, contacts
 * and languages, and a datapackage.json listing each resource with its fields.
 */
export function writeHsds(actors: HsdsActor[], memberOf: Map<string, string>): Uint8Array {
  const rows: Record<string, Record<string, string>[]> = Object.fromEntries(HSDS_RESOURCES.map((r) => [r.name, []]));
  const push = (name: string, r: Record<string, string>) => rows[name]?.push(r);
  const orgIds = new Set(actors.filter((a) => a.kind !== "service").map((a) => a.id));
  const num = (n: number | null) => (n === null ? "" : String(n));

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
    if (a.address || a.lat !== null) {
      push("location", {
        id: a.id,
        location_type: "physical",
        organization_id: isService ? "" : a.id,
        name: a.name,
        latitude: num(a.lat),
        longitude: num(a.lng),
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
      mediatype: "text/csv",
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
    files[r.path] = strToU8(stringify([r.fields, ...data]));
  }
  return zipSync(files, { level: 6 });
}
