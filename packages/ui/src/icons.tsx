import {
  Bell,
  Calendar,
  ClipboardList,
  HandHeart,
  Layers,
  type LucideIcon,
  Map as MapIcon,
  Megaphone,
  MessagesSquare,
  Search,
  Users,
} from "lucide-react";
import { cx } from "./cx";
import type { ModuleIconName } from "./icon-names";

const MODULE_ICONS = {
  map: MapIcon,
  "messages-square": MessagesSquare,
  users: Users,
  "hand-heart": HandHeart,
  megaphone: Megaphone,
  search: Search,
  calendar: Calendar,
  layers: Layers,
  "clipboard-list": ClipboardList,
} as const satisfies Record<ModuleIconName, LucideIcon>;

/** A module's icon (named in its manifest), decorative: the module's name says what it is. */
export function ModuleIcon({ name, className }: { name: ModuleIconName; className?: string }) {
  const Icon = MODULE_ICONS[name];
  return <Icon aria-hidden="true" focusable="false" className={cx("inline-block size-5 shrink-0 align-[-0.2em]", className)} />;
}

/** Icons used in the interface itself (reminders). */
export { Bell as BellIcon };
