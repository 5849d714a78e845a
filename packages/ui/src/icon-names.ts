/**
 * The icons a module may name in its manifest (`icon`), as plain data so that manifests and core stay free of React.
 * `ModuleIcon` (./icons.tsx) draws them as plain SVG (Lucide's shapes), so they show on every machine, emoji font or not.
 */
export const MODULE_ICON_NAMES = [
  "map",
  "messages-square",
  "users",
  "hand-heart",
  "megaphone",
  "search",
  "calendar",
  "layers",
  "clipboard-list",
] as const;

export type ModuleIconName = (typeof MODULE_ICON_NAMES)[number];

export function isModuleIconName(value: string): value is ModuleIconName {
  return (MODULE_ICON_NAMES as readonly string[]).includes(value);
}
