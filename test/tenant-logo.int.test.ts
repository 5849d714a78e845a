/**
 * The project's logo on its public site (issue 11): an admin sets, replaces and removes it (another role may not),
 * the public read serves exactly that tenant's logo by slug (thumbnail or original) and nothing for another tenant,
 * a tenant whose public site is off, or after removal; a replaced or removed logo leaves no row and no blob behind.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blobStore, LocalDiskStore, readTenantLogo, useBlobStore } from "../packages/core/src/files/index";
import { disablePublicCapabilities, enablePublicCapabilities } from "../packages/core/src/testing/modules";
import { callerFor, closeAll, codeOf, createTenant, ownerDb, sessionFor, type TenantFixture } from "./fixtures";

let A: TenantFixture;
let B: TenantFixture;
let dir: string;

async function png(color: string, width = 900, height = 600): Promise<string> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: color } })
    .withExif({ IFD0: { Artist: "Marie Peeters" } })
    .jpeg()
    .toBuffer();
  return bytes.toString("base64");
}

async function logoRow(tenantId: string) {
  const t = await ownerDb().tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { logoFileId: true } });
  if (!t.logoFileId) return null;
  return ownerDb().storedFile.findUnique({ where: { id: t.logoFileId } });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "zz-logo-"));
  useBlobStore(new LocalDiskStore(dir));
  [A, B] = [await createTenant({ tag: "logo-a" }), await createTenant({ tag: "logo-b" })];
  await enablePublicCapabilities(A.id, ["core.site"]);
  await enablePublicCapabilities(B.id, ["core.site"]);
});

afterAll(async () => {
  useBlobStore(undefined);
  await rm(dir, { recursive: true, force: true });
  await closeAll();
});

describe("tenant logo", () => {
  it("only a member who may edit the tenant's settings sets or removes it", async () => {
    const data = await png("#0b5c4d");
    for (const role of ["regie", "field_worker"] as const) {
      const c = callerFor(sessionFor(A.users[role]), A.slug);
      expect(await codeOf(c.publicSite.setLogo({ name: "logo.jpg", data }))).toBe("FORBIDDEN");
      expect(await codeOf(c.publicSite.removeLogo())).toBe("FORBIDDEN");
    }
    expect(await logoRow(A.id)).toBeNull();
  });

  it("is served by slug without a session, as a re-encoded image of that tenant only", async () => {
    const admin = callerFor(sessionFor(A.users.admin), A.slug);
    expect(await readTenantLogo(A.slug)).toBeNull();
    await admin.publicSite.setLogo({ name: "logo.jpg", data: await png("#0b5c4d") });
    const row = await logoRow(A.id);
    expect(row).toMatchObject({ tenantId: A.id, moduleId: "core", personId: null, status: "active" });

    const thumb = await readTenantLogo(A.slug);
    expect(thumb?.mimeType).toBe("image/webp");
    const meta = await sharp(Buffer.from(thumb?.bytes ?? [])).metadata();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(480);
    const original = await readTenantLogo(A.slug, "original");
    expect(original?.mimeType).toBe(row?.mimeType);
    expect((await sharp(Buffer.from(original?.bytes ?? [])).metadata()).exif).toBeUndefined();

    // Another tenant (no logo), an unknown slug: nothing. The settings say whether there is one.
    expect(await readTenantLogo(B.slug)).toBeNull();
    expect(await readTenantLogo("no-such-tenant-logo")).toBeNull();
    expect((await admin.publicSite.settings()).logo).toBe(true);
    expect((await callerFor(sessionFor(B.users.admin), B.slug).publicSite.settings()).logo).toBe(false);
    // The public start page knows it too (through the public-fields guard).
    expect((await callerFor(null, A.slug).publicSite.home()).logo).toBe(true);
    expect((await callerFor(null, B.slug).publicSite.home()).logo).toBe(false);
  });

  it("is not served while the tenant's public site is off", async () => {
    await disablePublicCapabilities(A.id, ["core.site"]);
    try {
      expect(await readTenantLogo(A.slug)).toBeNull();
    } finally {
      await enablePublicCapabilities(A.id, ["core.site"]);
    }
    expect(await readTenantLogo(A.slug)).not.toBeNull();
  });

  it("a new logo replaces the old one: its row and blobs are gone", async () => {
    const admin = callerFor(sessionFor(A.users.admin), A.slug);
    const old = await logoRow(A.id);
    expect(old?.thumbKey).toBeTruthy();
    await admin.publicSite.setLogo({ name: "new.jpg", data: await png("#c0392b", 300, 300) });
    const now = await logoRow(A.id);
    expect(now?.id).not.toBe(old?.id);
    expect(await ownerDb().storedFile.findUnique({ where: { id: old?.id ?? "" } })).toBeNull();
    expect(await blobStore().get(old?.storageKey ?? "")).toBeNull();
    expect(await blobStore().get(old?.thumbKey ?? "")).toBeNull();
    expect((await readTenantLogo(A.slug, "original"))?.mimeType).toBe(now?.mimeType);
  });

  it("removing it deletes the file and the public site shows the initials again", async () => {
    const admin = callerFor(sessionFor(A.users.admin), A.slug);
    const old = await logoRow(A.id);
    await admin.publicSite.removeLogo();
    expect(await logoRow(A.id)).toBeNull();
    expect(await ownerDb().storedFile.findUnique({ where: { id: old?.id ?? "" } })).toBeNull();
    expect(await blobStore().get(old?.storageKey ?? "")).toBeNull();
    expect(await readTenantLogo(A.slug)).toBeNull();
    expect((await callerFor(null, A.slug).publicSite.home()).logo).toBe(false);
    // Removing nothing is fine.
    expect(await codeOf(admin.publicSite.removeLogo())).toBe("OK");
  });

  it("refuses what is not an image with a localised message", async () => {
    const admin = callerFor(sessionFor(A.users.admin), A.slug, { locale: "nl" });
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF").toString("base64");
    const text = Buffer.from("hello").toString("base64");
    for (const data of [pdf, text]) expect(await codeOf(admin.publicSite.setLogo({ name: "x.pdf", data }))).toBe("BAD_REQUEST");
    expect(await logoRow(A.id)).toBeNull();
  });
});
