/**
 * The project's logo on its public site (issue 11). Stored like any core file (storeFile, accept "image": re-encoded,
 * metadata stripped, with a thumbnail), pointed at by Tenant.logoFileId. Served without a session at /<slug>/logo:
 * that route reaches this one file of this one tenant and nothing else, and only while the tenant's public site is on.
 */
import { appDb, type Tx } from "../db/client";
import { blobStore } from "./blob-store";
import { deleteStoredFiles, storeFile } from "./store";

/** The headers of a served logo: public and cacheable (the site is public), never sniffed or run. */
export const LOGO_HEADERS = {
  "cache-control": "public, max-age=3600",
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; sandbox",
} as const;

export interface TenantLogo {
  bytes: Uint8Array;
  mimeType: string;
  width: number | null;
  height: number | null;
}

/**
 * The logo of the tenant with this slug (the thumbnail, or the original when there is none), or null: no such tenant,
 * its public site is off, no logo, or the file is gone. Read under the tenant's row-level security without a user.
 */
export async function readTenantLogo(slug: string, variant: "thumb" | "original" = "thumb"): Promise<TenantLogo | null> {
  const row = await appDb().$transaction(async (tx) => {
    const ctx = await tx.$queryRaw<{ ctx: { tenant: { id: string }; capabilities: string[] } | null }[]>`
      SELECT app_public_context(${slug}) AS ctx`;
    const c = ctx[0]?.ctx;
    if (!c?.capabilities.includes("core.site")) return null;
    const t = await tx.tenant.findUnique({ where: { id: c.tenant.id }, select: { logoFileId: true } });
    if (!t?.logoFileId) return null;
    return tx.storedFile.findFirst({
      where: { id: t.logoFileId, tenantId: c.tenant.id, status: "active" },
      select: { mimeType: true, storageKey: true, thumbKey: true, width: true, height: true },
    });
  });
  if (!row) return null;
  const useThumb = variant === "thumb" && row.thumbKey;
  const bytes = await blobStore().get(useThumb ? (row.thumbKey as string) : row.storageKey);
  if (!bytes) return null;
  return { bytes, mimeType: useThumb ? "image/webp" : row.mimeType, width: row.width, height: row.height };
}

/** Stores a new logo for the tenant of `tx` and deletes the one it replaces (row and blobs). */
export async function replaceTenantLogo(tx: Tx, input: { tenantId: string; bytes: Uint8Array; name: string; uploadedById: string | null }) {
  const before = await tx.tenant.findUniqueOrThrow({ where: { id: input.tenantId }, select: { logoFileId: true } });
  const f = await storeFile(tx, {
    tenantId: input.tenantId,
    moduleId: "core",
    bytes: input.bytes,
    name: input.name,
    accept: "image",
    uploadedById: input.uploadedById,
  });
  await tx.tenant.update({ where: { id: input.tenantId }, data: { logoFileId: f.id } });
  if (before.logoFileId) await deleteStoredFiles(tx, { id: before.logoFileId });
  return f;
}

/** Removes the tenant's logo (setting, row and blobs); false when there was none. */
export async function removeTenantLogo(tx: Tx, tenantId: string): Promise<boolean> {
  const t = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { logoFileId: true } });
  if (!t.logoFileId) return false;
  await tx.tenant.update({ where: { id: tenantId }, data: { logoFileId: null } });
  await deleteStoredFiles(tx, { id: t.logoFileId });
  return true;
}
