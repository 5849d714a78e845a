/**
 * @zorgzaam/core/testing: the test kit of the platform, for core's tests and every module's. Everything a test needs
 * comes from here; a module's test imports nothing else of core's internals.
 *
 * - db: the owner client (fixtures bypass row-level security), tenant tables, snapshots, unique names, closeAll;
 * - factories: a tenant with a member per role and a row in every core table, or one user, member, organisation,
 *   neighbourhood or person;
 * - modules: a module switched on or off for a tenant (with its hooks when asked), module rows from its seed;
 * - callers: a router's or one module's caller as a member, calls by path, outcomes and codes;
 * - procedures: every procedure of a router with its permission and inputs, sample inputs, the gate a role expects;
 * - catalogs: one flattener, the checks that every key is in nl, fr and en;
 * - the module contract suite (static checks of a module definition), a module's pages loaded from its page files;
 * - jobs, PDF and source-tree helpers; a local geocoder speaking Nominatim's API (startNominatim).
 *
 * The modules are always passed in (the platform's list or one module): the kit reads no process-wide registry.
 * Integration tests only (it opens database clients lazily); never import it from application code.
 */
export * from "./caller";
export * from "./catalogs";
export * from "./contract-suite";
export * from "./db";
export * from "./factories";
export { storedFileBytes } from "./files";
export { queuedMailsTo } from "./mail";
export * from "./module-contract";
export { loadModulePages } from "./module-pages";
export * from "./modules";
export { type FakeNominatim, type FakePlace, startNominatim } from "./nominatim";
export * from "./procedures";
export { sampleInput } from "./sample-input";
export { BUILT_DIRS, REPO_ROOT, sourceFiles, type SourceScan } from "./source-files";
export { resetEnvCache } from "../env";
export { ROLES, type Role } from "../permissions/roles";
export { installTestJobs, isolateQueuePrefix, sleep, waitForJob, waitUntil } from "../jobs/testing";
export { pdfPagesText } from "../pdf/testing";
export { manifestProblems } from "../plugins/manifest";
