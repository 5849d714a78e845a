/**
 * ADR 0037: through the real HTTP endpoint (handleTrpcRequest) with the session as the route handler gives it (the id
 * its cookie names, not yet checked), a tenant procedure checks the session row in its transaction's first statement
 * and every other procedure checks it before it runs. Revocation, idle and absolute expiry take effect on the very next
 * request, as with validateSession; activity is recorded (and an idle session revoked) even when the request fails.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleTrpcRequest, TENANT_HEADER } from "../apps/web/src/server/trpc-handler";
import { createSession, IDLE_MS, revokeSession, validateSession } from "../packages/core/src/auth/sessions";
import { createContext } from "../packages/core/src/trpc/context";
import { createCallerFactory } from "../packages/core/src/trpc/init";
import { appRouter, closeAll, createTenant, ownerDb, type TenantFixture } from "./fixtures";

const APP_URL = "http://localhost:3000";

let tenant: TenantFixture;

beforeAll(async () => {
  tenant = await createTenant({ tag: "session-tx" });
});

afterAll(async () => {
  await closeAll();
});

interface Answer {
  status: number;
  appCode?: string;
  data?: unknown;
}

/** GET (queries, a batch when several paths) as a browser with a session cookie naming `sessionId`. */
async function query(
  sessionId: string | null,
  paths: string[],
  inputs: unknown[] = [],
  slug: string | null = tenant.slug,
): Promise<Answer[]> {
  const batch = paths.length > 1;
  const input = batch ? Object.fromEntries(paths.map((_, i) => [i, { json: inputs[i] ?? null }])) : { json: inputs[0] ?? null };
  const url = `${APP_URL}/api/trpc/${paths.join(",")}?${batch ? "batch=1&" : ""}input=${encodeURIComponent(JSON.stringify(input))}`;
  const req = new Request(url, { headers: slug ? { [TENANT_HEADER]: slug } : {} });
  const res = await handleTrpcRequest(req, { sessionId: async () => sessionId }, { appUrl: APP_URL, router: appRouter });
  type One = { result?: { data?: { json?: unknown } }; error?: { json?: { data?: { appCode?: string; httpStatus?: number } } } };
  const body = (await res.json()) as One | One[];
  return (Array.isArray(body) ? body : [body]).map((b) => ({
    status: b.error?.json?.data?.httpStatus ?? res.status,
    appCode: b.error?.json?.data?.appCode,
    data: b.result?.data?.json,
  }));
}

const row = (id: string) => ownerDb().authSession.findUniqueOrThrow({ where: { id }, select: { lastSeenAt: true, revokedAt: true } });
const setRow = (id: string, data: { lastSeenAt?: Date; expiresAt?: Date }) => ownerDb().authSession.update({ where: { id }, data });

const LIST = "people.list";
const listInput = { page: 1, pageSize: 5 };

describe("a session checked in the tenant transaction (HTTP endpoint)", () => {
  it("a live session reads; a revoked one is refused on its very next request, tenant procedure or not", async () => {
    const s = await createSession({ userId: tenant.users.admin.id, method: "email" });
    const [list] = await query(s.id, [LIST], [listInput]);
    expect(list?.status).toBe(200);
    expect((list?.data as { items: unknown[] } | undefined)?.items.length).toBeGreaterThan(0);
    const [me] = await query(s.id, ["me.profile"]);
    expect(me?.status).toBe(200);
    await revokeSession(s.id);
    expect(await query(s.id, [LIST], [listInput])).toMatchObject([{ status: 401, appCode: "auth.signInRequired" }]);
    expect(await query(s.id, ["me.profile"])).toMatchObject([{ status: 401, appCode: "auth.signInRequired" }]);
  });

  it("no cookie, an unknown or malformed session id: signed out", async () => {
    for (const id of [null, randomUUID(), "not-a-uuid"]) {
      expect(await query(id, [LIST], [listInput])).toMatchObject([{ status: 401, appCode: "auth.signInRequired" }]);
      expect(await query(id, ["me.profile"])).toMatchObject([{ status: 401, appCode: "auth.signInRequired" }]);
    }
  });

  it("without a tenant: signed out before not found, as with a checked session", async () => {
    const s = await createSession({ userId: tenant.users.admin.id, method: "email" });
    expect(await query(s.id, [LIST], [listInput], null)).toMatchObject([{ status: 404, appCode: "tenant.notFound" }]);
    expect(await query(s.id, [LIST], [listInput], "no-such-tenant")).toMatchObject([{ status: 404, appCode: "tenant.notFound" }]);
    await revokeSession(s.id);
    expect(await query(s.id, [LIST], [listInput], null)).toMatchObject([{ status: 401, appCode: "auth.signInRequired" }]);
    expect(await query(s.id, [LIST], [listInput], "no-such-tenant")).toMatchObject([{ status: 401, appCode: "auth.signInRequired" }]);
  });

  it("past its absolute lifetime: refused", async () => {
    const s = await createSession({ userId: tenant.users.admin.id, method: "email" });
    await setRow(s.id, { expiresAt: new Date(Date.now() - 1000) });
    expect(await query(s.id, [LIST], [listInput])).toMatchObject([{ status: 401, appCode: "auth.signInRequired" }]);
  });

  it("idle for longer than 30 minutes: refused, and revoked in the database although the request failed", async () => {
    const s = await createSession({ userId: tenant.users.admin.id, method: "email" });
    const lastSeenAt = new Date(Date.now() - IDLE_MS - 60_000);
    await setRow(s.id, { lastSeenAt });
    expect(await query(s.id, [LIST], [listInput])).toMatchObject([{ status: 401, appCode: "auth.signInRequired" }]);
    const after = await row(s.id);
    expect(after.lastSeenAt).toEqual(lastSeenAt);
    expect(after.revokedAt).not.toBeNull();
  });

  it("records activity once a minute, also when the procedure fails (its transaction rolled back)", async () => {
    const s = await createSession({ userId: tenant.users.admin.id, method: "email" });
    const old = new Date(Date.now() - 5 * 60_000);
    await setRow(s.id, { lastSeenAt: old });
    // people.get of a person that does not exist: 404, the transaction rolls back; the activity still counts.
    expect(await query(s.id, ["people.get"], [{ id: randomUUID() }])).toMatchObject([{ status: 404, appCode: "people.notFound" }]);
    const touched = (await row(s.id)).lastSeenAt;
    expect(touched.getTime()).toBeGreaterThan(old.getTime());
    expect((await row(s.id)).revokedAt).toBeNull();
    // Within the minute: no write.
    expect((await query(s.id, [LIST], [listInput]))[0]?.status).toBe(200);
    expect((await row(s.id)).lastSeenAt).toEqual(touched);
  });

  it("the session's sign-in method comes from its row (a tenant that refuses password sessions)", async () => {
    const s = await createSession({ userId: tenant.users.admin.id, method: "password" });
    expect((await query(s.id, [LIST], [listInput]))[0]?.status).toBe(200);
    await ownerDb().tenant.update({ where: { id: tenant.id }, data: { allowPassword: false } });
    try {
      expect(await query(s.id, [LIST], [listInput])).toMatchObject([{ status: 403, appCode: "auth.emailLinkRequired" }]);
    } finally {
      await ownerDb().tenant.update({ where: { id: tenant.id }, data: { allowPassword: true } });
    }
  });

  it("a batch of tenant and other procedures: each sees the same session; a member of no tenant is refused", async () => {
    const s = await createSession({ userId: tenant.users.field_worker.id, method: "email" });
    const [list, me] = await query(s.id, [LIST, "me.profile"], [listInput, null]);
    expect(list?.status).toBe(200);
    expect(me?.status).toBe(200);
    const stranger = await ownerDb().user.create({ data: { email: `stranger-${randomUUID()}@test.demo` } });
    const t = await createSession({ userId: stranger.id, method: "email" });
    expect(await query(t.id, [LIST], [listInput])).toMatchObject([{ status: 404, appCode: "tenant.notFound" }]);
  });

  it("a tenant procedure does not check the session a second time before its transaction; other procedures do, once", async () => {
    const s = await createSession({ userId: tenant.users.admin.id, method: "email" });
    let checks = 0;
    const pendingSession = {
      id: s.id,
      check: async () => {
        checks++;
        const r = await validateSession(s.id);
        return r.ok ? r.user : null;
      },
    };
    const caller = createCallerFactory(appRouter)(createContext({ session: null, pendingSession, tenantSlug: tenant.slug }));
    const list = (await caller.people.list(listInput)) as { items: unknown[] };
    expect(list.items.length).toBeGreaterThan(0);
    expect(checks).toBe(0);
    await caller.me.profile();
    expect(checks).toBe(1);
  });
});
