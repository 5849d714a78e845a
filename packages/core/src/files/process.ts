import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata } from "sharp";
import { env } from "../env";
import { appError } from "../trpc/errors";

/** What an upload may be: a photo only, or a photo or a PDF document. */
export type FileAccept = "image" | "document";

const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif", "image/heic", "image/heif", "image/avif"] as const;
const DOCUMENT_TYPES = ["application/pdf"] as const;
const LABELS: Record<FileAccept, string> = { image: "JPEG, PNG, WebP", document: "JPEG, PNG, WebP, PDF" };

/** Longest edge of a stored image (a phone photo of 4000 px is cut to this; people look at it on a screen). */
export const IMAGE_MAX_EDGE = 2560;
export const THUMB_EDGE = 480;
/** Refused before decoding: a small file can claim a huge canvas (a decompression bomb). */
export const MAX_MEGAPIXELS = 50;

export interface ProcessedFile {
  mimeType: string;
  bytes: Buffer;
  thumb: Buffer | null;
  width: number | null;
  height: number | null;
  sha256: string;
}

/**
 * Checks an upload by its content (never by its name or the browser's claim) and size, and makes what is stored:
 * images are decoded and re-encoded (turned upright, at most IMAGE_MAX_EDGE, every metadata block dropped: EXIF, GPS,
 * XMP, ICC comments) with a WebP thumbnail; a PDF is kept as it is. Anything else is refused with a message that says
 * what is accepted.
 */
export async function processUpload(input: Uint8Array, accept: FileAccept): Promise<ProcessedFile> {
  const maxMb = env().FILES_MAX_MB;
  if (input.byteLength === 0) throw appError("files.empty");
  if (input.byteLength > maxMb * 1024 * 1024) throw appError("files.tooLarge", { maxMb });
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const sniffed = await fileTypeFromBuffer(bytes);
  const mime = sniffed?.mime ?? "";
  const allowed: readonly string[] = accept === "image" ? IMAGE_TYPES : [...IMAGE_TYPES, ...DOCUMENT_TYPES];
  if (!allowed.includes(mime)) throw appError("files.typeNotAllowed", { types: LABELS[accept] });

  if (mime === "application/pdf") {
    return { mimeType: mime, bytes, thumb: null, width: null, height: null, sha256: sha256(bytes) };
  }

  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw appError("files.unreadable");
  }
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_MEGAPIXELS * 1_000_000) {
    throw appError("files.tooManyPixels", { maxMegapixels: MAX_MEGAPIXELS });
  }
  try {
    // .rotate() applies the EXIF orientation; sharp writes no metadata unless asked (withMetadata), so EXIF, GPS and
    // XMP are gone from what is stored. PNG stays PNG (drawings, screenshots); everything else becomes JPEG or WebP.
    const base = () =>
      sharp(bytes, { failOn: "error", limitInputPixels: MAX_MEGAPIXELS * 1_000_000 })
        .rotate()
        .resize({ width: IMAGE_MAX_EDGE, height: IMAGE_MAX_EDGE, fit: "inside", withoutEnlargement: true });
    const [out, mimeType] =
      mime === "image/png"
        ? [base().png({ compressionLevel: 9 }), "image/png"]
        : mime === "image/webp"
          ? [base().webp({ quality: 82 }), "image/webp"]
          : [base().jpeg({ quality: 82, mozjpeg: true }), "image/jpeg"];
    const { data, info } = await out.toBuffer({ resolveWithObject: true });
    const thumb = await sharp(data)
      .resize({ width: THUMB_EDGE, height: THUMB_EDGE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
    return { mimeType, bytes: data, thumb, width: info.width, height: info.height, sha256: sha256(data) };
  } catch {
    throw appError("files.unreadable");
  }
}

function sha256(b: Uint8Array): string {
  return createHash("sha256").update(b).digest("hex");
}
