import type { PluginUi } from "@zorgzaam/core/plugin";
import { P } from "../../manifest";
import { ActionsPage } from "./actions";
import { NewSessionPage } from "./new-session";
import { QuestionsPage } from "./questions";
import { ReportPage } from "./report";
import { RhythmPage } from "./rhythm";
import { SessionRoomPage } from "./session-room";
import { SessionsPage } from "./sessions";
import { StartPage } from "./start";

type Page = PluginUi["pages"][string]["component"];
// Server components are async functions; React's ComponentType does not describe that yet.
const page = (c: unknown) => c as Page;

/** Pages by path below /t/<slug>/reflectie, each with the permission it needs (the procedures check again). */
export const pages: PluginUi["pages"] = {
  "": { component: page(StartPage), permission: P.participate, titleKey: "pageTitles.start" },
  sessions: { component: page(SessionsPage), permission: P.participate, titleKey: "pageTitles.sessions" },
  "sessions/new": { component: page(NewSessionPage), permission: P.manage, titleKey: "pageTitles.sessionNew" },
  "sessions/[id]": { component: page(SessionRoomPage), permission: P.participate, titleKey: "pageTitles.session" },
  "sessions/[id]/report": { component: page(ReportPage), permission: P.participate, titleKey: "pageTitles.report" },
  actions: { component: page(ActionsPage), permission: P.participate, titleKey: "pageTitles.actions" },
  questions: { component: page(QuestionsPage), permission: P.sets, titleKey: "pageTitles.questions" },
  rhythm: { component: page(RhythmPage), permission: P.participate, titleKey: "pageTitles.rhythm" },
};
