import { router } from "@zorgzaam/core/plugin";
import { exportProcedures } from "./transfer/exports";
import { importProcedures } from "./transfer/imports";
import { reviewProcedures } from "./transfer/review";
import { runProcedures } from "./transfer/run";
import { uploadProcedures } from "./transfer/upload";

/**
 * Import (CSV, XLSX, HSDS) and export (elements + connections CSV, GeoJSON, HSDS) of the network.
 *
 * The procedures live per sub-area in ./transfer/; they are merged flat here, so every path stays `transfer.<name>`.
 */
export const transferRouter = router({
  ...uploadProcedures,
  ...importProcedures,
  ...reviewProcedures,
  ...runProcedures,
  ...exportProcedures,
});
