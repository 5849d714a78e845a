/**
 * Answering on the public site (way 1), at the API: only while the tenant switched "bevragingen.answer" on, the open
 * surveys and one survey's questions, anonymous answers (channel "public", no person), answers to questions whose
 * condition is not met ignored (the form shows every question without JavaScript), one response per idempotency key,
 * and a follow-up only with a name and a contact (a new Person with an online Consent).
 */
import { randomUUID } from "node:crypto";
import { issueFormToken } from "@zorgzaam/core";
import {
  closeAll,
  createTenant,
  enablePublicCapabilities,
  installModules,
  type MemberFixture,
  moduleCaller,
  ownerDb,
  queuedMailsTo,
  routerCaller,
  setModuleEnabled,
  type TenantFixture,
} from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bevragingenPlugin as bevragingen } from "../definition";
import { BUURTBEVRAGING, BUURTBEVRAGING_TITLE } from "./starter";

installModules([bevragingen]);
const call = moduleCaller(bevragingen);

let T: TenantFixture;
let surveyId: string;
let versionId: string;

beforeAll(async () => {
  T = await createTenant({ tag: "bv-public" });
  await setModuleEnabled(T.id, bevragingen, true);
  const api = call(T.users.regie as MemberFixture, T);
  ({ id: surveyId } = await api.surveys.create({ title: BUURTBEVRAGING_TITLE, languages: ["nl", "fr", "en"] }));
  await api.surveys.saveDraft({ surveyId, content: BUURTBEVRAGING });
  ({ versionId } = await api.surveys.publish({ surveyId }));
});

afterAll(async () => {
  await closeAll();
});

const guard = () => ({ formToken: issueFormToken(T.slug, Date.now() - 60_000), website: "" });

describe("the public survey form", () => {
  it("answers nothing while the switch is off", async () => {
    const pub = routerCaller(bevragingen.server.router, null, T.slug, { locale: "fr" });
    await expect(pub.public.open()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(pub.public.survey({ id: surveyId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("stores an anonymous public response once, ignoring answers to questions not asked", async () => {
    await enablePublicCapabilities(T.id, ["bevragingen.answer"]);
    const pub = routerCaller(bevragingen.server.router, null, T.slug, { locale: "fr" });
    expect((await pub.public.open()).map((s) => s.id)).toEqual([surveyId]);
    const s = await pub.public.survey({ id: surveyId });
    expect(s.versionId).toBe(versionId);
    expect(s.purpose).toMatch(/recontacté/);
    const area = T.neighbourhoods[0].id;
    const input = {
      surveyId,
      versionId,
      idempotencyKey: randomUUID(),
      language: "fr" as const,
      // "lonely_help" is asked only after "yes": the form showed it, the resident filled it in anyway.
      answers: { area, liking: 4, lonely: "no", lonely_help: "yes", wish: "Un banc" },
      ...guard(),
    };
    // Anonymous: no person, so no reference code.
    await expect(pub.public.submit(input)).resolves.toEqual({ received: true, duplicate: false, reference: null });
    await expect(pub.public.submit({ ...input, ...guard() })).resolves.toEqual({ received: true, duplicate: true, reference: null });
    const rows = await ownerDb().bevragingenResponse.findMany({ where: { idempotencyKey: input.idempotencyKey } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: "public", personId: null, enteredById: null, language: "fr", neighbourhoodId: area });
    expect(rows[0]?.answers).toEqual({ area, liking: 4, lonely: "no", wish: "Un banc" });
  });

  it("refuses a required question left empty, naming it in the reader's language", async () => {
    const pub = routerCaller(bevragingen.server.router, null, T.slug, { locale: "fr" });
    const e = await pub.public
      .submit({ surveyId, versionId, idempotencyKey: randomUUID(), language: "fr", answers: { liking: 3, lonely: "no" }, ...guard() })
      .catch((x: { messageIn?: (l: "fr") => string }) => x.messageIn?.("fr"));
    expect(e).toBe("« Dans quel quartier habitez-vous ? » demande une réponse.");
  });

  it("links a new person with an online consent only when she asks for follow-up and gives a contact", async () => {
    const pub = routerCaller(bevragingen.server.router, null, T.slug, { locale: "nl" });
    const base = {
      surveyId,
      versionId,
      language: "nl" as const,
      answers: { area: T.neighbourhoods[0].id, liking: 5, lonely: "yes", lonely_help: "yes" },
      followUp: true,
      name: "Fatima",
      ...guard(),
    };
    await expect(pub.public.submit({ ...base, idempotencyKey: randomUUID() })).rejects.toThrow(/e-mailadres of een telefoonnummer/);
    await expect(pub.public.submit({ ...base, name: "", email: "f@example.org", idempotencyKey: randomUUID() })).rejects.toThrow(
      /Vul je naam in/,
    );
    expect(await ownerDb().person.count({ where: { tenantId: T.id, firstName: "Fatima" } })).toBe(0);
    const key = randomUUID();
    const address = `fatima-${T.slug}@example.org`;
    const sent = await pub.public.submit({ ...base, email: address, idempotencyKey: key });
    const person = await ownerDb().person.findFirstOrThrow({ where: { tenantId: T.id, firstName: "Fatima" } });
    // Her receipt: a code on her person, and a mail in her language with it and how to ask for a copy or erasure.
    expect(sent.reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(person.publicReference).toBe(sent.reference);
    const mails = await queuedMailsTo(T.id, address);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain(sent.reference ?? "-");
    expect(mails[0]?.text).toContain("je antwoorden op");
    expect(mails[0]?.text).toMatch(/kopie van je gegevens/);
    const consents = await ownerDb().consent.findMany({ where: { personId: person.id } });
    expect(consents.map((c) => [c.purpose, c.method])).toEqual([["bevragingen.follow_up", "online"]]);
    const r = await ownerDb().bevragingenResponse.findFirstOrThrow({ where: { idempotencyKey: key } });
    expect(r).toMatchObject({ personId: person.id, channel: "public" });
    expect(r.answers).toMatchObject({ lonely_help: "yes" });
  });

  it("does not show a closed survey", async () => {
    const pub = routerCaller(bevragingen.server.router, null, T.slug, { locale: "nl" });
    const api = call(T.users.regie as MemberFixture, T);
    const { id } = await api.surveys.create({ title: { nl: "Kort" } });
    await api.surveys.saveDraft({ surveyId: id, content: BUURTBEVRAGING });
    await api.surveys.close({ surveyId: id }).catch(() => undefined);
    expect((await pub.public.open()).map((s) => s.id)).not.toContain(id);
    await expect(pub.public.survey({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
