/**
 * Public procedures (publicTenantProcedure, issue 11), generated from the app router: every procedure with the
 * permission "public-tenant" gives one and the same answer (tenant.notFound) for an unknown slug, a capability that is
 * off and (for a module's capability) a module that is off, and writes nothing; with everything on it gets through.
 * Then the contact form end to end at the API: the honeypot, the minimum fill time, the rate limits, the Person with
 * its online Consent, the message in the contact point's inbox per neighbourhood scope, the reply by mail.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "../packages/core/src/env";
import { solveChallenge } from "altcha-lib/v1";
import { closePublicRateLimiter, issueFormToken, type PublicChallenge } from "../packages/core/src/public/form-guard";
import { PUBLIC_TENANT } from "../packages/core/src/public/procedure";
import { sampleInput } from "../packages/core/src/testing/sample-input";
import { appErrorOf } from "../packages/core/src/trpc/app-error";
import { createContext } from "../packages/core/src/trpc/context";
import { createCallerFactory } from "../packages/core/src/trpc/init";
import {
  appRouter,
  callerFor,
  closeAll,
  createTenant,
  disablePublicCapabilities,
  enableAllModules,
  enablePublicCapabilities,
  listProcedures,
  ownerDb,
  platform,
  type ProcedureInfo,
  queuedMailsTo,
  sessionFor,
  setModulesEnabled,
  snapshotTenant,
  TENANT_NOT_FOUND_MESSAGE,
  type TenantFixture,
  tryCall,
} from "./fixtures";

let T: TenantFixture;
let publicProcedures: ProcedureInfo[];

beforeAll(async () => {
  T = await createTenant({ tag: "public" });
  await enableAllModules(T.id);
  publicProcedures = listProcedures().filter((p) => p.permission === PUBLIC_TENANT);
});

afterAll(async () => {
  await closePublicRateLimiter();
  await closeAll();
});

/** A caller without a session on the tenant's public pages, from an IP address (null: unknown). */
function publicCaller(slug: string, ip: string | null = null) {
  return createCallerFactory(appRouter)(createContext({ tenantSlug: slug, ip }));
}

// A form opened a minute ago; each one different (a form token passes the slow lane once: form-guard.ts).
let tokenSeq = 0;
const past = () => issueFormToken(T.slug, Date.now() - 60_000 - tokenSeq++);

/** An input that gets past validation, with valid hidden form fields for a mutation. */
function inputFor(p: ProcedureInfo, slug: string): unknown {
  const base = (sampleInput(p.inputs[0]) ?? {}) as Record<string, unknown>;
  return p.type === "mutation" ? { ...base, formToken: issueFormToken(slug, Date.now() - 60_000), website: "" } : base;
}

describe("the gate of public procedures", () => {
  it("finds the public procedures, each with a declared capability", () => {
    expect(publicProcedures.map((p) => p.path)).toEqual(expect.arrayContaining(["publicSite.home", "publicSite.sendContact"]));
    const declared = new Set(platform.publicCapabilities.map((c) => c.key));
    expect(publicProcedures.filter((p) => !p.capability || !declared.has(p.capability)).map((p) => p.path)).toEqual([]);
  });

  it("answers an unknown slug, a capability off and a module off alike, and writes nothing", async () => {
    const problems: string[] = [];
    for (const p of publicProcedures) {
      const capability = p.capability as string;
      const module = platform.publicCapabilities.find((c) => c.key === capability)?.module ?? "core";
      const cases: { name: string; slug: string; before?: () => Promise<void>; after?: () => Promise<void> }[] = [
        { name: "unknown slug", slug: `geen-${T.slug}` },
        {
          name: "capability off",
          slug: T.slug,
          before: () => disablePublicCapabilities(T.id, [capability]),
          after: async () => {
            await enablePublicCapabilities(T.id, [capability]);
          },
        },
      ];
      if (module !== "core")
        cases.push({
          name: "module off",
          slug: T.slug,
          before: () => setModulesEnabled(T.id, [module], false),
          after: () => setModulesEnabled(T.id, [module], true),
        });
      for (const c of cases) {
        await c.before?.();
        const before = await snapshotTenant(T.id);
        const o = await tryCall(publicCaller(c.slug), p.path, inputFor(p, c.slug));
        const after = await snapshotTenant(T.id);
        await c.after?.();
        if (o.ok || o.code !== "NOT_FOUND" || o.message !== TENANT_NOT_FOUND_MESSAGE)
          problems.push(`${p.path} (${c.name}): ${o.ok ? "ok" : `${o.code}: ${o.message}`}`);
        if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`${p.path} (${c.name}): the tenant changed`);
      }
      // Control: with everything on, the same call gets past the gate.
      const ok = await tryCall(publicCaller(T.slug), p.path, inputFor(p, T.slug));
      if (!ok.ok && ok.message === TENANT_NOT_FOUND_MESSAGE) problems.push(`${p.path}: refused with everything on`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("ignores a session: a member of another tenant gets the public answer, nothing more", async () => {
    const home = (await publicCaller(T.slug).publicSite.home()) as { neighbourhoods: { id: string; name: string }[] };
    expect(Object.keys(home.neighbourhoods[0] ?? {}).sort()).toEqual(["id", "name"]);
    const withSession = await callerFor(sessionFor(T.users.admin), T.slug).publicSite.home();
    expect(withSession).toEqual(home);
  });
});

describe("the contact form", () => {
  const valid = (extra: Record<string, unknown> = {}) => ({
    name: "Fatima",
    email: "fatima@example.org",
    message: "Ik zoek iemand die met mij naar de markt gaat.",
    consent: true,
    neighbourhoodId: T.neighbourhoods[0].id,
    formToken: past(),
    website: "",
    ...extra,
  });
  const counts = async () => ({
    people: await ownerDb().person.count({ where: { tenantId: T.id } }),
    messages: await ownerDb().contactMessage.count({ where: { tenantId: T.id } }),
  });

  it("refuses a filled honeypot, a form sent too fast and a forged token, and writes nothing", async () => {
    const before = await counts();
    const c = publicCaller(T.slug);
    for (const [input, code] of [
      [valid({ website: "http://spam.example" }), "BAD_REQUEST"],
      [valid({ formToken: issueFormToken(T.slug) }), "BAD_REQUEST"],
      [valid({ formToken: `${past().split(".").slice(0, 2).join(".")}.vervalst` }), "BAD_REQUEST"],
      [valid({ formToken: issueFormToken(`andere-${T.slug}`, Date.now() - 60_000) }), "BAD_REQUEST"],
    ] as const) {
      const o = await tryCall(c, "publicSite.sendContact", input);
      expect(o.ok ? "ok" : o.code).toBe(code);
    }
    const fast = await tryCall(publicCaller(T.slug), "publicSite.sendContact", valid({ formToken: issueFormToken(T.slug) }));
    expect(fast.ok ? "" : fast.message).toMatch(/\d+ seconden/);
    expect(await counts()).toEqual(before);
  });

  it("names the size limit of a field that is too long, in the reader's language", async () => {
    const c = createCallerFactory(appRouter)(createContext({ tenantSlug: T.slug, locale: "fr" }));
    const o = await tryCall(c, "publicSite.sendContact", valid({ message: "x".repeat(5_001) }));
    expect(o.ok ? "ok" : o.code).toBe("BAD_REQUEST");
    expect(o.ok ? "" : o.message).toMatch(/5\s?000/);
  });

  it("creates a new Person with an online consent and a new message in the inbox, seen per neighbourhood", async () => {
    const r = await publicCaller(T.slug).publicSite.sendContact(valid());
    expect(r.reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const m = await ownerDb().contactMessage.findFirstOrThrow({
      where: { tenantId: T.id, reference: r.reference },
      include: { person: true },
    });
    expect(m.status).toBe("new");
    expect(m.person.firstName).toBe("Fatima");
    // The person keeps the receipt's code: the people search finds her by it (any case), and only her.
    expect(m.person.publicReference).toBe(r.reference);
    const byCode = await callerFor(sessionFor(T.users.regie), T.slug).people.list({
      search: r.reference.toLowerCase(),
      page: 1,
      pageSize: 25,
    });
    expect(byCode.items.map((p) => p.id)).toEqual([m.personId]);
    // The receipt by mail, in the reader's language, with the code and how to ask for a copy or erasure.
    const receipt = await queuedMailsTo(T.id, "fatima@example.org");
    expect(receipt.some((x) => x.subject.includes(r.reference) && /kopie van je gegevens/.test(x.text))).toBe(true);
    const consents = await ownerDb().consent.findMany({ where: { personId: m.personId } });
    expect(consents.map((x) => [x.method, x.purpose])).toEqual([["online", "contact"]]);
    // The digest job and the receipt mail wait in the outbox.
    const jobs = await ownerDb().jobOutbox.findMany({ where: { tenantId: T.id }, select: { jobName: true } });
    expect(jobs.map((j) => j.jobName)).toEqual(expect.arrayContaining(["core.contact.digest", "core.mail.send"]));

    // The field worker works in neighbourhoods[0]: she sees this message, not the fixture's in neighbourhoods[1].
    const fw = await callerFor(sessionFor(T.users.field_worker), T.slug).contact.list();
    expect(fw.items.map((i) => i.reference)).toContain(r.reference);
    expect(fw.items.map((i) => i.id)).not.toContain(T.contactMessage.id);
    const regie = callerFor(sessionFor(T.users.regie), T.slug);
    expect((await regie.contact.list()).items.map((i) => i.id)).toEqual(expect.arrayContaining([m.id, T.contactMessage.id]));
    expect((await regie.contact.newCount()).count).toBeGreaterThanOrEqual(1);
    // A reply: a mail in the outbox, the message in progress.
    await regie.contact.reply({ id: m.id, body: "Dag Fatima, we bellen je morgen." });
    expect((await ownerDb().contactMessage.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("in_progress");
    // The admin has no core.contact.notes: the notes read as empty.
    const asAdmin = await callerFor(sessionFor(T.users.admin), T.slug).contact.get({ id: T.contactMessage.id });
    expect(asAdmin.notes).toBeNull();
  });

  it("limits public writes per IP address and tenant, with a localised answer naming the wait", async () => {
    process.env.PUBLIC_WRITES_PER_IP_HOUR = "2";
    // Only at the limit itself is a proof asked (the forms here are a minute old: the slow lane lets them through).
    process.env.PUBLIC_CHALLENGE_PERCENT = "100";
    resetEnvCache();
    try {
      const ip = "203.0.113.9";
      const answers: string[] = [];
      for (let i = 0; i < 3; i++) {
        const o = await tryCall(publicCaller(T.slug, ip), "publicSite.sendContact", valid({ email: `buur${i}@example.org` }));
        answers.push(o.ok ? "ok" : o.code);
      }
      expect(answers).toEqual(["ok", "ok", "TOO_MANY_REQUESTS"]);
      const before = await counts();
      const o = await tryCall(publicCaller(T.slug, ip), "publicSite.sendContact", valid());
      expect(o.ok ? "" : o.message).toMatch(/\d+ minuten/);
      expect(await counts()).toEqual(before);
      // Another address is not affected.
      expect((await tryCall(publicCaller(T.slug, "203.0.113.10"), "publicSite.sendContact", valid())).ok).toBe(true);
    } finally {
      delete process.env.PUBLIC_WRITES_PER_IP_HOUR;
      delete process.env.PUBLIC_CHALLENGE_PERCENT;
      resetEnvCache();
    }
  });

  describe("when the limits are approached: a proof of work, or without JavaScript a wait", () => {
    const ip = "198.51.100.7";
    const env = {
      PUBLIC_WRITES_PER_IP_HOUR: "10",
      PUBLIC_CHALLENGE_PERCENT: "60",
      PUBLIC_SLOW_LANE_SECONDS: "20",
      PUBLIC_POW_MAX_NUMBER: "2000",
    };
    beforeAll(() => {
      Object.assign(process.env, env);
      resetEnvCache();
    });
    afterAll(() => {
      for (const k of Object.keys(env)) delete process.env[k];
      resetEnvCache();
    });
    /** A caller from the one address, with the solution a form post carried (ctx.publicProof). */
    const from = (proof: string | null = null) =>
      createCallerFactory(appRouter)(createContext({ tenantSlug: T.slug, ip, publicProof: proof }));
    /** Opened 5 s ago: past the minimum fill time (3 s), not the slow lane's wait (20 s). */
    const recent = () => issueFormToken(T.slug, Date.now() - 5_000 - tokenSeq++);
    const send = (c: ReturnType<typeof from>, extra: Record<string, unknown> = {}) =>
      tryCall(c, "publicSite.sendContact", valid({ email: `pow${tokenSeq}@example.org`, formToken: recent(), ...extra }));
    /** Solves a challenge as the page's script does: the payload of ALTCHA's classic challenge, base64 JSON. */
    async function solve(c: PublicChallenge): Promise<string> {
      const found = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
      if (!found) throw new Error("no solution");
      const { algorithm, challenge, salt, signature } = c;
      return Buffer.from(JSON.stringify({ algorithm, challenge, number: found.number, salt, signature })).toString("base64");
    }

    it("asks nothing below 60 % of a limit; above, refuses a post without a solution and takes a valid one once", async () => {
      const answers: string[] = [];
      for (let i = 0; i < 6; i++) {
        expect((await from().publicSite.formGuard()).challenge).toBeNull();
        const o = await send(from());
        answers.push(o.ok ? "ok" : o.message);
      }
      expect(answers).toEqual(Array(6).fill("ok"));
      // 6 of 10: the form now carries a challenge, bound to this tenant and signed.
      const guard = await from().publicSite.formGuard();
      expect(guard.challenge).toMatchObject({ algorithm: "SHA-256", maxnumber: 2000 });
      expect(guard.slowLaneSeconds).toBe(20);

      const before = await counts();
      const refused = await send(from());
      expect(refused.ok ? "ok" : refused.code).toBe("TOO_MANY_REQUESTS");
      // In the reader's language (the web page shows it above the form, the answers kept: apps/web/src/public/site.tsx).
      const error = await from()
        .publicSite.sendContact(valid({ formToken: recent() }))
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(appErrorOf(error)?.messageIn("fr")).toMatch(/Attendez 20 secondes/);
      // A forged solution, and a solution of another tenant's challenge, are no proof either.
      const other = await createTenant({ tag: "public-pow" });
      await enablePublicCapabilities(other.id, ["core.site"]);
      const foreign = (await createCallerFactory(appRouter)(createContext({ tenantSlug: other.slug })).publicSite.formGuard()).challenge;
      expect(foreign).toBeNull();
      const { publicFormGuard } = await import("../packages/core/src/public/form-guard");
      process.env.PUBLIC_CHALLENGE_PERCENT = "0";
      resetEnvCache();
      const otherChallenge = (await publicFormGuard(other.slug, other.id, ip)).challenge;
      process.env.PUBLIC_CHALLENGE_PERCENT = "60";
      resetEnvCache();
      const solved = await solve(guard.challenge as PublicChallenge);
      const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(solved, "base64").toString()), number: 1e9 })).toString(
        "base64",
      );
      for (const proof of [forged, await solve(otherChallenge as PublicChallenge), "kapot", "x".repeat(5000)]) {
        const o = await send(from(proof));
        expect(o.ok ? "ok" : o.code).toBe("TOO_MANY_REQUESTS");
      }
      expect(await counts()).toEqual(before);

      // The solution: accepted once; the same solution again is refused.
      expect((await send(from(solved))).ok).toBe(true);
      const replay = await send(from(solved));
      expect(replay.ok ? "ok" : replay.message).toMatch(/Wacht 20 seconden/);
    });

    it("lets a form through that was open longer than the slow lane's wait, once per form (no JavaScript)", async () => {
      const slowToken = issueFormToken(T.slug, Date.now() - 25_000 - tokenSeq++);
      expect((await from().publicSite.formGuard()).challenge).not.toBeNull();
      expect((await send(from(), { formToken: slowToken })).ok).toBe(true);
      const again = await send(from(), { formToken: slowToken });
      expect(again.ok ? "ok" : again.code).toBe("TOO_MANY_REQUESTS");
    });
  });
});

describe("the contact point's notices", () => {
  it("tells its members on their home which new messages wait (the chosen ones, else the regie), nobody else", async () => {
    const as = (u: keyof TenantFixture["users"]) => callerFor(sessionFor(T.users[u]), T.slug);
    const admin = as("admin");
    // The fixture's contact point is the regie member: she is told, with the newest new messages she sees.
    const regieHome = await as("regie").tenant.home();
    expect(regieHome.contactPoint?.count).toBe((await as("regie").contact.newCount()).count);
    expect(regieHome.contactPoint?.latest.length).toBeGreaterThan(0);
    const newest = await ownerDb().contactMessage.findFirstOrThrow({
      where: { tenantId: T.id, status: "new" },
      orderBy: { createdAt: "desc" },
    });
    expect(regieHome.contactPoint?.latest[0]).toMatchObject({ id: newest.id, reference: newest.reference });
    // The field worker sees new messages in her inbox, but is not the contact point: no notice.
    const fw = await as("field_worker").tenant.home();
    expect(fw.contactNew).toBeGreaterThan(0);
    expect(fw.contactPoint).toBeNull();
    expect((await admin.tenant.home()).contactPoint).toBeNull();
    try {
      // The field worker chosen: she is told of the messages of her neighbourhoods only; the regie no longer.
      await admin.contact.setMembers({ membershipIds: [T.users.field_worker.membershipId] });
      const chosen = await as("field_worker").tenant.home();
      expect(chosen.contactPoint?.count).toBe(chosen.contactNew);
      expect(chosen.contactPoint?.latest.map((m) => m.id)).not.toContain(T.contactMessage.id);
      expect((await as("regie").tenant.home()).contactPoint).toBeNull();
      // Nobody chosen: the regie members are told.
      await admin.contact.setMembers({ membershipIds: [] });
      expect((await as("regie").tenant.home()).contactPoint).not.toBeNull();
      expect((await as("field_worker").tenant.home()).contactPoint).toBeNull();
    } finally {
      await admin.contact.setMembers({ membershipIds: [T.users.regie.membershipId] });
    }
  });

  it("takes only members who can open the inbox, naming the one who cannot; a role given the right makes her eligible", async () => {
    const admin = callerFor(sessionFor(T.users.admin), T.slug);
    const volunteer = T.users.volunteer;
    const refusal = (e: unknown) => appErrorOf(e);
    try {
      let offered = await admin.contact.members();
      expect(offered.eligible).toContain(T.users.regie.membershipId);
      expect(offered.eligible).not.toContain(volunteer.membershipId);
      const error = await admin.contact.setMembers({ membershipIds: [T.users.regie.membershipId, volunteer.membershipId] }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refusal(error)?.appCode).toBe("contact.memberCannotView");
      expect(refusal(error)?.messageIn("fr")).toContain(`${volunteer.email.split("@")[0]} ne peut pas ouvrir le point de contact`);
      // Nothing changed: the regie member is still the contact point.
      expect((await admin.contact.members()).membershipIds).toEqual([T.users.regie.membershipId]);
      // The tenant gives volunteers the inbox: now she may be chosen.
      await admin.roles.set({ role: "volunteer", permission: "core.contact.view", granted: true });
      offered = await admin.contact.members();
      expect(offered.eligible).toContain(volunteer.membershipId);
      await admin.contact.setMembers({ membershipIds: [volunteer.membershipId] });
      expect((await admin.contact.members()).membershipIds).toEqual([volunteer.membershipId]);
    } finally {
      await admin.roles.set({ role: "volunteer", permission: "core.contact.view", granted: false });
      await admin.contact.setMembers({ membershipIds: [T.users.regie.membershipId] });
    }
  });

  it("queues one mail per member of the contact point while messages are new, none when nothing is new", async () => {
    const { contactDigestJob } = await import("../packages/core/src/contact/mail");
    const { withTenant } = await import("../packages/core/src/db/client");
    const mails = () => ownerDb().jobOutbox.count({ where: { tenantId: T.id, jobName: "core.mail.send" } });
    const run = (jobId: string) =>
      contactDigestJob.handler(
        {
          tenantId: T.id,
          jobId,
          attempt: 1,
          updateProgress: async () => {},
          withTenantDb: (fn) => withTenant(T.id, null, fn),
          enqueue: async () => "",
        },
        {},
      );
    const before = await mails();
    // The fixture's contact point has one member (the regie member) and at least one new message.
    expect(await run("digest-1")).toEqual({ sent: 1 });
    expect(await mails()).toBe(before + 1);
    await ownerDb().contactMessage.updateMany({ where: { tenantId: T.id }, data: { status: "done" } });
    expect(await run("digest-2")).toEqual({ sent: 0 });
    expect(await mails()).toBe(before + 1);
    // Nothing new: the notice on the home is gone too.
    expect((await callerFor(sessionFor(T.users.regie), T.slug).tenant.home()).contactPoint).toBeNull();
  });
});
