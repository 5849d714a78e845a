/**
 * Public procedures (publicTenantProcedure, issue 11), generated from the app router: every procedure with the
 * permission "public-tenant" gives one and the same answer (tenant.notFound) for an unknown slug, a capability that is
 * off and (for a module's capability) a module that is off, and writes nothing; with everything on it gets through.
 * Then the contact form end to end at the API: the honeypot, the minimum fill time, the rate limits, the Person with
 * its online Consent, the message in the contact point's inbox per neighbourhood scope, the reply by mail.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "../packages/core/src/env";
import { closePublicRateLimiter, issueFormToken } from "../packages/core/src/public/form-guard";
import { PUBLIC_TENANT } from "../packages/core/src/public/procedure";
import { sampleInput } from "../packages/core/src/testing/sample-input";
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

const past = () => issueFormToken(T.slug, Date.now() - 60_000);

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
  });

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
      [valid({ formToken: `${past().split(".")[0]}.vervalst` }), "BAD_REQUEST"],
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
      resetEnvCache();
    }
  });
});

describe("the contact point's digest", () => {
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
  });
});
