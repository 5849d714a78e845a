import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CaptureServerHandle,
  closeMailTransport,
  coreRouter,
  enqueue,
  getQueue,
  isModuleEnabledFor,
  listDevMail,
  startCaptureServer,
  startWorker,
  type WorkerHandle,
} from "@zorgzaam/core";
import { isolateQueuePrefix, resetEnvCache, sleep, waitForJob, waitUntil } from "@zorgzaam/core/testing";
import { addDays } from "./dates";
import { remindersJob, remindersSchedulerId } from "./jobs/reminders";
import { closeAll, createTenant, ownerDb, reflectie, routerCaller, sessionFor, setEnabled, type TenantFixture } from "./test-support";

isolateQueuePrefix("reflectie");

let capture: CaptureServerHandle;
let worker: WorkerHandle;
let A: TenantFixture;
let Off: TenantFixture;

beforeAll(async () => {
  capture = await startCaptureServer({ port: 0, host: "127.0.0.1" });
  Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(capture.port), SMTP_SECURE: "false" });
  resetEnvCache();
  worker = startWorker({ concurrency: 4, isJobAllowed: isModuleEnabledFor });
  await worker.ready();
  [A, Off] = await Promise.all([createTenant({ tag: "refl-jobs" }), createTenant({ tag: "refl-off" })]);
  await setEnabled(A.id, true);
  await setEnabled(Off.id, false);
});

afterAll(async () => {
  await worker?.close({ force: true });
  closeMailTransport();
  await capture?.close();
  await closeAll();
});

async function dueRhythm(tenant: TenantFixture, participants: string[]) {
  return ownerDb().reflectieRhythm.create({
    data: {
      tenantId: tenant.id,
      name: "Teamreflectie buurtwerk",
      intervalWeeks: 6,
      nextSessionAt: addDays(new Date(), 2),
      participantIds: participants,
    },
  });
}

describe("reflectie.reminders.run", () => {
  it("mails each participant once with a digest of their open action points, even when it runs twice", async () => {
    const rhythm = await dueRhythm(A, [A.users.field_worker.id, A.users.partner.id]);
    // An open action point of the field worker for the digest, in a session of this tenant.
    const regie = reflectie(A.users.regie, A);
    const s = await regie.sessions.create({
      title: "Vorige sessie",
      date: addDays(new Date(), -30),
      participantUserIds: [A.users.field_worker.id],
    });
    await regie.actions.create({ sessionId: s.id, text: "Kennismaken met de apotheker", ownerUserId: A.users.field_worker.id });

    const first = await waitForJob(await enqueue(remindersJob, {}, { tenantId: A.id }));
    expect(first.state).toBe("completed");
    expect(first.result).toMatchObject({ rhythms: 1, notices: 2, mails: 2 });
    const second = await waitForJob(await enqueue(remindersJob, {}, { tenantId: A.id }));
    expect(second.state).toBe("completed");
    expect(second.result).toMatchObject({ notices: 0, mails: 0 });

    const emails = [A.users.field_worker.email, A.users.partner.email];
    await waitUntil(
      async () => (await Promise.all(emails.map((to) => listDevMail({ to })))).every((m) => m.length > 0),
      15_000,
      "reminder mails",
    );
    // Give a duplicate the time to show up, if there were one.
    await sleep(1_000);
    for (const to of emails) expect(await listDevMail({ to }), to).toHaveLength(1);
    const [mail] = await listDevMail({ to: A.users.field_worker.email });
    expect(mail?.subject).toContain("Teamreflectie buurtwerk");
    expect(mail?.text).toContain("Kennismaken met de apotheker");
    expect(mail?.text).toContain(`/t/${A.slug}/reflectie`);

    const notices = await ownerDb().reflectieNotice.findMany({ where: { rhythmId: rhythm.id } });
    expect(notices).toHaveLength(2);
    expect(notices.every((n) => n.mailedAt !== null)).toBe(true);
    // The in-app notice shows on the participant's start page.
    expect((await reflectie(A.users.partner, A).home.summary()).notices.map((n) => n.rhythmName)).toContain("Teamreflectie buurtwerk");
    expect((await reflectie(A.users.volunteer, A).home.summary()).notices).toHaveLength(0);
  });

  it("is skipped for a tenant where the module is disabled: no notice, no mail", async () => {
    await dueRhythm(Off, [Off.users.field_worker.id]);
    const done = await waitForJob(await enqueue(remindersJob, {}, { tenantId: Off.id }));
    expect(done.state).toBe("completed");
    expect(done.result).toMatchObject({ skipped: true });
    expect(await ownerDb().reflectieNotice.count({ where: { tenantId: Off.id } })).toBe(0);
    await sleep(500);
    expect(await listDevMail({ to: Off.users.field_worker.email })).toHaveLength(0);
  });

  it("is scheduled daily per tenant when the module is enabled, and unscheduled when it is disabled", async () => {
    // Through the modules page's procedures: core keeps the module's declared schedules in step with the switch.
    const admin = routerCaller(coreRouter, sessionFor(A.users.admin), A.slug);
    try {
      await admin.modules.enable({ id: "reflectie" });
      const schedulers = await getQueue().getJobSchedulers();
      const mine = schedulers.find((s) => s.key === remindersSchedulerId(A.id));
      expect(mine?.pattern).toBe("0 7 * * *");
      expect(mine?.tz).toBe("Europe/Brussels");
      await admin.modules.disable({ id: "reflectie" });
      expect((await getQueue().getJobSchedulers()).find((s) => s.key === remindersSchedulerId(A.id))).toBeUndefined();
    } finally {
      await setEnabled(A.id, true);
    }
  });
});

describe("reflectie.report.pdf", () => {
  it("renders the session report to a PDF, reporting progress up to 100", async () => {
    const regie = reflectie(A.users.regie, A);
    const themes = await regie.themes.list();
    const s = await regie.sessions.create({
      title: "Samenwerken met partners — één jaar later",
      date: new Date(),
      themeIds: themes.slice(0, 2).map((t) => t.id),
      participantUserIds: [A.users.field_worker.id],
      guestNames: ["Zoë Çağlar 李"],
    });
    for (let i = 0; i < 3; i++) {
      const item = await regie.fan.draw({ sessionId: s.id, start: true });
      await regie.items.update({
        id: item.id,
        version: item.version,
        answer: `Antwoord ${i} 💥 met “aanhalingstekens”`,
        insights: "Inzicht",
      });
    }
    await regie.actions.create({ sessionId: s.id, text: "Doorverwijsfiche uitwerken", ownerName: "Fatima", dueDate: "2026-01-05" });
    const { version } = await regie.sessions.get({ id: s.id });
    await regie.sessions.close({ id: s.id, version, successes: "Trots op het casusoverleg." });

    // An invited field worker asks for the PDF (the job is enqueued after the request's transaction committed).
    const fw = reflectie(A.users.field_worker, A);
    const { documentId: reportId } = await fw.documents.report.request({ sessionId: s.id, locale: "nl" });
    const seen: number[] = [];
    await waitUntil(
      async () => {
        const st = await fw.documents.report.status({ documentId: reportId });
        seen.push(st.progress);
        return st.state === "completed" || st.state === "failed";
      },
      20_000,
      "the PDF job",
    );
    const status = await fw.documents.report.status({ documentId: reportId });
    expect(status).toMatchObject({ state: "completed", progress: 100 });
    expect(seen.every((p, i) => i === 0 || p >= seen[i - 1]!)).toBe(true);
    const file = await fw.documents.report.download({ documentId: reportId });
    const bytes = Buffer.from(file.base64, "base64");
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.subarray(-8).toString("latin1")).toContain("%%EOF");
    expect(file.fileName).toMatch(/^reflectie-\d{4}-\d{2}-\d{2}-samenwerken-met-partners.*\.pdf$/);

    // The queue saw the same progress.
    const jobs = await getQueue().getJobs(["completed"]);
    const job = jobs.find(
      (j) => j.name === "reflectie.documents.render" && (j.data.payload as { documentId?: string }).documentId === reportId,
    );
    expect(job?.progress).toBe(100);

    // Someone not invited cannot poll or download it.
    expect(
      await reflectie(A.users.volunteer, A)
        .documents.report.status({ documentId: reportId })
        .catch((e: { code?: string }) => e.code),
    ).toBe("NOT_FOUND");
  });
});
