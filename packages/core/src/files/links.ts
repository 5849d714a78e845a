import { createHmac, timingSafeEqual } from "node:crypto";
import { derivedKey } from "../crypto/derived-key";

/** A stored file's variants: the file itself and, for images, its thumbnail. */
export const FILE_VARIANTS = ["original", "thumb"] as const;
export type FileVariant = (typeof FILE_VARIANTS)[number];

/** How long a link works: long enough to open a page and its images, short enough that a copied link soon dies. */
export const FILE_LINK_SECONDS = 10 * 60;

export interface FileLinkClaims {
  fileId: string;
  tenantId: string;
  variant: FileVariant;
  /** The member the link was made for: the file route serves it only to that member's session. */
  userId: string;
  /** Unix seconds. */
  expires: number;
}

function signature(c: FileLinkClaims): string {
  return createHmac("sha256", derivedKey("file-links v1"))
    .update([c.fileId, c.tenantId, c.variant, c.userId, String(c.expires)].join("\n"))
    .digest("base64url");
}

/**
 * A short-lived signed path to a stored file, made by a procedure that has checked the reader's permission for the
 * file (the link is that check's result, for FILE_LINK_SECONDS and for this member only).
 */
export function fileLink(file: { id: string; tenantId: string }, variant: FileVariant, userId: string, now = Date.now()): string {
  const claims: FileLinkClaims = {
    fileId: file.id,
    tenantId: file.tenantId,
    variant,
    userId,
    expires: Math.floor(now / 1000) + FILE_LINK_SECONDS,
  };
  const q = new URLSearchParams({ t: claims.tenantId, u: userId, e: String(claims.expires), s: signature(claims) });
  return `/files/${file.id}/${variant}?${q}`;
}

export type FileLinkCheck = { ok: true; claims: FileLinkClaims } | { ok: false; reason: "invalid" | "expired" };

/** Checks a link's signature and age (the route then checks the session is the link's member). */
export function checkFileLink(fileId: string, variant: string, params: URLSearchParams, now = Date.now()): FileLinkCheck {
  const tenantId = params.get("t") ?? "";
  const userId = params.get("u") ?? "";
  const expires = Number(params.get("e"));
  const given = Buffer.from(params.get("s") ?? "");
  if (!(FILE_VARIANTS as readonly string[]).includes(variant) || !Number.isSafeInteger(expires) || !tenantId || !userId) {
    return { ok: false, reason: "invalid" };
  }
  const claims: FileLinkClaims = { fileId, tenantId, variant: variant as FileVariant, userId, expires };
  const expected = Buffer.from(signature(claims));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
  if (expires * 1000 < now) return { ok: false, reason: "expired" };
  return { ok: true, claims };
}
