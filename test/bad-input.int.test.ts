/**
 * Generated junk thrown at every procedure through the real HTTP endpoint (handleTrpcRequest): never a 500, never a
 * stack trace or database internals in the response, and a clear 400 when the input is invalid. Also the endpoint's
 * CSRF rules: mutations only as JSON (415 otherwise) and only from the same origin (403 otherwise).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleTrpcRequest, TENANT_HEADER } from "../apps/web/src/server/trpc-handler";
import type { SessionUser } from "../packages/core/src/trpc/context";
import {
  appRouter,
  closeAll,
  createMember,
  createTenant,
  enableAllModules,
  inputKeys,
  listProcedures,
  ownerDb,
  type ProcedureInfo,
  sessionFor,
  type TenantFixture,
} from "./fixtures";

const APP_URL = "http://localhost:3000";
const RUNS_PER_PROCEDURE = 40;

let tenant: TenantFixture;
let session: SessionUser;
let procedures: ProcedureInfo[];

beforeAll(async () => {
  tenant = await createTenant({ tag: "junk" });
  // Every registered module on, so the junk reaches module procedures' validation and handlers too.
  await enableAllModules(tenant.id);
  // admin + regie hold every tenant permission, and the operator flag opens the operator procedures: the gate lets
  // this user through everywhere, so the junk reaches the input validation and the handlers behind it.
  const member = await createMember(tenant, { roles: ["admin", "regie"], isOperator: true, tag: "junk-admin" });
  session = sessionFor(member);
  procedures = listProcedures();
});

afterAll(async () => {
  await closeAll();
});

// ---------------------------------------------------------------------------------------------------------------
// Requests

function trpcRequest(p: Pick<ProcedureInfo, "path" | "type">, input: unknown, headers: Record<string, string> = {}): Request {
  const url = `${APP_URL}/api/trpc/${p.path}`;
  const base = { [TENANT_HEADER]: tenant.slug, ...headers };
  // superjson's wire format without meta: plain JSON under "json". Bigints cannot be JSON; send them as strings.
  const body = JSON.stringify({ json: input }, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  if (p.type === "query") {
    return new Request(input === undefined ? url : `${url}?input=${encodeURIComponent(body)}`, { method: "GET", headers: base });
  }
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", origin: APP_URL, ...base },
    body,
  });
}

async function send(req: Request, who: SessionUser | null = session): Promise<{ status: number; text: string }> {
  const res = await handleTrpcRequest(req, async () => who, { appUrl: APP_URL, router: appRouter, maxBodyMb: JUNK_MAX_BODY_MB });
  return { status: res.status, text: await res.text() };
}

interface ErrorBody {
  error?: { json?: { message?: unknown; code?: unknown; data?: { code?: unknown; httpStatus?: unknown } } };
}

// ---------------------------------------------------------------------------------------------------------------
// Junk

const nastyStrings = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff\ud800",
  "💥🏳️‍🌈👨‍👩‍👧",
  "\u202egnp.exe",
  "Zoë Çağlar 李小龍 عربي",
  "' OR 1=1 --",
  "%_\\",
  "${process.env}",
  "<script>alert(1)</script>",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "__proto__",
  "constructor",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "2026-02-30T25:61:00Z",
  "9999-12-31T23:59:59Z",
  "-271821-04-20T00:00:00Z",
  "admin",
  "core.roles.manage",
  "javascript:alert(1)",
  "http://",
);
const hugeString = fc.constantFrom(1_001, 10_001, 100_001).map((n) => "x".repeat(n));
const numbers = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    -1,
    0.5,
    1e21,
    1e308,
    -1e308,
    2 ** 31,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    8.64e15 + 1,
  ),
);
/** Any JSON value; without the huge strings inside an oversized array (501 copies of 100 kB would be 50 MB). */
function anyJson(withHuge: boolean) {
  const scalar = fc.oneof(
    nastyStrings,
    ...(withHuge ? [hugeString] : []),
    fc.string({ unit: "binary", maxLength: 40 }),
    numbers,
    fc.boolean(),
    fc.constant(null),
  );
  return fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      scalar,
      fc.array(tie("value"), { maxLength: 5 }),
      fc.dictionary(fc.string({ maxLength: 12 }), tie("value"), { maxKeys: 5 }),
    ),
  })).value;
}
const junkValue = anyJson(true);
const smallJunkValue = anyJson(false);
/** An object nested far deeper than any real input. */
const deeplyNested = fc.integer({ min: 100, max: 2_000 }).map((depth) => {
  let v: unknown = "bottom";
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
});

/** Short strings from an alphabet rich in trouble (NUL, control and bidi characters, lone surrogates, quotes, LIKE wildcards). */
const troubleString = fc.string({
  unit: fc.constantFrom("a", "Z", "é", "0", " ", "\u0000", "\u0007", "\ud800", "💥", "'", '"', "%", "_", "\\", "\n", "\u202e"),
  maxLength: 12,
});
function stringsOf(withHuge: boolean) {
  return fc.oneof(
    { weight: 4, arbitrary: troubleString },
    { weight: 2, arbitrary: nastyStrings },
    ...(withHuge ? [{ weight: 1, arbitrary: hugeString }] : []),
    { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
  );
}
const anyString = stringsOf(true);
const smallString = stringsOf(false);
/** Dates as a client may send them: valid ISO strings, epoch numbers, and values beyond what PostgreSQL can store. */
const anyDate = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true, min: new Date("2000-01-01"), max: new Date("2030-01-01") }).map((d) => d.toISOString()),
  fc.integer({ min: -8.64e15, max: 8.64e15 }),
  fc.constantFrom("-271821-04-20T00:00:00Z", "+275760-09-13T00:00:00Z", "0000-01-01", "1970-01-01", "yesterday"),
);
const geoJsonish = fc.record({
  type: fc.constantFrom("Polygon", "MultiPolygon", "Point", "Feature", "polygon"),
  coordinates: fc.array(
    fc.array(fc.array(fc.oneof(numbers, fc.double({ min: -200, max: 200, noNaN: true })), { maxLength: 3 }), { maxLength: 8 }),
    { maxLength: 3 },
  ),
});

interface ZodLike {
  _zod: {
    def: {
      type: string;
      format?: string;
      shape?: Record<string, ZodLike>;
      innerType?: ZodLike;
      in?: ZodLike;
      out?: ZodLike;
      options?: ZodLike[];
      values?: unknown[];
      entries?: Record<string, unknown>;
      element?: ZodLike;
    };
  };
}

/** Ids of rows that exist in the caller's tenant, by the kind of key, so that some junk reaches the handlers' writes. */
function idPool(key: string): string[] {
  const t = tenant;
  const people = t.people.map((p) => p.id);
  const nbh = t.neighbourhoods.map((n) => n.id);
  const orgs = t.organisations.map((o) => o.id);
  const users = Object.values(t.users).map((u) => u.id);
  const memberships = Object.values(t.users).map((u) => u.membershipId);
  if (/person/i.test(key)) return people;
  if (/neighbourhood/i.test(key)) return nbh;
  if (/organisation/i.test(key)) return orgs;
  if (/user/i.test(key)) return users;
  return [...people, ...nbh, ...orgs, ...memberships, ...t.consents.map((c) => c.id), t.invitation.id];
}

/**
 * Junk shaped by the procedure's own zod schema: the right keys, mostly the right kinds of values (real ids, enum
 * members, dates), filled with troublesome content, and now and then the wrong type. Plain random junk rarely gets
 * past the first check; this gets to the handlers and the database. An oversized array (501 items, over every list
 * limit) appears at most once on a path: nested ones (a survey's sections, questions, choices) would multiply to
 * 501^3 items, which no JSON body could carry and which once held a test run in one synchronous loop for good.
 */
function shapedBy(schema: ZodLike | undefined, key = "", depth = 0, huge = true): fc.Arbitrary<unknown> {
  const def = schema?._zod?.def;
  // Inside an oversized array every value is copied 501 times: no 100 kB strings there.
  const junk = huge ? junkValue : smallJunkValue;
  const text = huge ? anyString : smallString;
  if (!def || depth > 6) return junk;
  const wrongType = (valid: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: junk });
  switch (def.type) {
    case "object": {
      const shape = def.shape ?? {};
      return wrongType(fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, shapedBy(v, k, depth + 1, huge)]))));
    }
    case "string":
      if (def.format === "uuid")
        return wrongType(
          fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...idPool(key)) },
            { weight: 1, arbitrary: fc.uuid() },
            { weight: 1, arbitrary: text },
          ),
        );
      if (def.format === "email")
        return wrongType(
          fc.oneof(
            fc.emailAddress(),
            text,
            fc.emailAddress().map((e) => `${e}\u0000`),
          ),
        );
      if (def.format === "url") return wrongType(fc.oneof(fc.webUrl(), text));
      return wrongType(text);
    case "number":
    case "int":
      return wrongType(fc.oneof(fc.integer({ min: -5, max: 300 }), numbers));
    case "boolean":
      return wrongType(fc.boolean());
    case "date":
      return wrongType(anyDate);
    case "enum":
      return wrongType(
        fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...Object.values(def.entries ?? { x: "x" })) }, { weight: 1, arbitrary: text }),
      );
    case "literal":
      return fc.constantFrom(...(def.values ?? [null]));
    case "array":
      return wrongType(
        fc.oneof(
          { weight: 5, arbitrary: fc.array(shapedBy(def.element, key, depth + 1, huge), { maxLength: 6 }) },
          ...(huge
            ? [{ weight: 1, arbitrary: shapedBy(def.element, key, depth + 1, false).map((v) => Array.from({ length: 501 }, () => v)) }]
            : []),
        ),
      );
    case "optional":
    case "default":
    case "prefault":
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 3, arbitrary: shapedBy(def.innerType, key, depth + 1, huge) },
      );
    case "nullable":
      return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: shapedBy(def.innerType, key, depth + 1, huge) });
    case "pipe":
      // A transform on the way out says nothing about the input: generate for the input side then.
      return def.out?._zod.def.type === "transform" || !def.out
        ? shapedBy(def.in, key, depth + 1, huge)
        : fc.oneof(shapedBy(def.in, key, depth + 1, huge), shapedBy(def.out, key, depth + 1, huge));
    case "union":
      return fc.oneof(...(def.options ?? []).map((o) => shapedBy(o, key, depth + 1, huge)));
    case "unknown":
    case "any":
      return fc.oneof(geoJsonish, junk);
    default:
      return junk;
  }
}

/** Junk for a procedure: mostly shaped by its schema, sometimes anything at all, deeply nested or an array. */
function junkFor(p: ProcedureInfo): fc.Arbitrary<unknown> {
  const generic = fc.oneof(fc.anything(), junkValue, deeplyNested, fc.array(fc.anything(), { maxLength: 10 }));
  const schema = p.inputs[0] as ZodLike | undefined;
  if (!schema || inputKeys(schema).length === 0) return generic;
  return fc.oneof({ weight: 1, arbitrary: generic }, { weight: 4, arbitrary: shapedBy(schema) });
}

// One test per router (core's and each module's), so that a new module adds its own cell with its own time budget;
// the totals over all of them are checked at the end.
const groups = new Map<string, ProcedureInfo[]>();
for (const p of listProcedures()) {
  const group = p.path.split(".")[0] ?? p.path;
  groups.set(group, [...(groups.get(group) ?? []), p]);
}
// Reproduce a run with FC_SEED=<seed> (the seed is part of every reported problem).
const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const totals = { requests: 0, tooLarge: 0, badRequests: 0, acceptedWithInput: 0, rejectedBy: new Map<string, number>() };

/** The endpoint's body limit in this test (API_MAX_BODY_MB is 4 by default): the oversized junk meets it often. */
const JUNK_MAX_BODY_MB = 1;

/** The bytes of a mutation's JSON body (queries carry their input in the URL, which Node's header limit bounds). */
function bodyBytes(p: ProcedureInfo, input: unknown): number {
  if (p.type === "query") return 0;
  const body = JSON.stringify({ json: input }, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  return Buffer.byteLength(body ?? "");
}

async function fuzz(p: ProcedureInfo, problems: string[]): Promise<void> {
  await fc.assert(
    fc.asyncProperty(junkFor(p), async (input) => {
      const tooLarge = bodyBytes(p, input) > JUNK_MAX_BODY_MB * 1024 * 1024;
      const { status, text } = await send(trpcRequest(p, input));
      totals.requests++;
      const where = `[seed ${seed}] ${p.path} with ${JSON.stringify(input, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v))?.slice(0, 160)}`;
      if (tooLarge) {
        // Refused before it is read to the end, with the limit named in the caller's language (Dutch here).
        totals.tooLarge++;
        if (status !== 413 || !text.includes(`${JUNK_MAX_BODY_MB} MB`))
          problems.push(`${where}: a body over the limit answered ${status}: ${text.slice(0, 200)}`);
        return true;
      }
      if (status >= 500) {
        problems.push(`${where}: HTTP ${status}: ${text.slice(0, 300)}`);
      }
      if (text.includes("    at ") || text.includes(".ts:")) problems.push(`${where}: stack trace in the response: ${text.slice(0, 300)}`);
      const inputText = JSON.stringify(input) ?? "";
      if (/prisma/i.test(text) && !/prisma/i.test(inputText))
        problems.push(`${where}: Prisma internals in the response: ${text.slice(0, 300)}`);
      if (/invalid byte sequence|violates|syntax error|relation "/i.test(text))
        problems.push(`${where}: database error in the response: ${text.slice(0, 300)}`);
      if (status === 200 && p.inputs.length > 0) totals.acceptedWithInput++;
      const body = JSON.parse(text) as ErrorBody;
      const err = body.error?.json;
      if (err?.data?.code === "BAD_REQUEST") {
        totals.badRequests++;
        totals.rejectedBy.set(p.path, (totals.rejectedBy.get(p.path) ?? 0) + 1);
        if (status !== 400) problems.push(`${where}: BAD_REQUEST with HTTP ${status}`);
        if (typeof err.message !== "string" || err.message.trim() === "") problems.push(`${where}: BAD_REQUEST without a message`);
      }
      // Problems are collected rather than thrown, so that one run reports every procedure that misbehaves.
      return true;
    }),
    { numRuns: RUNS_PER_PROCEDURE, seed },
  );
}

describe("junk input through the HTTP endpoint", () => {
  it("covers every procedure", () => {
    expect(procedures.length).toBeGreaterThan(30);
    expect([...groups.values()].flat().length).toBe(procedures.length);
  });

  for (const [group, list] of groups) {
    it(`${group} (${list.length} procedures): never answers 500, never leaks a stack trace or database internals, and rejects invalid input with a clear 400`, async () => {
      const problems: string[] = [];
      for (const p of list) await fuzz(p, problems);
      expect(problems.slice(0, 30)).toEqual([]);
    }, 240_000);
  }

  it("sent every junk request, and reached both the validation and the handlers", () => {
    // Every sample was sent; the few over the body limit were refused as too large (413), the rest reached tRPC.
    expect(totals.requests).toBe(procedures.length * RUNS_PER_PROCEDURE);
    expect(totals.tooLarge).toBeLessThan(totals.requests * 0.05);
    // Every procedure with an input parser turned some junk away with a 400, so the validation was reached.
    const withInput = procedures.filter((p) => p.inputs.length > 0);
    expect(withInput.length).toBeGreaterThan(20);
    expect(withInput.filter((p) => !totals.rejectedBy.has(p.path)).map((p) => p.path)).toEqual([]);
    expect(totals.badRequests).toBeGreaterThan(withInput.length);
    // And the shaped junk got past the schemas often enough to exercise the handlers too.
    expect(totals.acceptedWithInput).toBeGreaterThan(withInput.length);
  });
});

describe("fixed bugs stay fixed", () => {
  it("me.signOutEverywhere writes its platform audit event (tenantId NULL) through RLS", async () => {
    const r = await send(trpcRequest({ path: "me.signOutEverywhere", type: "mutation" }, undefined));
    expect(r.status).toBe(200);
    const events = await ownerDb().auditEvent.findMany({ where: { actorUserId: session.userId, action: "auth.signout_everywhere" } });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.tenantId === null)).toBe(true);
  });
});

describe("the endpoint's request rules", () => {
  const mutation = (): ProcedureInfo => {
    const p = procedures.find((x) => x.path === "organisations.create");
    if (p?.type !== "mutation") throw new Error("organisations.create mutation expected");
    return p;
  };

  it("accepts a well-formed same-origin JSON mutation (control)", async () => {
    const r = await send(trpcRequest(mutation(), { name: `Buurtwerk ${Date.now()}` }));
    expect(r.status).toBe(200);
  });

  it("answers 415 to a POST without a JSON content type", async () => {
    for (const type of [null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const headers: Record<string, string> = { origin: APP_URL, [TENANT_HEADER]: tenant.slug };
      if (type) headers["content-type"] = type;
      const req = new Request(`${APP_URL}/api/trpc/organisations.create`, {
        method: "POST",
        headers,
        body: JSON.stringify({ json: { name: "CSRF" } }),
      });
      const r = await send(req);
      expect(r.status, String(type)).toBe(415);
      expect(r.text).not.toContain("    at ");
    }
  });

  it("answers 403 to a POST from another origin, or without an origin", async () => {
    for (const origin of ["https://evil.example", "http://localhost:3001", "null", undefined]) {
      const headers: Record<string, string> = { "content-type": "application/json", [TENANT_HEADER]: tenant.slug };
      if (origin !== undefined) headers.origin = origin;
      const req = new Request(`${APP_URL}/api/trpc/organisations.create`, {
        method: "POST",
        headers,
        body: JSON.stringify({ json: { name: "CSRF" } }),
      });
      const r = await send(req);
      expect(r.status, String(origin)).toBe(403);
    }
  });

  it("refuses a body over the limit with 413, the limit named in the caller's language, in the shape tRPC's client reads", async () => {
    const big = "x".repeat(JUNK_MAX_BODY_MB * 1024 * 1024);
    const req = new Request(`${APP_URL}/api/trpc/organisations.create`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: APP_URL, [TENANT_HEADER]: tenant.slug, "accept-language": "fr-BE" },
      body: JSON.stringify({ json: { name: big } }),
    });
    const r = await send(req);
    expect(r.status).toBe(413);
    const err = (JSON.parse(r.text) as ErrorBody).error?.json;
    expect(err?.message).toBe(`La demande est trop volumineuse : ${JUNK_MAX_BODY_MB} Mo au maximum. Envoyez moins à la fois.`);
    expect(err?.data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", httpStatus: 413 });
    // Nothing was created.
    expect(await ownerDb().organisation.count({ where: { tenantId: tenant.id, name: big } })).toBe(0);
  });

  it("refuses a body whose Content-Length announces more than the limit without reading it", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode("{}"));
        if (pulled > 3) controller.close();
      },
    });
    const req = new Request(`${APP_URL}/api/trpc/organisations.create`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: APP_URL,
        [TENANT_HEADER]: tenant.slug,
        "content-length": String(JUNK_MAX_BODY_MB * 1024 * 1024 + 1),
      },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const r = await send(req);
    expect(r.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("refuses a mutation sent as GET", async () => {
    const url = `${APP_URL}/api/trpc/organisations.create?input=${encodeURIComponent(JSON.stringify({ json: { name: "via GET" } }))}`;
    const r = await send(new Request(url, { method: "GET", headers: { [TENANT_HEADER]: tenant.slug } }));
    expect(r.status).toBe(405);
  });

  it("answers 400, not 500, to a body that is not JSON at all", async () => {
    const req = new Request(`${APP_URL}/api/trpc/organisations.create`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: APP_URL, [TENANT_HEADER]: tenant.slug },
      body: "{not json",
    });
    const r = await send(req);
    expect(r.status).toBe(400);
    expect(r.text).not.toContain("    at ");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Regression tests for inputs that once answered 500 (found by the junk test above).

describe("input PostgreSQL cannot store is refused with a 400", () => {
  const post = (path: string, input: unknown) => send(trpcRequest({ path, type: "mutation" }, input));
  const get = (path: string, input: unknown) => send(trpcRequest({ path, type: "query" }, input));

  it("nul-byte: a NUL character in a text field is a 400, not a 500", async () => {
    const answers = [
      (await post("organisations.create", { name: "a\u0000b" })).status,
      (await get("people.list", { search: "a\u0000b" })).status,
      (await get("audit.list", { action: "\u0000" })).status,
      (await post("neighbourhoods.create", { name: `n ${Date.now()}`, sectorCodes: ["\u0000"] })).status,
      (await post("tenant.updateSettings", { name: "x\u0000" })).status,
    ];
    expect(answers).toEqual([400, 400, 400, 400, 400]);
  });

  it("date-range: a date PostgreSQL cannot store is a 400, not a 500", async () => {
    const answers = [
      (await get("audit.list", { from: "-271821-04-20T00:00:00Z" })).status,
      (await post("people.addConsent", { personId: tenant.people[0].id, purpose: "x", method: "verbal", givenAt: -8.64e15 })).status,
    ];
    expect(answers).toEqual([400, 400]);
  });

  it("lone-surrogate: a lone surrogate in a list or in audited text is a 400 (or stored), not a 500", async () => {
    const answers = [
      (
        await post("people.addConsent", {
          personId: tenant.people[0].id,
          purpose: "other",
          note: "doel \ud800",
          method: "verbal",
          givenAt: new Date(),
        })
      ).status,
      (await post("neighbourhoods.create", { name: `s ${Date.now()}`, sectorCodes: ["A\ud800"] })).status,
    ];
    expect(answers.filter((s) => s >= 500)).toEqual([]);
  });

  it("retry-unknown-job: retrying an unknown job is a 404, not a 500", async () => {
    expect((await post("operator.retryJob", { id: "no-such-job" })).status).toBe(404);
  });

  it("ordinary input next to those cases still works", async () => {
    expect((await post("organisations.create", { name: "" })).status).toBe(400);
    expect((await get("audit.list", { from: "2020-01-01T00:00:00Z" })).status).toBe(200);
    const consent = { personId: tenant.people[0].id, purpose: "other", note: "doel 💥 李", method: "verbal", givenAt: new Date() };
    expect((await post("people.addConsent", consent)).status).toBe(200);
  });
});
