import type { PluginPage } from "@zorgzaam/core/plugin";
import { P } from "../../../manifest";
import { SessionRoomPage } from "../../../ui/pages/session-room";

/** /t/<slug>/reflectie/sessions/[id] */
export const page: PluginPage = { component: SessionRoomPage, permission: P.participate, titleKey: "pageTitles.session" };
