import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../../manifest";
import { EditPage } from "../../../../ui/pages/edit";

/** /t/<slug>/bevragingen/surveys/[id]/edit */
export const page: PluginPage = { component: EditPage, permission: P.manage, titleKey: "pageTitles.edit" };
