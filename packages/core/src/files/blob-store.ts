import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { AwsClient } from "aws4fetch";
import { env } from "../env";

/**
 * Where the bytes of stored files live. Keys are "<tenantId>/<fileId>/<variant>" (never chosen by a user). Two drivers:
 * a directory on local disk (one web process, the default) and any S3-compatible store (several web processes and
 * workers; path-style requests signed with AWS Signature V4 by aws4fetch). Both are tested against real servers.
 */
export interface BlobStore {
  readonly driver: "local" | "s3";
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such blob. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the blob; removing a missing one is not an error (erasure may run twice). */
  delete(key: string): Promise<void>;
  /** Every blob with its last write (for the sweep of blobs left without a row, files/sweep.ts). */
  list(): AsyncIterable<BlobInfo>;
}

export interface BlobInfo {
  key: string;
  modified: Date;
}

const KEY = /^[0-9a-f-]+\/[0-9a-f-]+\/[a-z]+$/;
function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a blob key: ${JSON.stringify(key)}`);
  return key;
}

export class LocalDiskStore implements BlobStore {
  readonly driver = "local" as const;
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, ...checkKey(key).split("/"));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.file(key);
    // Written aside and renamed: a reader never sees half a file. Once more when a delete removed the (then empty)
    // tenant directory between our mkdir and our write.
    for (let attempt = 0; ; attempt++) {
      try {
        await mkdir(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(tmp, bytes);
        await rename(tmp, file);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT" || attempt >= 2) throw e;
      }
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.file(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.file(key);
    await rm(file, { force: true });
    // The file's directory and then the tenant's go when they are empty (no names of gone files or tenants stay).
    for (const dir of [path.dirname(file), path.dirname(path.dirname(file))]) {
      try {
        await rmdir(dir);
      } catch {
        break; // not empty (or already gone)
      }
    }
  }

  async *list(): AsyncIterable<BlobInfo> {
    const names = async (dir: string) => {
      try {
        return await readdir(dir);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
        throw e;
      }
    };
    for (const tenant of await names(this.dir)) {
      for (const file of await names(path.join(this.dir, tenant))) {
        for (const variant of await names(path.join(this.dir, tenant, file))) {
          const key = `${tenant}/${file}/${variant}`;
          if (!KEY.test(key)) continue; // a half-written ".tmp" file of a put
          const info = await stat(path.join(this.dir, tenant, file, variant)).catch(() => null);
          if (info) yield { key, modified: info.mtime };
        }
      }
    }
  }
}

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export class S3Store implements BlobStore {
  readonly driver = "s3" as const;
  private readonly client: AwsClient;
  constructor(private readonly cfg: S3Config) {
    this.client = new AwsClient({ accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey, region: cfg.region, service: "s3" });
  }

  private url(key: string): string {
    return `${this.cfg.endpoint.replace(/\/+$/, "")}/${this.cfg.bucket}/${checkKey(key)}`;
  }

  private async fail(what: string, res: Response): Promise<never> {
    const body = (await res.text().catch(() => "")).slice(0, 300);
    throw new Error(`S3 ${what} failed: HTTP ${res.status} ${body}`);
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const res = await this.client.fetch(this.url(key), {
      method: "PUT",
      body: new Uint8Array(bytes) as Uint8Array<ArrayBuffer>,
      headers: { "content-type": contentType, "content-length": String(bytes.byteLength) },
    });
    if (!res.ok) await this.fail("PUT", res);
  }

  async get(key: string): Promise<Buffer | null> {
    const res = await this.client.fetch(this.url(key), { method: "GET" });
    if (res.status === 404) return null;
    if (!res.ok) await this.fail("GET", res);
    return Buffer.from(await res.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const res = await this.client.fetch(this.url(key), { method: "DELETE" });
    if (!res.ok && res.status !== 404) await this.fail("DELETE", res);
  }

  /** ListObjectsV2, a page of at most 1,000 keys at a time. Keys match KEY, so no XML escaping can hide in them. */
  async *list(): AsyncIterable<BlobInfo> {
    let token: string | null = null;
    do {
      const query = new URLSearchParams({ "list-type": "2", ...(token ? { "continuation-token": token } : {}) });
      const res = await this.client.fetch(`${this.cfg.endpoint.replace(/\/+$/, "")}/${this.cfg.bucket}?${query}`, { method: "GET" });
      if (!res.ok) await this.fail("LIST", res);
      const xml = await res.text();
      for (const m of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
        const key = /<Key>([^<]*)<\/Key>/.exec(m[1] ?? "")?.[1];
        const modified = /<LastModified>([^<]*)<\/LastModified>/.exec(m[1] ?? "")?.[1];
        if (key && modified && KEY.test(key)) yield { key, modified: new Date(modified) };
      }
      token = /<IsTruncated>true<\/IsTruncated>/.test(xml)
        ? (/<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1] ?? null)
        : null;
    } while (token);
  }
}

/** The repository root (the directory holding turbo.json) above the working directory, for the default FILES_DIR. */
function repoRoot(): string {
  let dir = process.cwd();
  for (;;) {
    if (existsSync(path.join(dir, "turbo.json"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export function defaultFilesDir(): string {
  return env().FILES_DIR ?? path.join(repoRoot(), ".zorgzaam", "files");
}

let store: BlobStore | undefined;
let override: BlobStore | undefined;

/** The blob store configured by FILES_DRIVER (one per process). */
export function blobStore(): BlobStore {
  if (override) return override;
  if (!store) {
    const e = env();
    store =
      e.FILES_DRIVER === "s3"
        ? new S3Store({
            endpoint: e.S3_ENDPOINT as string,
            bucket: e.S3_BUCKET as string,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID as string,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY as string,
          })
        : new LocalDiskStore(defaultFilesDir());
  }
  return store;
}

/** Tests run the same code against both drivers: this replaces the configured store until called with undefined. */
export function useBlobStore(s: BlobStore | undefined): void {
  override = s;
}
