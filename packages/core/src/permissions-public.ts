/** The permission registry and roles without server-only dependencies (safe for tests and client components). */
export * from "./permissions/registry";
export * from "./permissions/roles";
