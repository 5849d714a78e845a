import type { Tx } from "../db/client";
import { blobStore } from "../files/blob-store";

/**
 * The tenant's logo (issue 11) as a PDF can embed it: PNG or JPEG bytes (pdfkit takes nothing else; a WebP or GIF
 * logo is converted to PNG), at most 600 px on its long side. Null when the tenant has no logo or the file is gone.
 * Read in the tenant's transaction (row-level security), so a module's job reads only its own tenant's logo.
 */
export async function tenantLogoForPdf(tx: Tx, tenantId: string): Promise<Buffer | null> {
  const t = await tx.tenant.findUnique({ where: { id: tenantId }, select: { logoFileId: true } });
  if (!t?.logoFileId) return null;
  const f = await tx.storedFile.findFirst({
    where: { id: t.logoFileId, tenantId, status: "active" },
    select: { mimeType: true, storageKey: true },
  });
  if (!f) return null;
  const bytes = await blobStore().get(f.storageKey);
  if (!bytes) return null;
  const { default: sharp } = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "sharp");
  try {
    return await sharp(bytes).resize({ width: 600, height: 600, fit: "inside", withoutEnlargement: true }).png().toBuffer();
  } catch {
    return null;
  }
}

/**
 * A stored image of the tenant (a module's photo: an active core file, never one in quarantine) as PNG bytes for a
 * PDF, scaled down to fit `max` pixels; null when it is gone, not an image, or unreadable. Read in the caller's
 * transaction (row-level security: the tenant, and a member's scope when there is one).
 */
export async function storedImageForPdf(tx: Tx, tenantId: string, fileId: string, max = 1200): Promise<Buffer | null> {
  const f = await tx.storedFile.findFirst({
    where: { id: fileId, tenantId, status: "active", mimeType: { startsWith: "image/" } },
    select: { storageKey: true },
  });
  if (!f) return null;
  const bytes = await blobStore().get(f.storageKey);
  if (!bytes) return null;
  const { default: sharp } = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "sharp");
  try {
    return await sharp(bytes).rotate().resize({ width: max, height: max, fit: "inside", withoutEnlargement: true }).png().toBuffer();
  } catch {
    return null;
  }
}
