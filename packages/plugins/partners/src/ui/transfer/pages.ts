import type { PluginUi } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { page } from "../page";
import { ImportDetailPage } from "./import-detail-page";
import { ImportPage } from "./import-page";

/** Import (upload, mapping, preview, progress) and export of the network. */
export const transferPages: PluginUi["pages"] = {
  import: { component: page(ImportPage), permission: P.transfer, titleKey: "pageTitles.import" },
  "import/[id]": { component: page(ImportDetailPage), permission: P.transfer, titleKey: "pageTitles.importDetail" },
};
