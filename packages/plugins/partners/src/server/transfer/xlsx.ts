import { readXlsxSheet, SheetProblem } from "@zorgzaam/core/plugin";
import { FileProblem, MAX_ROWS, type Table, toTable } from "./table";
import { appError } from "../errors";

const PROBLEMS = {
  broken: () => appError("partners.transfer.xlsxBroken"),
  empty: () => appError("partners.transfer.xlsxEmpty"),
  tooManyRows: () => appError("partners.transfer.tooManyRows", { max: MAX_ROWS }),
} as const;

/** Reads the first worksheet with data of an .xlsx file through core's reader (row numbers are Excel's own). */
export async function readXlsx(bytes: Uint8Array, recognised: (cell: string) => boolean): Promise<{ table: Table; sheetName: string }> {
  try {
    const { rows, rowNumbers, sheetName } = await readXlsxSheet(bytes, { maxRows: MAX_ROWS });
    return { table: toTable(rows, (i) => rowNumbers[i] ?? i + 1, recognised), sheetName };
  } catch (e) {
    if (e instanceof SheetProblem) throw new FileProblem(PROBLEMS[e.kind]());
    throw e;
  }
}
