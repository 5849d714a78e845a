/**
 * Generated junk thrown at every procedure through the real HTTP endpoint (handleTrpcRequest): never a 500, never a
 * stack trace or database internals in the response, and a clear 400 when the input is invalid. Also the endpoint's
 * CSRF rules: mutations only as JSON (415 otherwise) and only from the same origin (403 otherwise).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleTrpcRequest, TENANT_HEADER } from "../apps/web/src/server/trpc-handler";
import type { SessionUser } from "../packages/core/src/trpc/context.js";
import {
  closeAll,
  createMember,
  createTenant,
  inputKeys,
  listProcedures,
  type ProcedureInfo,
  sessionFor,
  type TenantFixture,
} from "./fixtures.js";

const APP_URL = "http://localhost:3000";
const RUNS_PER_PROCEDURE = 25;

let tenant: TenantFixture;
let session: SessionUser;
let procedures: ProcedureInfo[];

beforeAll(async () => {
  tenant = await createTenant({ tag: "junk" });
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
  const res = await handleTrpcRequest(req, async () => who, { appUrl: APP_URL });
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
  fc.constantFrom(0, -0, -1, 0.5, 1e21, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 8.64e15 + 1),
);
const scalar = fc.oneof(nastyStrings, hugeString, fc.string({ unit: "binary", maxLength: 40 }), numbers, fc.boolean(), fc.constant(null));
const { value: junkValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie("value"), { maxKeys: 5 }),
  ),
}));
/** An object nested far deeper than any real input. */
const deeplyNested = fc.integer({ min: 100, max: 2_000 }).map((depth) => {
  let v: unknown = "bottom";
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
});

/** Junk for a procedure: anything at all, or an object with the procedure's own keys holding wrong values. */
function junkFor(p: ProcedureInfo): fc.Arbitrary<unknown> {
  const keys = [...new Set(p.inputs.flatMap(inputKeys))];
  const options: fc.Arbitrary<unknown>[] = [fc.anything(), junkValue, deeplyNested, fc.array(fc.anything(), { maxLength: 10 })];
  if (keys.length) {
    const shaped = fc.record(Object.fromEntries(keys.map((k) => [k, junkValue])), { requiredKeys: [] });
    // Twice, so that most runs reach the checks on individual fields.
    options.push(shaped, shaped);
  }
  return fc.oneof(...options);
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Product bugs found by this test that are not fixed yet (reported to the lead): path -> what the 500 says. Each must
 * still reproduce, so a fix forces its removal; any other 500 fails the test.
 */
const KNOWN_500: Record<string, string> = {
  // writeAudit (packages/core/src/audit.ts) inserts with RETURNING; a platform event (tenantId NULL) fails the
  // AuditEvent SELECT policy. Fix: auditEvent.createMany.
  "me.signOutEverywhere": "signOutEverywhere always fails: platform audit event refused by RLS",
};

describe("junk input through the HTTP endpoint", () => {
  it("covers every procedure", () => {
    expect(procedures.length).toBeGreaterThan(30);
  });

  it("never answers 500, never leaks a stack trace or database internals, and rejects invalid input with a clear 400", async () => {
    const problems: string[] = [];
    const seen500 = new Set<string>();
    let requests = 0;
    let badRequests = 0;
    const rejectedBy = new Map<string, number>();
    for (const p of procedures) {
      await fc.assert(
        fc.asyncProperty(junkFor(p), async (input) => {
          const { status, text } = await send(trpcRequest(p, input));
          requests++;
          const where = `${p.path} with ${JSON.stringify(input, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v))?.slice(0, 160)}`;
          if (status >= 500) {
            if (KNOWN_500[p.path]) seen500.add(p.path);
            else problems.push(`${where}: HTTP ${status}: ${text.slice(0, 300)}`);
          }
          if (text.includes("    at ") || text.includes(".ts:")) problems.push(`${where}: stack trace in the response: ${text.slice(0, 300)}`);
          const inputText = JSON.stringify(input) ?? "";
          if (/prisma/i.test(text) && !/prisma/i.test(inputText)) problems.push(`${where}: Prisma internals in the response: ${text.slice(0, 300)}`);
          if (/invalid byte sequence|violates|syntax error|relation "/i.test(text)) problems.push(`${where}: database error in the response: ${text.slice(0, 300)}`);
          const body = JSON.parse(text) as ErrorBody;
          const err = body.error?.json;
          if (err?.data?.code === "BAD_REQUEST") {
            badRequests++;
            rejectedBy.set(p.path, (rejectedBy.get(p.path) ?? 0) + 1);
            if (status !== 400) problems.push(`${where}: BAD_REQUEST with HTTP ${status}`);
            if (typeof err.message !== "string" || err.message.trim() === "") problems.push(`${where}: BAD_REQUEST without a message`);
          }
          // Keep one failing example per procedure, not hundreds.
          return true;
        }),
        { numRuns: RUNS_PER_PROCEDURE, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
      );
    }
    expect(problems.slice(0, 30)).toEqual([]);
    expect(requests).toBe(procedures.length * RUNS_PER_PROCEDURE);
    // Every procedure with an input parser turned some junk away with a 400, so the validation was reached.
    const withInput = procedures.filter((p) => p.inputs.length > 0);
    expect(withInput.length).toBeGreaterThan(20);
    expect(withInput.filter((p) => !rejectedBy.has(p.path)).map((p) => p.path)).toEqual([]);
    expect(badRequests).toBeGreaterThan(withInput.length);
    expect(Object.keys(KNOWN_500).filter((path) => !seen500.has(path)), "known 500s that no longer happen: remove them from KNOWN_500").toEqual([]);
  }, 120_000);
});

describe("the endpoint's request rules", () => {
  const mutation = (): ProcedureInfo => {
    const p = procedures.find((x) => x.path === "organisations.create");
    if (!p || p.type !== "mutation") throw new Error("organisations.create mutation expected");
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
      const req = new Request(`${APP_URL}/api/trpc/organisations.create`, { method: "POST", headers, body: JSON.stringify({ json: { name: "CSRF" } }) });
      const r = await send(req);
      expect(r.status, String(type)).toBe(415);
      expect(r.text).not.toContain("    at ");
    }
  });

  it("answers 403 to a POST from another origin, or without an origin", async () => {
    for (const origin of ["https://evil.example", "http://localhost:3001", "null", undefined]) {
      const headers: Record<string, string> = { "content-type": "application/json", [TENANT_HEADER]: tenant.slug };
      if (origin !== undefined) headers.origin = origin;
      const req = new Request(`${APP_URL}/api/trpc/organisations.create`, { method: "POST", headers, body: JSON.stringify({ json: { name: "CSRF" } }) });
      const r = await send(req);
      expect(r.status, String(origin)).toBe(403);
    }
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
