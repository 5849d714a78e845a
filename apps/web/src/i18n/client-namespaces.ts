/**
 * The web app's namespaces that code in the browser reads: each is the first part of a namespace that a translations
 * hook names somewhere in the web app, the UI package or a module. ClientMessages gives the browser only these (and,
 * on a module page, that module's catalog). The others (sign-in, home, audit, help, permissions, the navigation's
 * labels, the public site's texts...) are read on the server only; every signed-in page carried them in its HTML
 * (12.5 kB of the 45 kB Dutch catalog, about 3.8 kB of its gzip). `client-namespaces.test.ts` keeps this list equal
 * to what the code names.
 */
export const CLIENT_NAMESPACES: readonly string[] = [
  "common",
  "consent",
  "contactPoint",
  "errors",
  "files",
  "invite",
  "language",
  "map",
  "members",
  "modules",
  "neighbourhoodHub",
  "neighbourhoods",
  "operator",
  "organisations",
  "outbox",
  "people",
  "personKinds",
  "personalData",
  "profile",
  "roles",
  "rolesPage",
  "settings",
];
