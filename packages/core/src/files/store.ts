import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client";
import { withTenant } from "../db/client";
import { blobStore } from "./blob-store";
import { type FileAccept, processUpload } from "./process";

export interface StoreFileInput {
  tenantId: string;
  /** "core" or the module the file belongs to. */
  moduleId: string;
  bytes: Uint8Array;
  /** The name the uploader gave (kept for staff and as the download name). */
  name: string;
  accept: FileAccept;
  personId?: string | null;
  uploadedById?: string | null;
  /** A public upload: it waits until staff accept it (files.quarantine). */
  quarantine?: boolean;
}

/** What callers get back about a stored file (never its keys). */
export const STORED_FILE_PUBLIC = {
  id: true,
  tenantId: true,
  moduleId: true,
  status: true,
  mimeType: true,
  byteSize: true,
  width: true,
  height: true,
  originalName: true,
  personId: true,
  createdAt: true,
  thumbKey: true,
} as const;

/**
 * Checks and stores one upload in the request's transaction: the bytes go to the blob store first, then the row is
 * written (under the tenant's RLS and, for a person's file, the person-scope trigger). When the transaction rolls back
 * the blobs stay behind without a row; they are unreachable (every read goes through the row) and cost only space.
 */
export async function storeFile(tx: Tx, input: StoreFileInput) {
  const processed = await processUpload(input.bytes, input.accept);
  const id = randomUUID();
  const storageKey = `${input.tenantId}/${id}/original`;
  const thumbKey = processed.thumb ? `${input.tenantId}/${id}/thumb` : null;
  const store = blobStore();
  await store.put(storageKey, processed.bytes, processed.mimeType);
  if (processed.thumb && thumbKey) await store.put(thumbKey, processed.thumb, "image/webp");
  return tx.storedFile.create({
    data: {
      id,
      tenantId: input.tenantId,
      moduleId: input.moduleId,
      status: input.quarantine ? "quarantine" : "active",
      mimeType: processed.mimeType,
      byteSize: processed.bytes.byteLength,
      width: processed.width,
      height: processed.height,
      sha256: processed.sha256,
      storageKey,
      thumbKey,
      originalName: cleanName(input.name),
      personId: input.personId ?? null,
      uploadedById: input.uploadedById ?? null,
    },
    select: STORED_FILE_PUBLIC,
  });
}

/** A file name as shown and offered for download: no path, no control characters. */
export function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return clean || "bestand";
}

/**
 * Deletes files (rows and blobs) matching `where`, blobs first: when it stops half-way, the rows are still there and
 * a second run deletes what is left (erasure and rejection may run twice).
 */
export async function deleteStoredFiles(tx: Tx, where: { id?: string; personId?: string; status?: string }): Promise<number> {
  const rows = await tx.storedFile.findMany({ where, select: { id: true, storageKey: true, thumbKey: true } });
  const store = blobStore();
  for (const r of rows) {
    await store.delete(r.storageKey);
    if (r.thumbKey) await store.delete(r.thumbKey);
  }
  if (!rows.length) return 0;
  const deleted = await tx.storedFile.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
  return deleted.count;
}

/** The bytes behind a checked link, read under the file's tenant; null when the row or blob is gone. */
export async function readStoredFile(tenantId: string, userId: string, fileId: string, variant: "original" | "thumb") {
  const row = await withTenant(tenantId, userId, (tx) =>
    tx.storedFile.findUnique({
      where: { id: fileId },
      select: { tenantId: true, mimeType: true, originalName: true, storageKey: true, thumbKey: true },
    }),
  );
  if (!row || row.tenantId !== tenantId) return null;
  const key = variant === "thumb" ? row.thumbKey : row.storageKey;
  if (!key) return null;
  const bytes = await blobStore().get(key);
  if (!bytes) return null;
  return { bytes, mimeType: variant === "thumb" ? "image/webp" : row.mimeType, name: row.originalName };
}

export type { FileAccept };
