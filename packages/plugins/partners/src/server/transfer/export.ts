import type { Locale } from "@zorgzaam/core/plugin";
import { CSV_CONTENT_TYPE, type SheetTable, writeCsv, writeXlsx, XLSX_CONTENT_TYPE } from "@zorgzaam/core/plugin";
import enCommon from "../../messages/en/common.json";
import enTransfer from "../../messages/en/transfer.json";
import frCommon from "../../messages/fr/common.json";
import frTransfer from "../../messages/fr/transfer.json";
import nlCommon from "../../messages/nl/common.json";
import nlTransfer from "../../messages/nl/transfer.json";
import { hidesPersonal, type PartnersCtx, pointFor } from "../access";
import { type ActorFilters, actorWhere } from "../filters";
import type { Contact } from "../schemas";
import { writeHsds } from "./hsds-write";
import { appError } from "../errors";

export const EXPORT_FORMATS = ["elements", "connections", "xlsx", "geojson", "hsds"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const MAX_EXPORT = 50_000;

const CATALOGS = { nl: nlCommon, fr: frCommon, en: enCommon } as const;
const SHEETS = { nl: nlTransfer.export, fr: frTransfer.export, en: enTransfer.export } as const;
const YES: Record<Locale, string> = { nl: "ja", fr: "oui", en: "yes" };

export interface ExportFile {
  fileName: string;
  contentType: string;
  base64: string;
  count: number;
}

/**
 * The network as files other tools read, always within what the member may see and the shared filters:
 * - elements + connections CSV (Kumu's Label/Type/Description/Tags and From/To/Type columns; Gephi reads ID and
 *   Source/Target), one file each, or both as the two sheets of one Excel workbook;
 * - GeoJSON (a FeatureCollection of the actors with a point);
 * - Open Referral HSDS (a zip) of the formal organisations and services.
 * Key figures are people: in every export their point is coarsened (about 500 m, whatever the member's permissions,
 * because a file travels further than a screen) and their address, contacts, website and notes are left out.
 */
export async function exportNetwork(ctx: PartnersCtx, format: ExportFormat, filters: ActorFilters, locale: Locale): Promise<ExportFile> {
  const where = actorWhere(ctx, filters);
  const actors = await ctx.tx.partnersActor.findMany({
    where: format === "hsds" ? { AND: [where, { formal: true, missing: false, kind: { not: "key_figure" } }] } : where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_EXPORT + 1,
  });
  if (actors.length > MAX_EXPORT) throw appError("partners.transfer.exportTooMany", { max: MAX_EXPORT });
  const ids = new Set(actors.map((a) => a.id));
  const day = new Date().toISOString().slice(0, 10);
  const c = CATALOGS[locale];
  const kindLabel = (k: string) => (c.kind as Record<string, string>)[k] ?? k;
  const statusLabel = (s: string) => (c.status as Record<string, string>)[s] ?? s;
  // A file travels further than a screen: exports apply the rules for a member without the key-figure right, always.
  const outsider = { permissions: new Set<string>() };
  const personal = (a: { kind: string }) => hidesPersonal(outsider, a);
  const point = (a: { kind: string; lat: number | null; lng: number | null }) => pointFor(outsider, a);

  const connectionsTable = async (): Promise<SheetTable> => {
    const links = await ctx.tx.partnersLink.findMany({
      where: { removedAt: null, fromActorId: { in: [...ids] }, toActorId: { in: [...ids] } },
      orderBy: { createdAt: "asc" },
    });
    const linkLabel = (t: string) => (c.linkType as Record<string, string>)[t] ?? t;
    const rows = links.map((l) => [
      l.fromActorId,
      l.toActorId,
      linkLabel(l.type),
      "directed",
      l.createdAt.toISOString().slice(0, 10),
      l.fromActorId,
      l.toActorId,
    ]);
    return { name: SHEETS[locale].sheetConnections, header: ["From", "To", "Type", "Direction", "Since", "Source", "Target"], rows };
  };
  if (format === "connections") return csvFile(`netwerk-verbindingen-${day}.csv`, await connectionsTable());

  const sectors = await ctx.tx.partnersSector.findMany({ select: { key: true, labelNl: true, labelFr: true, labelEn: true } });
  const sectorLabel = new Map(
    sectors.map((s) => [s.key, (locale === "fr" ? s.labelFr : locale === "en" ? s.labelEn : s.labelNl) || s.labelNl || s.key]),
  );
  const sectorsOf = (keys: string[]) => keys.map((k) => sectorLabel.get(k) ?? k);

  const elementsTable = async (): Promise<SheetTable> => {
    const orgIds = [...new Set(actors.map((a) => a.organisationId).filter((x): x is string => Boolean(x)))];
    const orgs = orgIds.length
      ? await ctx.tx.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })
      : [];
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    const yes = (b: boolean) => (b ? YES[locale] : "");
    const rows = actors.map((a) => {
      const p = point(a);
      const hide = personal(a);
      return [
        a.id,
        a.name,
        kindLabel(a.kind),
        hide ? "" : (a.notes ?? ""),
        a.tags.join("|"),
        sectorsOf(a.sectorKeys).join("|"),
        statusLabel(a.status),
        a.formal ? "formal" : "informal",
        a.careLine ?? null,
        a.aimedAt ?? "",
        yes(a.vindplaats),
        yes(a.missing),
        hide ? "" : (a.address ?? ""),
        hide ? "" : (a.postcode ?? ""),
        a.city ?? "",
        p ? p.lat : null,
        p ? p.lng : null,
        hide ? "" : (a.website ?? ""),
        a.organisationId ? (orgName.get(a.organisationId) ?? "") : "",
        a.visibility,
      ];
    });
    return {
      name: SHEETS[locale].sheetElements,
      header: [
        "ID",
        "Label",
        "Type",
        "Description",
        "Tags",
        "Sectors",
        "Status",
        "Formal",
        "Care line",
        "Aimed at",
        "Vindplaats",
        "Missing",
        "Address",
        "Postcode",
        "City",
        "Latitude",
        "Longitude",
        "Website",
        "Organisation",
        "Visibility",
      ],
      rows,
    };
  };
  if (format === "elements") return csvFile(`netwerk-elementen-${day}.csv`, await elementsTable());

  if (format === "xlsx") {
    const elements = await elementsTable();
    const bytes = await writeXlsx([elements, await connectionsTable()]);
    return {
      fileName: `netwerk-${day}.xlsx`,
      contentType: XLSX_CONTENT_TYPE,
      base64: Buffer.from(bytes).toString("base64"),
      count: elements.rows.length,
    };
  }

  if (format === "geojson") {
    const features = actors.flatMap((a) => {
      const p = point(a);
      if (!p) return [];
      const hide = personal(a);
      return [
        {
          type: "Feature" as const,
          id: a.id,
          geometry: { type: "Point" as const, coordinates: [p.lng, p.lat] },
          properties: {
            id: a.id,
            name: a.name,
            kind: a.kind,
            kindLabel: kindLabel(a.kind),
            status: a.status,
            statusLabel: statusLabel(a.status),
            sectors: sectorsOf(a.sectorKeys),
            formal: a.formal,
            missing: a.missing,
            tags: a.tags,
            city: a.city,
            address: hide ? null : a.address,
            website: hide ? null : a.website,
            coarsened: hide,
          },
        },
      ];
    });
    const json = JSON.stringify({ type: "FeatureCollection", features });
    return {
      fileName: `partners-${day}.geojson`,
      contentType: "application/geo+json",
      base64: Buffer.from(json, "utf8").toString("base64"),
      count: features.length,
    };
  }

  const links = await ctx.tx.partnersLink.findMany({
    where: { removedAt: null, type: "member_of", fromActorId: { in: [...ids] }, toActorId: { in: [...ids] } },
    select: { fromActorId: true, toActorId: true },
  });
  const memberOf = new Map<string, string>();
  for (const l of links) if (!memberOf.has(l.fromActorId)) memberOf.set(l.fromActorId, l.toActorId);
  const zip = writeHsds(
    actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      notes: a.notes,
      website: a.website,
      address: a.address,
      postcode: a.postcode,
      city: a.city,
      lat: a.lat,
      lng: a.lng,
      contacts: a.contacts as unknown as Contact[],
      languages: a.languages,
      sectorKeys: a.sectorKeys,
      tags: a.tags,
      openingHours: a.openingHours,
    })),
    memberOf,
    { sectors: sectors.map((s) => ({ key: s.key, label: sectorLabel.get(s.key) ?? s.key })), language: locale },
  );
  return {
    fileName: `partners-hsds-${day}.zip`,
    contentType: "application/zip",
    base64: Buffer.from(zip).toString("base64"),
    count: actors.length,
  };
}

function csvFile(fileName: string, table: SheetTable): ExportFile {
  // UTF-8 with a byte order mark, so Excel shows accents right; comma-separated, as network tools expect.
  const bytes = writeCsv(table, { bom: true });
  return { fileName, contentType: CSV_CONTENT_TYPE, base64: Buffer.from(bytes).toString("base64"), count: table.rows.length };
}
