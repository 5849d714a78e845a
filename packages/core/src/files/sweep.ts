import { appDb, withDbContext } from "../db/client";
import { type BlobStore, blobStore } from "./blob-store";

/** A blob younger than this may belong to an upload whose transaction has not committed yet. */
export const ORPHAN_BLOB_GRACE_HOURS = 24;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Deletes blobs that have no StoredFile row: bytes of an upload whose transaction rolled back (storeFile writes the
 * blob first), or of a deletion that stopped between blob and row. Such a blob is unreachable, but it may be a
 * resident's photo, so it must not stay. Only blobs older than the grace period go, and only under tenants of this
 * database: blobs under a tenant id it does not know are left alone (another installation's, if a store is shared by
 * mistake; each installation needs its own bucket or FILES_DIR, README). Returns how many blobs were deleted.
 */
export async function sweepOrphanBlobs(now: Date = new Date(), store: BlobStore = blobStore()): Promise<number> {
  const cutoff = now.getTime() - ORPHAN_BLOB_GRACE_HOURS * 3600_000;
  // tenant id -> file id -> its blob keys, for blobs past the grace period.
  const old = new Map<string, Map<string, string[]>>();
  for await (const b of store.list()) {
    if (b.modified.getTime() > cutoff) continue;
    const [tenantId, fileId] = b.key.split("/") as [string, string];
    const files = old.get(tenantId) ?? new Map<string, string[]>();
    files.set(fileId, [...(files.get(fileId) ?? []), b.key]);
    old.set(tenantId, files);
  }
  if (!old.size) return 0;
  const tenants = new Set((await appDb().tenant.findMany({ select: { id: true } })).map((t) => t.id));
  let deleted = 0;
  for (const [tenantId, files] of old) {
    if (!tenants.has(tenantId)) continue;
    // A directory that is no file id (not a uuid) has no row either.
    const ids = [...files.keys()].filter((id) => UUID.test(id));
    // Read in the tenant's context without a member: no person scope, so a person's file counts as kept.
    const rows = ids.length
      ? await withDbContext({ tenantId }, (tx) => tx.storedFile.findMany({ where: { id: { in: ids } }, select: { id: true } }))
      : [];
    const kept = new Set(rows.map((r) => r.id));
    for (const [fileId, keys] of files) {
      if (kept.has(fileId)) continue;
      for (const key of keys) await store.delete(key);
      deleted += keys.length;
    }
  }
  return deleted;
}
