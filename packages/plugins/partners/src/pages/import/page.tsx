import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { ImportPage } from "../../ui/transfer/import-page";

/** /t/<slug>/partners/import */
export const page: PluginPage = { component: ImportPage, permission: P.transfer, titleKey: "pageTitles.import" };
