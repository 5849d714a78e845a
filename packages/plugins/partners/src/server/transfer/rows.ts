import type { ActorKind, RelationshipStatus } from "../../domain";
import type { Contact } from "../schemas";
import { type ActorDraft, MAX_UNKNOWN_VALUES, type RowError, type UnknownValues } from "./draft";
import { type KeptProblem, rowProblem } from "../errors";
import type { ImportField } from "./fields";
import type { ImportMapping } from "./mapping";
import type { Table } from "./table";
import { garbled, oneLine, simplify } from "./text";
import { booleanOf, isEmail, kindOf, missingOf, numberOf, splitList, statusOf, websiteOf } from "./values";

type SectorMatch = (value: string, chosen: Record<string, string> | undefined) => string | "ignore" | null;

const LIMITS: Partial<Record<ImportField, number>> = {
  address: 300,
  postcode: 20,
  city: 120,
  notes: 5000,
  openingHours: 1000,
  missing: 1000,
  contactName: 120,
  phone: 120,
  externalId: 200,
};

/**
 * Turns the rows of a file into actor drafts with the user's mapping, and lists every problem with its row number and
 * column. A row with a problem gives no draft; the import then either refuses to start or, when the user asks for it,
 * imports the rows without a problem and hands the others back (see rejected.ts).
 */
export function mapRows(
  table: Table,
  mapping: ImportMapping,
  sectorOf: SectorMatch,
): { drafts: ActorDraft[]; errors: RowError[]; unknown: UnknownValues } {
  const cols = mapping.columns;
  const drafts: ActorDraft[] = [];
  const errors: RowError[] = [];
  const unknown = { kind: new Set<string>(), sectors: new Set<string>(), status: new Set<string>() };
  const header = (f: ImportField) => {
    const i = cols[f];
    return i === null || i === undefined ? null : (table.headers[i] ?? null);
  };

  for (const { row, cells } of table.rows) {
    const rowErrors: RowError[] = [];
    const fail = (f: ImportField | null, problem: KeptProblem) => rowErrors.push({ row, column: f ? header(f) : null, ...problem });
    const get = (f: ImportField): string => {
      const i = cols[f];
      if (i === null || i === undefined) return "";
      const v = cells[i] ?? "";
      const max = LIMITS[f];
      if (max && v.length > max) fail(f, rowProblem("partners.transfer.row.tooLong", { max }));
      return v;
    };

    for (const c of cells) {
      const g = c ? garbled(c) : null;
      if (g) {
        fail(null, rowProblem("partners.transfer.row.garbled", { value: g }));
        break;
      }
    }

    const name = oneLine(get("name"));
    if (!name) fail("name", rowProblem("partners.transfer.row.nameMissing"));
    else if (name.length > 200) fail("name", rowProblem("partners.transfer.row.nameTooLong"));

    let kind: ActorKind = mapping.defaults.kind;
    let missing = false;
    let missingNote: string | null = null;
    const kindText = get("kind");
    if (kindText) {
      const k = kindOf(kindText, mapping.values.kind);
      if (!k) {
        fail("kind", rowProblem("partners.transfer.row.unknownKind", { value: kindText }));
        if (unknown.kind.size < MAX_UNKNOWN_VALUES) unknown.kind.add(kindText);
      } else if (k === "ignore") {
        // The user chose to leave this value out: the default kind applies.
      } else if (k.kind === "key_figure") fail("kind", rowProblem("partners.transfer.row.keyFigure"));
      else {
        kind = k.kind;
        missing = k.missing;
      }
    }
    const missingText = oneLine(get("missing"));
    if (missingText) {
      const m = missingOf(missingText);
      missing = m.missing;
      missingNote = m.note;
    }

    let status: RelationshipStatus = mapping.defaults.status;
    const statusText = get("status");
    if (statusText) {
      const s = statusOf(statusText, mapping.values.status);
      if (s === "ignore") {
        // Left out by the user's choice: the default status applies.
      } else if (s) status = s;
      else {
        fail("status", rowProblem("partners.transfer.row.unknownStatus", { value: statusText }));
        if (unknown.status.size < MAX_UNKNOWN_VALUES) unknown.status.add(statusText);
      }
    }

    const sectorKeys = new Set(mapping.defaults.sectors);
    for (const v of splitList(get("sectors"))) {
      const k = sectorOf(v, mapping.values.sectors);
      if (k === "ignore") continue;
      if (k) sectorKeys.add(k);
      else {
        fail("sectors", rowProblem("partners.transfer.row.unknownSector", { value: v }));
        if (unknown.sectors.size < MAX_UNKNOWN_VALUES) unknown.sectors.add(v);
      }
    }
    if (sectorKeys.size > 20) fail("sectors", rowProblem("partners.transfer.row.tooManySectors"));

    let formal = kind !== "citizen_initiative" && kind !== "self_organisation" && kind !== "place";
    const formalText = get("formal");
    if (formalText) {
      const b = booleanOf(formalText);
      if (b === null) fail("formal", rowProblem("partners.transfer.row.unknownFormal", { value: formalText }));
      else formal = b;
    }

    let address = oneLine(get("address"));
    if (!address) address = oneLine(`${get("street")} ${get("houseNumber")}`);
    if (address.length > 300)
      fail(cols.address !== undefined ? "address" : "street", rowProblem("partners.transfer.row.tooLong", { max: 300 }));

    const latText = get("lat");
    const lngText = get("lng");
    let lat: number | null = null;
    let lng: number | null = null;
    if (latText) {
      lat = numberOf(latText);
      if (lat === null) fail("lat", rowProblem("partners.transfer.row.notNumber", { value: latText }));
      else if (lat < -90 || lat > 90) fail("lat", rowProblem("partners.transfer.row.latRange"));
    }
    if (lngText) {
      lng = numberOf(lngText);
      if (lng === null) fail("lng", rowProblem("partners.transfer.row.notNumber", { value: lngText }));
      else if (lng < -180 || lng > 180) fail("lng", rowProblem("partners.transfer.row.lngRange"));
    }
    if (Boolean(latText) !== Boolean(lngText)) fail(latText ? "lng" : "lat", rowProblem("partners.transfer.row.halfPoint"));

    const emails = splitList(get("email").replace(/\s+/g, " ")).flatMap((e) => e.split(" ").filter(Boolean));
    for (const e of emails) if (!isEmail(e)) fail("email", rowProblem("partners.transfer.row.email", { value: e }));
    const phones = get("phone")
      .split(/[;/\n]|\s{2,}/)
      .map((p) => p.trim())
      .filter(Boolean);
    const contactName = oneLine(get("contactName"));
    const contacts: Contact[] = [];
    const n = Math.max(emails.length, phones.length);
    for (let i = 0; i < Math.min(n, 20); i++) {
      contacts.push({
        name: (contactName || name).slice(0, 120) || "-",
        role: "",
        email: emails[i] ?? "",
        phone: (phones[i] ?? "").slice(0, 40),
      });
    }

    const websiteText = get("website");
    const website = websiteText ? websiteOf(websiteText) : null;
    if (websiteText && website === null) fail("website", rowProblem("partners.transfer.row.website", { value: websiteText }));

    const tags = [...new Set(splitList(get("tags")).map((t) => t.toLowerCase().slice(0, 60)))];
    if (tags.length > 30) fail("tags", rowProblem("partners.transfer.row.tooManyTags"));
    const languages = [...new Set(splitList(get("languages")).map((l) => l.slice(0, 40)))].filter((l) => l.length >= 2).slice(0, 30);

    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    drafts.push({
      row,
      name,
      kind,
      sectorKeys: [...sectorKeys],
      formal,
      status,
      missing,
      missingNote: missingNote?.slice(0, 1000) ?? null,
      address: address || null,
      postcode: oneLine(get("postcode")) || null,
      city: oneLine(get("city")) || null,
      lat,
      lng,
      contacts,
      website: website || null,
      notes: get("notes") || null,
      tags,
      languages,
      openingHours: get("openingHours") || null,
      externalId: oneLine(get("externalId")) || null,
    });
  }
  return {
    drafts,
    errors,
    unknown: { kind: [...unknown.kind], sectors: [...unknown.sectors], status: [...unknown.status] },
  };
}

/** The key under which a user's choice for a source value is stored (values are compared simplified). */
export const valueKey = simplify;
