import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../manifest";
import { ImportDetailPage } from "../../../ui/transfer/import-detail-page";

/** /t/<slug>/partners/import/[id] */
export const page: PluginPage = { component: ImportDetailPage, permission: P.transfer, titleKey: "pageTitles.importDetail" };
