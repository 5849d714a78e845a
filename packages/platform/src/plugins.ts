import partners from "@zorgzaam/plugin-partners";
import reflectie from "@zorgzaam/plugin-reflectie";

/**
 * THE module registry: the one file that lists the modules of this platform, in dependency order.
 * Adding a module is: its package under packages/plugins/<id>, one line here, and its schema file + SQL migration.
 */
export const plugins = [reflectie, partners] as const;
