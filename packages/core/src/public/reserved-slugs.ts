/**
 * Tenant slugs that cannot be used: the public site of a tenant lives at /<slug>, so a slug may not be the name of one
 * of the web app's own top-level routes (apps/web/src/app; a unit test there checks that every one is listed).
 */
export const RESERVED_SLUGS: readonly string[] = [
  "t",
  "api",
  "signin",
  "signout",
  "operator",
  "dev",
  "files",
  "help",
  "admin",
  "public",
  "static",
  "assets",
  "favicon.ico",
  "icon.svg",
  "robots.txt",
  "sitemap.xml",
];

export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.includes(slug.toLowerCase());
}
