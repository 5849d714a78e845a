import { randomBytes, randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { closeAppDb, createPrisma, type PrismaClient } from "../db/client";
import { closeQueues, enqueue, startWorker, type WorkerHandle, defineJob } from "../jobs/index";
import { installTestJobs, isolateQueuePrefix, waitForJob } from "../jobs/testing";
import { definePlugin } from "../plugins/contract";
import { pluginProcedures } from "../plugins/procedures";
import { createPlatform } from "../platform/create";
import { installPlatform } from "../platform/installed";
import { personalDataRouter } from "../routers/personal-data";
import { createContext } from "../trpc/context";
import { createCallerFactory, router } from "../trpc/init";
import { ERASED_FIRST_NAME, erasePersonalData } from "./collect";

isolateQueuePrefix("personaldata");

// ---------------------------------------------------------------------------------------------------------------
// A tiny module whose personalData hooks record their calls.

const calls: { hook: "export" | "erase"; tenantId: string; personId: string }[] = [];
const manifest = {
  id: "pdtest",
  name: { nl: "PD-test", fr: "PD-test", en: "PD test" },
  description: { nl: "Test", fr: "Test", en: "Test" },
  icon: "layers",
  dependsOn: [],
  permissions: [{ key: "pdtest.items.view", defaultRoles: ["admin"] }],
  settings: z.object({}),
  navigation: [],
} as const;
const { procedure } = pluginProcedures(manifest);
const fakePlugin = definePlugin({
  manifest,
  server: {
    router: router({ ping: procedure("pdtest.items.view").query(() => "pong") }),
    jobs: [],
    personalData: {
      models: ["PdTestItem"],
      export: async (ctx, personId) => {
        calls.push({ hook: "export", tenantId: ctx.tenantId, personId });
        return { PdTestItem: [{ id: "item-1", personId, note: "fiets hersteld" }] };
      },
      erase: async (ctx, personId) => {
        calls.push({ hook: "erase", tenantId: ctx.tenantId, personId });
        return [{ model: "PdTestItem", deleted: 1, anonymised: 0 }];
      },
    },
  },
  ui: {},
  pages: {},
  messages: { nl: {}, fr: {}, en: {} },
});
// This file's own platform: core and the fake module only.
installPlatform(createPlatform([fakePlugin]));

// ---------------------------------------------------------------------------------------------------------------
// Fixtures (owner client: bypasses row-level security, never the code under test)

let owner: PrismaClient;
let worker: WorkerHandle;
const caller = createCallerFactory(router({ personalData: personalDataRouter }));

function uniq(p: string) {
  return `${p}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;
}

async function member(tenantId: string, roles: string[], neighbourhoodIds: string[] = []) {
  const email = `${uniq("pd")}@test.zorgzaam.localhost`;
  const u = await owner.user.create({ data: { email, name: email, emailVerified: new Date() }, select: { id: true, email: true } });
  const m = await owner.membership.create({ data: { tenantId, userId: u.id, roles }, select: { id: true } });
  if (neighbourhoodIds.length) {
    await owner.membershipNeighbourhood.createMany({
      data: neighbourhoodIds.map((neighbourhoodId) => ({ tenantId, membershipId: m.id, neighbourhoodId })),
    });
  }
  return u;
}

async function tenant() {
  const slug = uniq("pd").toLowerCase();
  const t = await owner.tenant.create({ data: { slug, name: `Gemeente ${slug}` }, select: { id: true, slug: true } });
  const [nA, nB] = await Promise.all([
    owner.neighbourhood.create({ data: { tenantId: t.id, name: `Centrum ${slug}` }, select: { id: true } }),
    owner.neighbourhood.create({ data: { tenantId: t.id, name: `Rand ${slug}` }, select: { id: true } }),
  ]);
  const admin = await member(t.id, ["admin"]);
  const field = await member(t.id, ["field_worker"], [nA.id]);
  // Field workers cannot export by default; this tenant grants it, so the scope rule is what is tested.
  await owner.rolePermission.create({ data: { tenantId: t.id, role: "field_worker", permission: "core.people.export", granted: true } });
  const person = async (firstName: string, neighbourhoodId: string) => {
    const p = await owner.person.create({
      data: {
        tenantId: t.id,
        firstName,
        lastName: "Peeters",
        email: `${uniq("p")}@example.org`,
        phone: "0470 12 34 56",
        address: "Kerkstraat 1, 1000 Brussel",
        languages: ["nl", "ar"],
        kinds: ["resident"],
        neighbourhoodId,
        notes: "Vertrouwelijke nota",
      },
      select: { id: true },
    });
    await owner.consent.create({
      data: { tenantId: t.id, personId: p.id, purpose: "contact", method: "verbal", givenAt: new Date(Date.now() - 86_400_000) },
    });
    await owner.auditEvent.create({
      data: { tenantId: t.id, actorUserId: admin.id, action: "person.created", targetType: "Person", targetId: p.id },
    });
    return p.id;
  };
  const inScope = await person("An", nA.id);
  const outOfScope = await person("Bart", nB.id);
  return { ...t, admin, field, inScope, outOfScope };
}

function as(user: { id: string; email: string }, slug: string) {
  return caller(
    createContext({ session: { userId: user.id, sessionId: randomUUID(), email: user.email, isOperator: false }, tenantSlug: slug }),
  );
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return e instanceof TRPCError ? e.code : `not a TRPCError: ${String(e)}`;
  }
}

let A: Awaited<ReturnType<typeof tenant>>;
let B: Awaited<ReturnType<typeof tenant>>;

beforeAll(async () => {
  const url = process.env.DATABASE_OWNER_URL;
  if (!url) throw new Error("DATABASE_OWNER_URL is not set");
  owner = createPrisma(url, 2);
  [A, B] = await Promise.all([tenant(), tenant()]);
  worker = startWorker({ concurrency: 2 });
  await worker.ready();
});

afterAll(async () => {
  await worker?.close({ force: true });
  await closeQueues();
  await closeAppDb();
  await owner?.$disconnect();
});

describe("personal data", () => {
  it("exports the person, consents and audit trail, and a switched-off module's data too (it keeps its data)", async () => {
    calls.length = 0;
    const api = as(A.admin, A.slug);
    const { jobId } = await api.personalData.requestExport({ personId: A.inScope });
    expect((await waitForJob(jobId)).state).toBe("completed");
    expect(await api.personalData.status({ jobId })).toMatchObject({ kind: "export", state: "completed", progress: 100 });
    const data = await api.personalData.result({ jobId });
    // An admin has no notes permission: the export leaves the notes out, like every screen (sensitive/fields.ts).
    expect(data.person).toMatchObject({ id: A.inScope, firstName: "An", lastName: "Peeters", notes: null });
    expect(data.consents).toHaveLength(1);
    expect(data.consents[0]).toMatchObject({ purpose: "contact", withdrawnAt: null });
    expect(data.auditEvents.map((e) => e.action)).toEqual(expect.arrayContaining(["person.created", "person.export_requested"]));
    expect(Object.keys(data.modules)).toEqual(["pdtest"]);
    expect(calls).toEqual([{ hook: "export", tenantId: A.id, personId: A.inScope }]);
    // The export lives in the database (under RLS, expiring); Redis keeps only its id.
    const stored = await owner.personalDataExport.findMany({ where: { personId: A.inScope } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect((await waitForJob(jobId)).result).toEqual({ exportId: stored[0]?.id });
    const actions = await owner.auditEvent.findMany({ where: { tenantId: A.id, targetId: A.inScope }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["person.export_requested", "person.exported"]));
    // A double click starts one job.
    expect((await api.personalData.requestExport({ personId: A.inScope })).jobId).toBe(jobId);
  });

  let exportOfB = "";
  it("calls an enabled module's export hook and includes its data", async () => {
    calls.length = 0;
    await owner.tenantModule.create({ data: { tenantId: B.id, moduleId: "pdtest", enabled: true } });
    const api = as(B.admin, B.slug);
    const { jobId } = await api.personalData.requestExport({ personId: B.inScope });
    expect((await waitForJob(jobId)).state).toBe("completed");
    const data = await api.personalData.result({ jobId });
    expect(data.modules.pdtest?.data).toEqual({ PdTestItem: [{ id: "item-1", personId: B.inScope, note: "fiets hersteld" }] });
    expect(calls).toEqual([{ hook: "export", tenantId: B.id, personId: B.inScope }]);
    exportOfB = jobId;
  });

  it("refuses an erase with the wrong name", async () => {
    const api = as(A.admin, A.slug);
    await expect(api.personalData.requestErase({ personId: A.inScope, confirmName: "An Janssens" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/naam klopt niet/),
    });
    expect(await owner.person.findUnique({ where: { id: A.inScope }, select: { firstName: true } })).toEqual({ firstName: "An" });
  });

  it("erases: anonymises the person, withdraws consents, keeps audit rows, writes person.erased once; idempotent", async () => {
    calls.length = 0;
    const api = as(B.admin, B.slug);
    const auditBefore = await owner.auditEvent.findMany({ where: { targetId: B.inScope }, select: { id: true } });
    // A public form's receipt code led to her (public/receipt.ts).
    await owner.person.update({ where: { id: B.inScope }, data: { publicReference: "K7QM-2XPA" } });
    const { jobId } = await api.personalData.requestErase({ personId: B.inScope, confirmName: "  an   peeters " });
    const done = await waitForJob(jobId);
    expect(done.state).toBe("completed");
    const p = await owner.person.findUniqueOrThrow({ where: { id: B.inScope } });
    expect(p).toMatchObject({
      firstName: ERASED_FIRST_NAME,
      lastName: "",
      email: null,
      phone: null,
      address: null,
      notes: null,
      languages: [],
      kinds: [],
      publicReference: null,
    });
    const consents = await owner.consent.findMany({ where: { personId: B.inScope } });
    expect(consents).toHaveLength(1);
    expect(consents[0]?.withdrawnAt).toBeInstanceOf(Date);
    expect(consents[0]?.withdrawnById).toBe(B.admin.id);
    const auditAfter = await owner.auditEvent.findMany({ where: { targetId: B.inScope } });
    expect(auditAfter.map((a) => a.id)).toEqual(expect.arrayContaining(auditBefore.map((a) => a.id)));
    const erased = auditAfter.filter((a) => a.action === "person.erased");
    expect(erased).toHaveLength(1);
    expect(JSON.stringify(erased[0]?.data)).not.toMatch(/Peeters/);
    expect(erased[0]?.data).toMatchObject({
      jobId,
      counts: expect.arrayContaining([
        { module: "pdtest", model: "PdTestItem", deleted: 1, anonymised: 0 },
        { module: "core", model: "Person", deleted: 0, anonymised: 1 },
        { module: "core", model: "Consent", deleted: 0, anonymised: 1 },
        { module: "core", model: "PersonalDataExport", deleted: 1, anonymised: 0 },
      ]),
    });
    // The export made before the erase is gone with the person.
    expect(await code(api.personalData.result({ jobId: exportOfB }))).toBe("NOT_FOUND");
    expect(await owner.personalDataExport.count({ where: { personId: B.inScope } })).toBe(0);
    expect(calls).toEqual([{ hook: "erase", tenantId: B.id, personId: B.inScope }]);
    const status = await api.personalData.status({ jobId });
    expect(status).toMatchObject({ kind: "erase", state: "completed" });
    expect(status.summary).toEqual(expect.arrayContaining([{ module: "core", model: "Person", deleted: 0, anonymised: 1 }]));

    // Running the job again (at-least-once delivery) changes nothing and writes no second person.erased.
    const { withDbContext } = await import("../db/client");
    const again = await erasePersonalData(B.id, B.inScope, { requestedBy: B.admin.id, jobId }, (fn) =>
      withDbContext({ tenantId: B.id }, fn),
    );
    expect(again.results.find((r) => r.model === "Consent")?.anonymised).toBe(0);
    expect(await owner.auditEvent.count({ where: { targetId: B.inScope, action: "person.erased" } })).toBe(1);
    expect(await owner.person.findUniqueOrThrow({ where: { id: B.inScope } })).toMatchObject({ firstName: ERASED_FIRST_NAME });
    // Asking again answers the same job.
    expect((await api.personalData.requestErase({ personId: B.inScope, confirmName: ERASED_FIRST_NAME })).jobId).toBe(jobId);
  });

  it("answers NOT_FOUND for a person outside a field worker's neighbourhoods, and FORBIDDEN for erase", async () => {
    const api = as(A.field, A.slug);
    expect(await code(api.personalData.requestExport({ personId: A.outOfScope }))).toBe("NOT_FOUND");
    expect(await code(api.personalData.requestErase({ personId: A.inScope, confirmName: "An Peeters" }))).toBe("FORBIDDEN");
    const { jobId } = await api.personalData.requestExport({ personId: A.inScope });
    expect(jobId).toMatch(/core\.personal_data\.export/);
    // An admin's export of a person outside the field worker's scope is not hers to see.
    const adminJob = await as(A.admin, A.slug).personalData.requestExport({ personId: A.outOfScope });
    await waitForJob(adminJob.jobId);
    expect(await code(api.personalData.status({ jobId: adminJob.jobId }))).toBe("NOT_FOUND");
    expect(await code(api.personalData.result({ jobId: adminJob.jobId }))).toBe("NOT_FOUND");
  });

  it("answers NOT_FOUND for another tenant's job, another kind of job and an unknown id", async () => {
    const { jobId } = await as(A.admin, A.slug).personalData.requestExport({ personId: A.inScope });
    await waitForJob(jobId);
    const b = as(B.admin, B.slug);
    expect(await code(b.personalData.status({ jobId }))).toBe("NOT_FOUND");
    expect(await code(b.personalData.result({ jobId }))).toBe("NOT_FOUND");
    expect(await code(b.personalData.requestExport({ personId: A.inScope }))).toBe("NOT_FOUND");

    const other = defineJob({ name: "test.pd_other", payload: z.object({ personId: z.string() }), handler: async () => ({ secret: 1 }) });
    installTestJobs([other]);
    const otherId = await enqueue(other, { personId: B.outOfScope }, { tenantId: B.id });
    await waitForJob(otherId);
    expect(await code(b.personalData.status({ jobId: otherId }))).toBe("NOT_FOUND");
    expect(await code(b.personalData.status({ jobId: "does-not-exist" }))).toBe("NOT_FOUND");
  });
});
