import { randomUUID } from "node:crypto";
import { afterAll, expect, it } from "vitest";
import { appDb, closeAppDb, withDbContext } from "../db/client";
import { DOCUMENT_RETENTION_DAYS } from "../documents/index";
import { closeQueues, enqueue, housekeepingJob, startWorker } from "./index";
import { runHousekeeping } from "./housekeeping";
import { isolateQueuePrefix, waitForJob } from "./testing";

isolateQueuePrefix("housekeeping");
afterAll(async () => {
  await closeQueues();
  await closeAppDb();
});

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

async function tenantWithInvitations(retentionDays: number, invitations: { expiresAt: Date; revokedAt?: Date }[]) {
  const tenant = await appDb().tenant.create({ data: { slug: `hk-${randomUUID()}`, name: "Housekeeping", retentionDays } });
  const ids = await withDbContext({ tenantId: tenant.id }, async (tx) => {
    const out: string[] = [];
    for (const inv of invitations) {
      const row = await tx.invitation.create({
        data: { tenantId: tenant.id, email: `${randomUUID()}@example.org`, roles: ["member"], tokenHash: randomUUID(), ...inv },
      });
      out.push(row.id);
    }
    return out;
  });
  return { tenantId: tenant.id, ids };
}

async function remainingInvitations(tenantId: string, ids: string[]) {
  const rows = await withDbContext({ tenantId }, (tx) => tx.invitation.findMany({ where: { id: { in: ids } }, select: { id: true } }));
  return new Set(rows.map((r) => r.id));
}

it("purges expired invitations, sessions, tokens, dev mail and waiting mail, and keeps fresh ones", async () => {
  const db = appDb();
  // Tenant A keeps closed invitations 30 days, tenant B only 10.
  const a = await tenantWithInvitations(30, [
    { expiresAt: ago(40) }, // expired long ago: purge
    { expiresAt: ago(10) }, // expired recently: keep
    { expiresAt: ago(-5), revokedAt: ago(31) }, // revoked long ago: purge
    { expiresAt: ago(-5) }, // open: keep
  ]);
  const b = await tenantWithInvitations(10, [{ expiresAt: ago(15) }, { expiresAt: ago(5) }]);
  // Personal-data exports: one past its expiry, one still downloadable.
  const exportIds = await withDbContext({ tenantId: a.tenantId }, async (tx) => {
    const p = await tx.person.create({ data: { tenantId: a.tenantId, firstName: "Export" } });
    const make = (expiresAt: Date) =>
      tx.personalDataExport.create({ data: { tenantId: a.tenantId, personId: p.id, data: {}, expiresAt }, select: { id: true } });
    return [(await make(ago(1 / 24))).id, (await make(ago(-1 / 24))).id];
  });

  const user = await db.user.create({ data: { email: `${randomUUID()}@example.org` } });
  const session = (expiresAt: Date, revokedAt?: Date) =>
    db.authSession.create({ data: { userId: user.id, expiresAt, method: "magic-link", ...(revokedAt ? { revokedAt } : {}) } });
  const oldExpired = await session(ago(31));
  const oldRevoked = await session(ago(-1), ago(40));
  const recentExpired = await session(ago(5));
  const active = await session(ago(-1));

  const identifier = `${randomUUID()}@example.org`;
  await db.verificationToken.create({ data: { identifier, token: "expired", expires: ago(1 / 1440) } });
  await db.verificationToken.create({ data: { identifier, token: "valid", expires: ago(-1 / 96) } });

  const to = `${randomUUID()}@example.org`;
  const oldMail = await db.devMail.create({ data: { from: "a@b", to, subject: "old", text: "", createdAt: ago(8) } });
  const newMail = await db.devMail.create({ data: { from: "a@b", to, subject: "new", text: "", createdAt: ago(1) } });

  // Waiting mail: one whose link expired an hour ago, one still valid (put straight in, as queueMail would).
  const putMail = async (expiresAt: Date) => {
    const id = randomUUID();
    await db.$queryRaw`SELECT outgoing_mail_put(${id}::uuid, ${"v1.x.y.z"}, ${expiresAt}::timestamptz) AS id`;
    return id;
  };
  const waitingMail = async (id: string) => (await db.$queryRaw<unknown[]>`SELECT * FROM outgoing_mail_get(${id}::uuid)`).length;
  const expiredMail = await putMail(ago(1 / 24));
  const validMail = await putMail(ago(-1));

  // Through the real job and worker, as the nightly schedule runs it.
  const worker = startWorker();
  try {
    const done = await waitForJob(await enqueue(housekeepingJob, {}));
    expect(done.state).toBe("completed");
    // Other test files share this database, so the counts are at least ours.
    expect(done.result).toMatchObject({
      invitations: expect.any(Number),
      authSessions: expect.any(Number),
      verificationTokens: expect.any(Number),
      devMail: expect.any(Number),
    });
    const r = done.result as { tenants: number; invitations: number; authSessions: number; verificationTokens: number; devMail: number };
    expect(r.tenants).toBeGreaterThanOrEqual(2);
    expect(r.invitations).toBeGreaterThanOrEqual(3);
    expect(r.authSessions).toBeGreaterThanOrEqual(2);
    expect(r.verificationTokens).toBeGreaterThanOrEqual(1);
    expect(r.devMail).toBeGreaterThanOrEqual(1);
    expect(done.result).toMatchObject({
      outgoingMail: expect.any(Number),
      completedJobs: expect.any(Number),
      failedJobs: expect.any(Number),
    });
    expect((done.result as { outgoingMail: number }).outgoingMail).toBeGreaterThanOrEqual(1);
  } finally {
    await worker.close();
  }

  const [a0, a1, a2, a3] = a.ids;
  expect(await remainingInvitations(a.tenantId, a.ids)).toEqual(new Set([a1, a3]));
  expect(a0 && a2).toBeTruthy();
  expect(await remainingInvitations(b.tenantId, b.ids)).toEqual(new Set([b.ids[1]]));

  const sessions = await db.authSession.findMany({ where: { userId: user.id }, select: { id: true } });
  expect(new Set(sessions.map((s) => s.id))).toEqual(new Set([recentExpired.id, active.id]));
  expect(sessions.map((s) => s.id)).not.toContain(oldExpired.id);
  expect(sessions.map((s) => s.id)).not.toContain(oldRevoked.id);

  const tokens = await db.verificationToken.findMany({ where: { identifier } });
  expect(tokens.map((t) => t.token)).toEqual(["valid"]);

  const exportsLeft = await withDbContext({ tenantId: a.tenantId }, (tx) =>
    tx.personalDataExport.findMany({ where: { id: { in: exportIds } }, select: { id: true } }),
  );
  expect(exportsLeft.map((e) => e.id)).toEqual([exportIds[1]]);

  expect(await waitingMail(expiredMail)).toBe(0);
  expect(await waitingMail(validMail)).toBe(1);

  const mail = await db.devMail.findMany({ where: { to }, select: { id: true } });
  expect(mail.map((m) => m.id)).toEqual([newMail.id]);
  expect(oldMail.id).not.toBe(newMail.id);
});

it("deletes generated documents older than DOCUMENT_RETENTION_DAYS and keeps newer ones", async () => {
  const { tenantId } = await tenantWithInvitations(30, []);
  const [oldDoc, freshDoc] = await withDbContext({ tenantId }, async (tx) => [
    await tx.generatedDocument.create({
      data: {
        tenantId,
        module: "reflectie",
        kind: "report",
        status: "done",
        bytes: new Uint8Array([1]),
        createdAt: ago(DOCUMENT_RETENTION_DAYS + 1),
      },
    }),
    await tx.generatedDocument.create({
      data: {
        tenantId,
        module: "reflectie",
        kind: "report",
        status: "done",
        bytes: new Uint8Array([2]),
        createdAt: ago(DOCUMENT_RETENTION_DAYS - 1),
      },
    }),
  ]);
  const r = await runHousekeeping();
  expect(r.documents).toBeGreaterThanOrEqual(1);
  const left = await withDbContext({ tenantId }, (tx) =>
    tx.generatedDocument.findMany({ where: { id: { in: [oldDoc.id, freshDoc.id] } }, select: { id: true } }),
  );
  expect(left.map((d) => d.id)).toEqual([freshDoc.id]);
});
