/**
 * Limits are stated, never enforced by cutting, and validation messages come from core's catalogs in the caller's
 * language: through the real HTTP endpoint (handleTrpcRequest), a text one character over its limit is refused with
 * a message that names the limit, in the language of the locale cookie or Accept-Language, and nothing is saved.
 */
import { LIMITS } from "@zorgzaam/core/limits";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleTrpcRequest, TENANT_HEADER } from "../apps/web/src/server/trpc-handler";
import { REFLECTIE_LIMITS } from "../packages/plugins/reflectie/src/limits";
import type { SessionUser } from "../packages/core/src/trpc/context";
import { appRouter, callerFor, closeAll, createTenant, enableAllModules, ownerDb, sessionFor, type TenantFixture } from "./fixtures";

const APP_URL = "http://localhost:3000";

let tenant: TenantFixture;
let session: SessionUser;
let item: { id: string; version: number };

beforeAll(async () => {
  tenant = await createTenant({ tag: "limits" });
  await enableAllModules(tenant.id, ["reflectie"]);
  session = sessionFor(tenant.users.regie);
  const api = callerFor(session, tenant.slug);
  const themes = await api.reflectie.themes.list();
  const s = await api.reflectie.sessions.create({
    title: "Grenzen",
    date: new Date(),
    themeIds: themes.slice(0, 1).map((t) => t.id),
    participantUserIds: [],
    guestNames: [],
  });
  item = await api.reflectie.fan.draw({ sessionId: s.id, locale: "nl", start: true });
});

afterAll(async () => {
  await closeAll();
});

interface ErrorBody {
  error?: { json?: { message?: string; data?: { code?: string; fields?: Record<string, string> } } };
}

async function mutate(path: string, input: unknown, headers: Record<string, string> = {}) {
  const req = new Request(`${APP_URL}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: APP_URL, [TENANT_HEADER]: tenant.slug, ...headers },
    body: JSON.stringify({ json: input }),
  });
  const res = await handleTrpcRequest(req, async () => session, { appUrl: APP_URL, router: appRouter });
  const body = (await res.json()) as ErrorBody;
  return {
    status: res.status,
    message: body.error?.json?.message ?? "",
    code: body.error?.json?.data?.code,
    fields: body.error?.json?.data?.fields ?? {},
  };
}

async function storedItem() {
  return ownerDb().reflectieItem.findUniqueOrThrow({ where: { id: item.id }, select: { answer: true, version: true } });
}

describe("a text over its limit, through the HTTP endpoint", () => {
  const tooLong = "x".repeat(REFLECTIE_LIMITS.answer + 1);

  it("is refused in French for the French locale cookie, naming the limit, and nothing is saved", async () => {
    expect(tooLong).toHaveLength(20_001);
    const before = await storedItem();
    const r = await mutate(
      "reflectie.items.update",
      { id: item.id, version: before.version, answer: tooLong },
      { cookie: "NEXT_LOCALE=fr" },
    );
    expect(r.status).toBe(400);
    expect(r.code).toBe("BAD_REQUEST");
    expect(r.fields.answer).toMatch(/^20\s000 caractères maximum$/u);
    expect(r.message).toMatch(/^Saisie non valable : 20\s000 caractères maximum$/u);
    expect(await storedItem()).toEqual(before);
  });

  it("follows Accept-Language without a cookie, and the cookie before Accept-Language", async () => {
    const { version } = await storedItem();
    const input = { id: item.id, version, answer: tooLong };
    expect((await mutate("reflectie.items.update", input, { "accept-language": "fr-BE,fr;q=0.9,nl;q=0.8" })).fields.answer).toMatch(
      /^20\s000 caractères maximum$/u,
    );
    expect((await mutate("reflectie.items.update", input, { cookie: "NEXT_LOCALE=en", "accept-language": "fr" })).fields.answer).toBe(
      "At most 20,000 characters",
    );
    expect((await mutate("reflectie.items.update", input)).fields.answer).toBe("Maximaal 20.000 tekens");
    expect((await storedItem()).answer).toBe("");
  });

  it("accepts a text of exactly the limit, whole (control)", async () => {
    const { version } = await storedItem();
    const r = await mutate("reflectie.items.update", { id: item.id, version, answer: "y".repeat(REFLECTIE_LIMITS.answer) });
    expect(r.status).toBe(200);
    expect((await storedItem()).answer).toHaveLength(20_000);
  });

  it("refuses a person's notes over 10,000 characters and creates no one", async () => {
    const firstName = `Limiet ${Date.now()}`;
    const r = await mutate("people.create", { firstName, notes: "n".repeat(LIMITS.notes + 1) }, { "accept-language": "en" });
    expect(r.status).toBe(400);
    expect(r.fields.notes).toBe("At most 10,000 characters");
    expect(await ownerDb().person.count({ where: { tenantId: tenant.id, firstName } })).toBe(0);
  });

  it("gives a schema's own Dutch message in Dutch, and the catalog's for French", async () => {
    const nl = await mutate("people.create", { firstName: " " });
    const fr = await mutate("people.create", { firstName: " " }, { cookie: "NEXT_LOCALE=fr" });
    expect(nl.fields.firstName).toBe("Vul een voornaam in");
    expect(fr.fields.firstName).toBe("Veuillez remplir ce champ");
  });
});
