/**
 * Core file storage (ADR 0016) through both blob-store drivers: local disk and a real S3-compatible server (s3rver,
 * speaking the S3 protocol over HTTP with signed requests). Uploads are checked by content, images lose EXIF/GPS/XMP,
 * links are signed for one member and expire, other tenants and other neighbourhoods see nothing, erasure removes the
 * person's files (rows and blobs), public uploads wait in quarantine.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "../packages/core/src/db/client";
import {
  type BlobStore,
  blobStore,
  FILE_LINK_SECONDS,
  fileLink,
  LocalDiskStore,
  S3Store,
  serveFile,
  storeFile,
  sweepOrphanBlobs,
  useBlobStore,
} from "../packages/core/src/files/index";
import { erasePersonalData } from "../packages/core/src/personal-data/collect";
import { callerFor, closeAll, codeOf, createTenant, ownerDb, sessionFor, type TenantFixture } from "./fixtures";

const BUCKET = "zorgzaam-files-test";
let s3: S3rver;
let s3Dir: string;
let localDir: string;
let A: TenantFixture;
let B: TenantFixture;

/** A phone photo as it arrives: EXIF with the owner's name, XMP with the place it was taken, a JPEG comment. */
async function phonePhoto(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 3200, height: 2400, channels: 3, background: "#4a8" } })
    .withExif({ IFD0: { Artist: "Marie Peeters", Copyright: "Marie Peeters" } })
    .jpeg()
    .toBuffer();
  const xmp = Buffer.from(
    'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="50,51.2N" exif:GPSLongitude="4,21.4E"/></rdf:RDF></x:xmpmeta>',
    "latin1",
  );
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), Buffer.from([(xmp.length + 2) >> 8, (xmp.length + 2) & 0xff]), xmp]);
  // After SOI (2 bytes): our XMP segment, then the rest (with sharp's EXIF segment).
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

function asBase64(b: Uint8Array) {
  return Buffer.from(b).toString("base64");
}

beforeAll(async () => {
  s3Dir = await mkdtemp(path.join(tmpdir(), "zz-s3-"));
  localDir = await mkdtemp(path.join(tmpdir(), "zz-files-"));
  s3 = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  await s3.run();
  [A, B] = [await createTenant({ tag: "files-a" }), await createTenant({ tag: "files-b" })];
});

afterAll(async () => {
  useBlobStore(undefined);
  await s3?.close();
  await rm(s3Dir, { recursive: true, force: true });
  await rm(localDir, { recursive: true, force: true });
  await closeAll();
});

function s3Store(): S3Store {
  const addr = (s3 as unknown as { httpServer: { address(): { port: number } } }).httpServer.address();
  return new S3Store({
    endpoint: `http://127.0.0.1:${addr.port}`,
    bucket: BUCKET,
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  });
}

const drivers: [string, () => BlobStore][] = [
  ["local disk", () => new LocalDiskStore(localDir)],
  ["S3-compatible (s3rver)", () => s3Store()],
];

describe.each(drivers)("files on %s", (_name, make) => {
  let store: BlobStore;
  beforeAll(() => {
    store = make();
    useBlobStore(store);
  });

  it("stores a phone photo upright and smaller, with EXIF, GPS and XMP gone, and a thumbnail", async () => {
    const regie = callerFor(sessionFor(A.users.regie), A.slug);
    const photo = await phonePhoto();
    expect(photo.includes(Buffer.from("Marie Peeters"))).toBe(true);
    expect(photo.includes(Buffer.from("GPSLatitude"))).toBe(true);
    const f = await regie.files.uploadForPerson({ personId: A.people[0].id, name: "IMG_2041.JPG", data: asBase64(photo) });
    expect(f).toMatchObject({ mimeType: "image/jpeg", name: "IMG_2041.JPG", width: 2560, height: 1920 });
    const row = await ownerDb().storedFile.findUniqueOrThrow({ where: { id: f.id } });
    const stored = await store.get(row.storageKey);
    expect(stored).not.toBeNull();
    const bytes = stored as Buffer;
    expect(bytes.includes(Buffer.from("Marie Peeters"))).toBe(false);
    expect(bytes.includes(Buffer.from("GPSLatitude"))).toBe(false);
    expect(bytes.includes(Buffer.from("http://ns.adobe.com/xap"))).toBe(false);
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    const thumb = await store.get(row.thumbKey as string);
    expect((await sharp(thumb as Buffer).metadata()).width).toBe(480);
    // Listed for the person, with links that work for this member only.
    const list = await regie.files.forPerson({ personId: A.people[0].id });
    expect(list.map((x) => x.id)).toContain(f.id);
    const served = await serveFile(f.id, "original", new URL(f.url, "http://x").searchParams, A.users.regie.id);
    expect(served.status).toBe(200);
    expect(Buffer.from(served.body as Uint8Array).equals(bytes)).toBe(true);
    expect(served.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("refuses a disguised file, an empty one and one over the size limit, and stores nothing", async () => {
    const regie = callerFor(sessionFor(A.users.regie), A.slug);
    const before = await ownerDb().storedFile.count({ where: { tenantId: A.id } });
    const script = Buffer.from("<script>fetch('/api/trpc/people.list')</script>");
    expect(await codeOf(regie.files.uploadForPerson({ personId: A.people[0].id, name: "foto.jpg", data: asBase64(script) }))).toBe(
      "BAD_REQUEST",
    );
    const html = Buffer.from("<!doctype html><svg onload=alert(1)>");
    expect(await codeOf(regie.files.uploadForPerson({ personId: A.people[0].id, name: "kaart.svg", data: asBase64(html) }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(regie.files.uploadForPerson({ personId: A.people[0].id, name: "leeg.jpg", data: "" }))).toBe("BAD_REQUEST");
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0xff);
    expect(await codeOf(regie.files.uploadForPerson({ personId: A.people[0].id, name: "groot.jpg", data: asBase64(big) }))).toBe(
      "PAYLOAD_TOO_LARGE",
    );
    expect(await ownerDb().storedFile.count({ where: { tenantId: A.id } })).toBe(before);
  });

  it("keeps files from other tenants, other neighbourhoods, other members and late readers", async () => {
    const regie = callerFor(sessionFor(A.users.regie), A.slug);
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const f = await regie.files.uploadForPerson({ personId: A.people[1].id, name: "brief huisarts.pdf", data: asBase64(pdf) });
    expect(f.mimeType).toBe("application/pdf");
    const params = new URL(f.url, "http://x").searchParams;
    // Another member's session, B's admin, nobody: the same 404.
    expect((await serveFile(f.id, "original", params, A.users.admin.id)).status).toBe(404);
    expect((await serveFile(f.id, "original", params, B.users.admin.id)).status).toBe(404);
    expect((await serveFile(f.id, "original", params, null)).status).toBe(404);
    // A tampered link (another file, another tenant) fails its signature.
    const forged = new URLSearchParams(params);
    forged.set("t", B.id);
    expect((await serveFile(f.id, "original", forged, A.users.regie.id)).status).toBe(404);
    // A link made 11 minutes ago has expired.
    const old = new URL(
      fileLink({ id: f.id, tenantId: A.id }, "original", A.users.regie.id, Date.now() - (FILE_LINK_SECONDS + 60) * 1000),
      "http://x",
    );
    expect((await serveFile(f.id, "original", old.searchParams, A.users.regie.id)).status).toBe(410);
    // A PDF is never shown inline in our origin.
    const ok = await serveFile(f.id, "original", params, A.users.regie.id);
    expect(ok.headers["content-disposition"]).toMatch(/^attachment;/);
    // B's members cannot list, delete or reach it by id; A's field worker does not see a person outside her neighbourhood.
    const bAdmin = callerFor(sessionFor(B.users.admin), B.slug);
    expect(await codeOf(bAdmin.files.remove({ id: f.id }))).toBe("NOT_FOUND");
    expect(await codeOf(bAdmin.files.forPerson({ personId: A.people[1].id }))).toBe("NOT_FOUND");
    const fieldWorker = callerFor(sessionFor(A.users.field_worker), A.slug);
    expect(await codeOf(fieldWorker.files.forPerson({ personId: A.people[1].id }))).toBe("NOT_FOUND");
    expect(await codeOf(fieldWorker.files.remove({ id: f.id }))).toBe("NOT_FOUND");
    const visible = await withTenant(A.id, A.users.field_worker.id, async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.person_scope', ${A.neighbourhoods[0].id}, true)`;
      return tx.storedFile.count({ where: { id: f.id } });
    });
    expect(visible).toBe(0);
    // Its own regie deletes it: row and blob go.
    const row = await ownerDb().storedFile.findUniqueOrThrow({ where: { id: f.id } });
    await regie.files.remove({ id: f.id });
    expect(await ownerDb().storedFile.count({ where: { id: f.id } })).toBe(0);
    expect(await store.get(row.storageKey)).toBeNull();
  });

  it("holds public uploads in quarantine until a reviewer accepts or rejects them", async () => {
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c33" } })
      .png()
      .toBuffer();
    const [keep, drop] = await withTenant(A.id, null, async (tx) => [
      await storeFile(tx, {
        tenantId: A.id,
        moduleId: "core",
        bytes: photo,
        name: "gat in de stoep.png",
        accept: "image",
        quarantine: true,
      }),
      await storeFile(tx, { tenantId: A.id, moduleId: "core", bytes: photo, name: "spam.png", accept: "image", quarantine: true }),
    ]);
    const regie = callerFor(sessionFor(A.users.regie), A.slug);
    const fieldWorker = callerFor(sessionFor(A.users.field_worker), A.slug);
    expect(await codeOf(fieldWorker.files.quarantine())).toBe("FORBIDDEN");
    const waiting = await regie.files.quarantine();
    expect(waiting.map((w) => w.id)).toEqual(expect.arrayContaining([keep?.id, drop?.id]));
    await regie.files.decide({ id: keep?.id as string, accept: true });
    await regie.files.decide({ id: drop?.id as string, accept: false });
    expect((await ownerDb().storedFile.findUniqueOrThrow({ where: { id: keep?.id } })).status).toBe("active");
    expect(await ownerDb().storedFile.count({ where: { id: drop?.id } })).toBe(0);
    expect(await codeOf(regie.files.decide({ id: keep?.id as string, accept: false }))).toBe("NOT_FOUND");
  });

  it("erasing a person removes every file attached to them, rows and blobs", async () => {
    const regie = callerFor(sessionFor(A.users.regie), A.slug);
    const person = A.people[2].id;
    const img = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#000" } })
      .webp()
      .toBuffer();
    const f = await regie.files.uploadForPerson({ personId: person, name: "portret.webp", data: asBase64(img) });
    const row = await ownerDb().storedFile.findUniqueOrThrow({ where: { id: f.id } });
    const result = await erasePersonalData(A.id, person, { requestedBy: A.users.admin.id, jobId: `files-${Date.now()}` }, (fn) =>
      withTenant(A.id, A.users.admin.id, fn),
    );
    expect(result.results.find((r) => r.model === "StoredFile")?.deleted).toBeGreaterThanOrEqual(1);
    expect(await ownerDb().storedFile.count({ where: { personId: person } })).toBe(0);
    expect(await store.get(row.storageKey)).toBeNull();
    expect(await store.get(row.thumbKey as string)).toBeNull();
  });

  it("sweeps blobs left without a row once they are a day old, and keeps every stored file's", async () => {
    const regie = callerFor(sessionFor(A.users.regie), A.slug);
    const img = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#080" } })
      .jpeg()
      .toBuffer();
    // A person's file (the sweep reads rows without a member, so the person scope must not hide it) and a tenant's file.
    const kept = [
      await regie.files.uploadForPerson({ personId: A.people[0].id, name: "blijft.jpg", data: asBase64(img) }),
      await withTenant(A.id, A.users.regie.id, (tx) =>
        storeFile(tx, { tenantId: A.id, moduleId: "core", bytes: img, name: "ook.jpg", accept: "image" }),
      ),
    ];
    const rows = await ownerDb().storedFile.findMany({ where: { id: { in: kept.map((k) => k.id) } } });
    // Bytes of uploads whose transaction rolled back; and a blob under a tenant this database does not know (another
    // installation's, in a store shared by mistake), which stays.
    const orphans = [`${A.id}/${randomUUID()}/original`, `${A.id}/${randomUUID()}/thumb`, `${B.id}/${randomUUID()}/original`];
    const foreign = `${randomUUID()}/${randomUUID()}/original`;
    for (const key of [...orphans, foreign]) await store.put(key, img, "image/jpeg");

    expect(await sweepOrphanBlobs(new Date(), store)).toBe(0);
    for (const key of orphans) expect(await store.get(key)).not.toBeNull();

    const tomorrow = new Date(Date.now() + 25 * 3600_000);
    expect(await sweepOrphanBlobs(tomorrow, store)).toBeGreaterThanOrEqual(orphans.length);
    for (const key of orphans) expect(await store.get(key)).toBeNull();
    expect(await store.get(foreign)).not.toBeNull();
    await store.delete(foreign);
    for (const r of rows) {
      expect(await store.get(r.storageKey)).not.toBeNull();
      if (r.thumbKey) expect(await store.get(r.thumbKey)).not.toBeNull();
    }
  });
});

it("the configured store is the local driver by default", async () => {
  useBlobStore(undefined);
  expect(blobStore().driver).toBe("local");
  // Nothing of these tests was written outside their temporary directories.
  expect((await readdir(localDir)).every((d) => d === A.id || d === B.id)).toBe(true);
});
