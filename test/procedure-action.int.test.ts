/**
 * ADR 0041: module forms call procedures through one Server Action. Its core (callProcedureWith, with the request's
 * headers instead of Next's headers()) against the real database and the test platform's router: the same results and
 * the same error shapes as the tRPC HTTP endpoint (handleTrpcRequest), every middleware run (permission, tenant,
 * session), a procedure only at its path with its type, and the API's body limit with its words.
 */
import { randomUUID } from "node:crypto";
import superjson, { type SuperJSONResult } from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callProcedureWith, type ProcedureResult } from "../apps/web/src/server/procedure-call";
import type { SessionSource } from "../apps/web/src/server/request-context";
import { handleTrpcRequest, TENANT_HEADER } from "../apps/web/src/server/trpc-handler";
import type { SessionUser } from "../packages/core/src/trpc/context";
import { appRouter, closeAll, createTenant, enableAllModules, sessionFor, type TenantFixture } from "./fixtures";

const APP_URL = "http://localhost:3000";
const FR = { cookie: "NEXT_LOCALE=fr" };

let tenant: TenantFixture;
let other: TenantFixture;
let admin: SessionUser;

beforeAll(async () => {
  tenant = await createTenant({ tag: "procedure-action" });
  other = await createTenant({ tag: "procedure-action-other" });
  await enableAllModules(tenant.id, ["partners"]);
  admin = sessionFor(tenant.users.admin);
});

afterAll(async () => {
  await closeAll();
});

interface Call {
  path: string;
  type: "query" | "mutation";
  input?: unknown;
  as?: SessionUser | null;
  slug?: string | null;
  headers?: Record<string, string>;
  maxBodyMb?: number;
  source?: SessionSource;
}

/** Through the action's core, as the action calls it (the request's headers, the router, the body limit). */
function action(c: Call): Promise<ProcedureResult> {
  const who = c.as === undefined ? admin : c.as;
  return callProcedureWith(
    new Headers({ origin: APP_URL, ...c.headers }),
    c.source ?? (async () => who),
    { tenant: c.slug === undefined ? tenant.slug : c.slug, path: c.path, type: c.type, input: c.input },
    { router: appRouter, maxBodyMb: c.maxBodyMb ?? 2 },
  );
}

/** Through the HTTP endpoint, as tRPC's browser client calls it; the answer deserialised as that client does. */
async function http(c: Call): Promise<ProcedureResult> {
  const who = c.as === undefined ? admin : c.as;
  const slug = c.slug === undefined ? tenant.slug : c.slug;
  const head: Record<string, string> = { origin: APP_URL, ...(slug ? { [TENANT_HEADER]: slug } : {}), ...c.headers };
  const encoded = superjson.serialize(c.input);
  const req =
    c.type === "query"
      ? new Request(`${APP_URL}/api/trpc/${c.path}?input=${encodeURIComponent(JSON.stringify(encoded))}`, { headers: head })
      : new Request(`${APP_URL}/api/trpc/${c.path}`, {
          method: "POST",
          headers: { ...head, "content-type": "application/json" },
          body: JSON.stringify(encoded),
        });
  const res = await handleTrpcRequest(req, c.source ?? (async () => who), { appUrl: APP_URL, router: appRouter, maxBodyMb: c.maxBodyMb });
  const body = (await res.json()) as { result?: { data: SuperJSONResult }; error?: SuperJSONResult };
  if (body.error) return { ok: false, error: superjson.deserialize(body.error) as never };
  return { ok: true, data: superjson.deserialize(body.result?.data as SuperJSONResult) };
}

function failure(r: ProcedureResult) {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.data)}`);
  return r.error;
}

describe("the procedure action (ADR 0041)", () => {
  it("a query answers what the HTTP endpoint answers, dates as dates", async () => {
    const c: Call = { path: "people.list", type: "query", input: { page: 1, pageSize: 5 } };
    const viaAction = await action(c);
    expect(viaAction.ok).toBe(true);
    expect(viaAction).toEqual(await http(c));
    const p = await action({ path: "people.get", type: "query", input: { id: tenant.people[0].id } });
    expect(p.ok && (p.data as { createdAt: unknown }).createdAt).toBeInstanceOf(Date);
  });

  it("a mutation changes the data, in the tenant", async () => {
    const label = { nl: `Actie ${randomUUID().slice(0, 8)}`, fr: "Action", en: "Action" };
    const added = await action({ path: "consentPurposes.add", type: "mutation", input: { label } });
    expect(added.ok).toBe(true);
    const list = await action({ path: "consentPurposes.list", type: "query" });
    expect(JSON.stringify(list.ok && list.data)).toContain(label.nl);
  });

  it("a validation error: localised fields in French, the very shape of the HTTP endpoint's", async () => {
    const c: Call = { path: "consentPurposes.add", type: "mutation", input: { label: { nl: " ", fr: "x", en: "x" } }, headers: FR };
    const e = failure(await action(c));
    expect(e.data).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400, fields: { "label.nl": "Indiquez une description" } });
    expect(e.message).toContain("Indiquez une description");
    expect(e).toEqual(failure(await http(c)));
  });

  it("a module's declared error code with its parameters, in French", async () => {
    const c: Call = {
      path: "partners.actors.create",
      type: "mutation",
      input: { name: "Sterrenwacht", kind: "service", sectorKeys: ["astrologie"] },
      as: sessionFor(tenant.users.regie),
      headers: FR,
    };
    const e = failure(await action(c));
    expect(e.data).toMatchObject({ code: "BAD_REQUEST", appCode: "partners.sector.unknown", params: { key: "astrologie" } });
    expect(e.message).toBe("Ce secteur n'existe pas. Choisissez un secteur dans la liste. (astrologie)");
    expect(e).toEqual(failure(await http(c)));
  });

  it("a permission the member lacks is refused (the procedure's middlewares ran)", async () => {
    const c: Call = {
      path: "consentPurposes.add",
      type: "mutation",
      input: { label: { nl: "Niet van mij", fr: "x", en: "x" } },
      as: sessionFor(tenant.users.field_worker),
    };
    const e = failure(await action(c));
    expect(e.data).toMatchObject({ code: "FORBIDDEN", httpStatus: 403 });
    expect(e).toEqual(failure(await http(c)));
  });

  it("a query called as a mutation, a mutation as a query, an unknown path: not found", async () => {
    for (const c of [
      { path: "people.list", type: "mutation", input: { page: 1, pageSize: 5 } },
      { path: "consentPurposes.add", type: "query", input: { label: { nl: "Niet", fr: "x", en: "x" } } },
      { path: "people.nothingHere", type: "query" },
      { path: "partners", type: "query" },
      { path: "people.list", type: "subscription" as "query" },
    ] satisfies Call[]) {
      expect(failure(await action(c)).data).toMatchObject({ code: "NOT_FOUND", httpStatus: 404 });
    }
    const list = await action({ path: "consentPurposes.list", type: "query" });
    expect(JSON.stringify(list.ok && list.data)).not.toContain("Niet");
  });

  it("signed out (no session cookie, an unknown session): refused", async () => {
    for (const source of [{ sessionId: async () => null }, { sessionId: async () => randomUUID() }] satisfies SessionSource[]) {
      const e = failure(await action({ path: "people.list", type: "query", input: { page: 1, pageSize: 5 }, source }));
      expect(e.data).toMatchObject({ code: "UNAUTHORIZED", appCode: "auth.signInRequired" });
    }
  });

  it("another tenant's data is not reachable: not by its id, not by its slug", async () => {
    const foreign = await action({ path: "people.get", type: "query", input: { id: other.people[0].id } });
    expect(failure(foreign).data).toMatchObject({ code: "NOT_FOUND" });
    const slug = await action({ path: "people.list", type: "query", input: { page: 1, pageSize: 5 }, slug: other.slug });
    expect(failure(slug).data).toMatchObject({ code: "NOT_FOUND", appCode: "tenant.notFound" });
    const bad = await action({ path: "people.list", type: "query", input: { page: 1, pageSize: 5 }, slug: "../x" });
    expect(failure(bad).data).toMatchObject({ code: "NOT_FOUND" });
  });

  it("an input over the body limit is refused with the limit named, in French, as over HTTP", async () => {
    const c: Call = {
      path: "consentPurposes.add",
      type: "mutation",
      input: { label: { nl: "x".repeat(1_100_000), fr: "x", en: "x" } },
      headers: FR,
      maxBodyMb: 1,
    };
    const e = failure(await action(c));
    expect(e).toEqual({
      message: "La demande est trop volumineuse : 1 Mo au maximum. Envoyez moins à la fois.",
      code: -32_013,
      data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413, params: { maxMb: 1 } },
    });
    expect(e).toEqual(failure(await http(c)));
  });
});
