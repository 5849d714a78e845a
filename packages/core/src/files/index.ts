export {
  blobStore,
  useBlobStore,
  LocalDiskStore,
  S3Store,
  defaultFilesDir,
  type BlobInfo,
  type BlobStore,
  type S3Config,
} from "./blob-store";
export { sweepOrphanBlobs, ORPHAN_BLOB_GRACE_HOURS } from "./sweep";
export { processUpload, IMAGE_MAX_EDGE, THUMB_EDGE, MAX_MEGAPIXELS, type FileAccept, type ProcessedFile } from "./process";
export { fileLink, checkFileLink, FILE_LINK_SECONDS, FILE_VARIANTS, type FileVariant, type FileLinkClaims } from "./links";
export { storeFile, deleteStoredFiles, readStoredFile, cleanName, STORED_FILE_PUBLIC, type StoreFileInput } from "./store";
export { serveFile, type ServedFile } from "./serve";
export { readTenantLogo, replaceTenantLogo, removeTenantLogo, LOGO_HEADERS, type TenantLogo } from "./logo";
