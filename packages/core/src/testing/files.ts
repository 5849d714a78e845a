import { blobStore } from "../files/blob-store";
import { ownerDb } from "./db";

/** The stored bytes of a core file (owner client, any tenant), for a test that checks what was kept (e.g. no EXIF). */
export async function storedFileBytes(fileId: string, variant: "original" | "thumb" = "original"): Promise<Buffer | null> {
  const row = await ownerDb().storedFile.findUnique({ where: { id: fileId }, select: { storageKey: true, thumbKey: true } });
  const key = variant === "thumb" ? row?.thumbKey : row?.storageKey;
  if (!key) return null;
  const bytes = await blobStore().get(key);
  return bytes ? Buffer.from(bytes) : null;
}
