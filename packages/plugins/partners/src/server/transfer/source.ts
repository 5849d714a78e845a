import { readCsv } from "./csv";
import type { Encoding } from "./decode";
import { fieldForHeader } from "./fields";
import { isHsdsZip, unzip } from "./hsds-package";
import { FileProblem, type Table } from "./table";
import { readXlsx } from "./xlsx";
import { appError } from "../errors";

export type ImportFormat = "csv" | "xlsx" | "hsds";

const recognised = (cell: string) => fieldForHeader(cell) !== null;

/** What kind of file this is, from its first bytes (not its name): a zip is an Excel file or an HSDS package. */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  if (bytes.length === 0) throw new FileProblem(appError("partners.transfer.empty"));
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) {
    const names = Object.keys(unzip(bytes));
    if (names.some((n) => n.startsWith("xl/") || n === "[Content_Types].xml") && !isHsdsZip(names)) return "xlsx";
    if (isHsdsZip(names)) return "hsds";
    throw new FileProblem(appError("partners.transfer.unknownFormat"));
  }
  // The old binary Excel format (an OLE2 compound file).
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new FileProblem(appError("partners.transfer.oldExcel"));
  if (/\.(xlsx|zip)$/i.test(fileName))
    throw new FileProblem(
      appError(fileName.toLowerCase().endsWith(".xlsx") ? "partners.transfer.xlsxBroken" : "partners.transfer.zipBroken"),
    );
  return "csv";
}

export interface TableSource {
  table: Table;
  encoding: Encoding | null;
  delimiter: string | null;
  sheetName: string | null;
}

/** Reads a CSV or XLSX file into a table (the same bytes always give the same table, so rows can be read again). */
export async function readTable(
  format: "csv" | "xlsx",
  bytes: Uint8Array,
  delimiter?: string | null,
  opts: { firstLines?: number } = {},
): Promise<TableSource> {
  if (format === "xlsx") {
    const { table, sheetName } = await readXlsx(bytes, recognised);
    return { table, encoding: null, delimiter: null, sheetName };
  }
  const r = readCsv(bytes, recognised, { delimiter, firstLines: opts.firstLines });
  return { table: r.table, encoding: r.encoding, delimiter: r.delimiter, sheetName: null };
}
