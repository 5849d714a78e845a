import { checkFileLink } from "./links";
import { readStoredFile } from "./store";

export interface ServedFile {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

/** A download name safe in a header: the RFC 5987 form carries any character, the plain one ASCII only. */
function disposition(kind: "inline" | "attachment", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const NO_STORE = { "cache-control": "no-store" };

/**
 * Answers GET /files/<id>/<variant>?t&u&e&s: the link must be signed, not expired, and the request's session must be
 * the member it was made for (a copied link is useless to anyone else, and to her after FILE_LINK_SECONDS). A bad
 * link, another member's link, a missing file and another tenant's file all answer the same 404.
 */
export async function serveFile(
  fileId: string,
  variant: string,
  params: URLSearchParams,
  sessionUserId: string | null,
): Promise<ServedFile> {
  const check = checkFileLink(fileId, variant, params);
  if (!check.ok) return { status: check.reason === "expired" ? 410 : 404, headers: NO_STORE, body: null };
  if (!sessionUserId || sessionUserId !== check.claims.userId) return { status: 404, headers: NO_STORE, body: null };
  const file = await readStoredFile(check.claims.tenantId, check.claims.userId, fileId, check.claims.variant);
  if (!file) return { status: 404, headers: NO_STORE, body: null };
  const inlineOk = file.mimeType.startsWith("image/");
  return {
    status: 200,
    body: file.bytes,
    headers: {
      "content-type": file.mimeType,
      "content-length": String(file.bytes.byteLength),
      "content-disposition": disposition(inlineOk ? "inline" : "attachment", file.name),
      "x-content-type-options": "nosniff",
      // Nothing in a stored file may run in our origin (a PDF viewer's scripts, an SVG someone managed to store).
      "content-security-policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      "cache-control": "private, max-age=300",
      "referrer-policy": "no-referrer",
    },
  };
}
