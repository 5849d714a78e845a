/**
 * Errors as codes, words from catalogs, through the real HTTP endpoint (handleTrpcRequest): a NOT_FOUND and a
 * BAD_REQUEST from core and from a module come back in French for the French locale cookie (English for
 * Accept-Language: en, Dutch without either), with the declared code and its parameters in `data`.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleTrpcRequest, TENANT_HEADER } from "../apps/web/src/server/trpc-handler";
import type { SessionUser } from "../packages/core/src/trpc/context";
import { appRouter, closeAll, createTenant, enableAllModules, sessionFor, setModulesEnabled, type TenantFixture } from "./fixtures";

const APP_URL = "http://localhost:3000";

let tenant: TenantFixture;
let session: SessionUser;

beforeAll(async () => {
  tenant = await createTenant({ tag: "error-codes" });
  await enableAllModules(tenant.id, ["partners"]);
  session = sessionFor(tenant.users.admin);
});

afterAll(async () => {
  await closeAll();
});

interface ErrorBody {
  result?: { data?: { json?: { id?: string } } };
  error?: {
    json?: {
      message?: string;
      data?: { code?: string; appCode?: string; params?: Record<string, unknown>; fields?: Record<string, string> };
    };
  };
}

async function mutate(path: string, input: unknown, headers: Record<string, string> = {}) {
  const req = new Request(`${APP_URL}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: APP_URL, [TENANT_HEADER]: tenant.slug, ...headers },
    body: JSON.stringify({ json: input }),
  });
  const res = await handleTrpcRequest(req, async () => session, { appUrl: APP_URL, router: appRouter });
  const body = (await res.json()) as ErrorBody;
  const data = body.error?.json;
  return {
    status: res.status,
    id: body.result?.data?.json?.id,
    message: data?.message ?? "",
    code: data?.data?.code,
    appCode: data?.data?.appCode,
    params: data?.data?.params,
    fields: data?.data?.fields ?? {},
  };
}

const FR = { cookie: "NEXT_LOCALE=fr" };

describe("a failure from core, through the HTTP endpoint", () => {
  it("NOT_FOUND: in French with the French cookie, in English for Accept-Language en, in Dutch without either", async () => {
    const input = { id: randomUUID(), firstName: "Nergens" };
    const fr = await mutate("people.update", input, FR);
    expect(fr).toMatchObject({ status: 404, code: "NOT_FOUND", appCode: "people.notFound", message: "Cette personne n'existe pas." });
    expect((await mutate("people.update", input, { "accept-language": "en-GB,en;q=0.9" })).message).toBe("This person does not exist.");
    expect((await mutate("people.update", input)).message).toBe("Deze persoon bestaat niet.");
  });

  it("BAD_REQUEST: in French, with its code", async () => {
    const label = { nl: `Buurtfeest ${Date.now()}`, fr: "Fête de quartier", en: "Street party" };
    expect((await mutate("consentPurposes.add", { label })).status).toBe(200);
    const again = await mutate("consentPurposes.add", { label }, FR);
    expect(again).toMatchObject({ status: 400, code: "BAD_REQUEST", appCode: "consentPurpose.exists" });
    expect(again.message).toBe("Cette finalité figure déjà dans la liste.");
    // A code declared about one input field is also reported under that field, so the form shows it there.
    expect(again.fields).toEqual({ label: "Cette finalité figure déjà dans la liste." });
  });

  it("a code about one field (a field worker's person without a neighbourhood) is reported under that field", async () => {
    const own = session;
    session = sessionFor(tenant.users.field_worker);
    const r = await mutate("people.create", { firstName: "Zonder buurt", neighbourhoodId: null });
    session = own;
    expect(r).toMatchObject({ status: 400, appCode: "people.neighbourhoodRequired" });
    expect(Object.keys(r.fields)).toEqual(["neighbourhoodId"]);
    expect(r.fields.neighbourhoodId).toBe(r.message);
  });

  it("a schema's own message (a code of core's catalog) in French, per field", async () => {
    const r = await mutate("consentPurposes.add", { label: { nl: " ", fr: "x", en: "x" } }, FR);
    expect(r.status).toBe(400);
    expect(r.fields["label.nl"]).toBe("Indiquez une description");
    expect((await mutate("consentPurposes.add", { label: { nl: " ", fr: "x", en: "x" } })).fields["label.nl"]).toBe(
      "Vul een omschrijving in",
    );
  });
});

describe("a failure from a module, through the HTTP endpoint", () => {
  // Partners' actors are managed by regie.
  beforeAll(() => {
    session = sessionFor(tenant.users.regie);
  });

  it("NOT_FOUND: in French, from the module's own catalog", async () => {
    const r = await mutate("partners.actors.update", { id: randomUUID(), version: 1, name: "Niemand" }, FR);
    expect(r).toMatchObject({ status: 404, code: "NOT_FOUND", appCode: "partners.actor.notFound" });
    expect(r.message).toBe("Cet acteur n'existe pas (ou n'est pas partagé avec votre organisation).");
  });

  it("BAD_REQUEST with a parameter: in French and in English, the parameter in data", async () => {
    const input = { name: "Sterrenwacht", kind: "service", sectorKeys: ["astrologie"] };
    const fr = await mutate("partners.actors.create", input, FR);
    expect(fr).toMatchObject({ status: 400, code: "BAD_REQUEST", appCode: "partners.sector.unknown", params: { key: "astrologie" } });
    expect(fr.message).toBe("Ce secteur n'existe pas. Choisissez un secteur dans la liste. (astrologie)");
    expect(fr.fields).toEqual({ sectorKeys: fr.message });
    expect((await mutate("partners.actors.create", input, { "accept-language": "en" })).message).toBe(
      "This sector does not exist. Choose a sector from the list. (astrologie)",
    );
    expect((await mutate("partners.actors.create", input)).message).toBe(
      "Deze sector bestaat niet. Kies een sector uit de lijst. (astrologie)",
    );
  });

  it("a key figure's person without consent: the refusal is about the form's consent field, not 'record it elsewhere'", async () => {
    const person = await mutate("people.create", { firstName: "Yasmina", neighbourhoodId: null });
    expect(person.status).toBe(200);
    const r = await mutate("partners.actors.create", { name: "Kapster", kind: "key_figure", personId: person.id, consentMethod: null });
    expect(r).toMatchObject({ status: 400, appCode: "partners.person.noConsent" });
    expect(Object.keys(r.fields)).toEqual(["consentMethod"]);
    expect(r.fields.consentMethod).toContain("Kies bij 'Toestemming'");
    expect(r.message).not.toContain("Registreer eerst de toestemming bij de persoon");
  });

  it("a module switched off answers in French too (core's gate for modules)", async () => {
    await setModulesEnabled(tenant.id, ["partners"], false);
    const r = await mutate("partners.actors.create", { name: "x", kind: "service" }, FR);
    await setModulesEnabled(tenant.id, ["partners"], true);
    expect(r).toMatchObject({ status: 404, appCode: "module.disabled", message: "Ce module n'est pas activé dans cet espace." });
  });
});
