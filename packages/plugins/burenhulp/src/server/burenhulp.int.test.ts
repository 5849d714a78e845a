/**
 * Burenhulp's flow at the API, with the test kit: a request and offers on people, the proposed helpers with their
 * reasons (hard filters hold), the match's steps, the helper's own limit, a heavy request that is never matched but
 * referred (a Partners service when Partners is on, else a name), a field worker outside the neighbourhood, retention.
 */
import { manifest as partnersManifest } from "@zorgzaam/plugin-partners/manifest";
import { server as partnersServer } from "@zorgzaam/plugin-partners/server";
import { coreRouter, issueFormToken } from "@zorgzaam/core";
import sharp from "sharp";
import {
  closeAll,
  enablePublicCapabilities,
  createMember,
  createTenant,
  installModules,
  type MemberFixture,
  moduleCaller,
  ownerDb,
  queuedMailsTo,
  routerCaller,
  sessionFor,
  setModuleEnabled,
  type TenantFixture,
} from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { burenhulpPlugin as burenhulp } from "../definition";
import { remindStalledReferrals } from "./jobs/referrals";
import { anonymiseClosed } from "./jobs/retention";

// Partners through its two entries another module may use (manifest, server); its words are not needed here.
const partnersPlugin = { manifest: partnersManifest, server: partnersServer, messages: { nl: {}, fr: {}, en: {} } };
installModules([partnersPlugin, burenhulp]);
const call = moduleCaller(burenhulp);

let T: TenantFixture;
let regie: MemberFixture;
let asker: string;
let helper: string;
let other: string;
let shopping: string;

async function person(firstName: string, neighbourhoodId: string | null) {
  return (
    await ownerDb().person.create({
      data: { tenantId: T.id, firstName, lastName: "Buur", neighbourhoodId, languages: [] },
      select: { id: true },
    })
  ).id;
}

beforeAll(async () => {
  T = await createTenant({ tag: "bh-flow" });
  await setModuleEnabled(T.id, burenhulp, true);
  regie = T.users.regie as MemberFixture;
  const area = T.neighbourhoods[0].id;
  [asker, helper, other] = [await person("Fatima", area), await person("Ann", area), await person("Joris", area)];
  const kinds = await call(regie, T).kinds.list();
  expect(kinds.filter((k) => k.active)).toHaveLength(12);
  shopping = kinds.find((k) => k.key === "shopping")?.id ?? "";
});

afterAll(async () => {
  await closeAll();
});

describe("the kinds of help", () => {
  it("start as the 12 Burenbox kinds in the card's order, each with a network function, and the 7 extra kinds switched off", async () => {
    const kinds = await call(regie, T).kinds.list();
    expect(kinds.filter((k) => k.active).map((k) => k.key)).toEqual([
      "shopping",
      "bins",
      "plants",
      "garden",
      "dog",
      "forms",
      "homework",
      "street_party",
      "driving",
      "babysitting",
      "together",
      "other",
    ]);
    expect(kinds.filter((k) => !k.active).map((k) => k.key)).toEqual([
      "keys_mail",
      "school_run",
      "pets",
      "hedge",
      "transport",
      "listening",
      "company",
    ]);
    expect(new Set(kinds.map((k) => k.function))).toEqual(new Set(["material", "affective", "informative", "connecting"]));
    // A tenant switches an extra kind on; it can then be asked for.
    const company = kinds.find((k) => k.key === "company");
    await call(regie, T).kinds.update({ id: company?.id ?? "", active: true });
    const { id } = await call(regie, T).requests.create({ personId: other, kindId: company?.id ?? "", channel: "card" });
    expect((await call(regie, T).requests.get({ id })).kind?.key).toBe("company");
    await call(regie, T).kinds.update({ id: company?.id ?? "", active: false });
  });
});

describe("a small request, matched by a person", () => {
  it("proposes only the helper who passes every hard filter, with reasons in the reader's language", async () => {
    const api = call(regie, T);
    const street = { neighbourhoodId: T.neighbourhoods[0].id, street: "Kerkstraat" };
    await api.offers.create({ personId: helper, kindId: shopping, languages: ["nl", "ar"], weekdays: [3, 5], ...street });
    await api.offers.create({ personId: other, kindId: shopping, languages: ["nl"], ...street });
    await api.offers.create({ personId: asker, kindId: shopping, languages: ["ar"], ...street });
    const { id } = await api.requests.create({
      personId: asker,
      kindId: shopping,
      channel: "field_worker",
      whenKind: "recurring",
      weekdays: [3],
      languages: ["ar"],
      ...street,
    });
    const candidates = await api.matches.candidates({ requestId: id });
    expect(candidates.map((c) => c.personId)).toEqual([helper]);
    expect(candidates[0]?.explanation).toBe("in dezelfde straat, kan op 1 van de dagen, spreekt Arabisch, nog geen hulp deze maand");
    const fr = await call(regie, T, { locale: "fr" }).matches.candidates({ requestId: id });
    expect(fr[0]?.explanation).toContain("parle arabe");

    // Both sides of one person: who asks and offers gets no prompt; who only asks gets the gentle one.
    await expect(api.requests.forPerson({ personId: asker })).resolves.toMatchObject({ askWhatTheyOffer: false });
    const mia = await person("Mia", T.neighbourhoods[0].id);
    await api.requests.create({ personId: mia, kindId: shopping, channel: "public_form" });
    await expect(api.requests.forPerson({ personId: mia })).resolves.toMatchObject({ askWhatTheyOffer: true });

    // The steps: proposed -> contacted -> confirmed (request matched) -> done (request closed); no step back.
    const match = await api.matches.create({ requestId: id, offerId: candidates[0]?.offerId ?? "" });
    await expect(api.matches.create({ requestId: id, offerId: candidates[0]?.offerId ?? "" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await api.matches.setStatus({ id: match.id, status: "contacted" });
    await api.matches.setStatus({ id: match.id, status: "confirmed" });
    expect((await api.requests.get({ id })).status).toBe("matched");
    await api.matches.setStatus({ id: match.id, status: "done" });
    const closed = await api.requests.get({ id });
    expect(closed.status).toBe("closed");
    expect(closed.closedAt).not.toBeNull();
    await expect(api.matches.setStatus({ id: match.id, status: "proposed" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("respects the helper's own limit, and a helper may decline without a reason", async () => {
    const api = call(regie, T);
    await api.helpers.setLimit({ personId: helper, maxPerMonth: 1 });
    const { id } = await api.requests.create({
      personId: asker,
      kindId: shopping,
      channel: "card",
      neighbourhoodId: T.neighbourhoods[0].id,
    });
    const candidates = await api.matches.candidates({ requestId: id });
    expect(candidates.map((c) => c.personId)).toEqual([other]);
    const offer = (await api.offers.list({ kindId: shopping })).items.find((o) => o.person.id === helper);
    await expect(api.matches.create({ requestId: id, offerId: offer?.id ?? "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const m = await api.matches.create({ requestId: id, offerId: candidates[0]?.offerId ?? "" });
    await api.matches.setStatus({ id: m.id, status: "cancelled", declined: true });
    const r = await api.requests.get({ id });
    expect(r.matches[0]).toMatchObject({ status: "cancelled", declined: true });
    const load = await api.helpers.load();
    expect(load.find((h) => h.personId === helper)).toMatchObject({ thisMonth: 1, max: 1, atLimit: true });
  });
});

describe("a heavy request", () => {
  it("is never offered to neighbours, and is referred with its status and outcome tracked", async () => {
    const api = call(regie, T);
    const { id } = await api.requests.create({
      personId: asker,
      kindId: shopping,
      channel: "referral",
      notes: "Schimmel in de kinderkamer",
      referrerOrganisationId: T.organisations[1].id,
    });
    expect((await api.requests.get({ id })).suggestedSignals).toEqual(["housing"]);
    await expect(api.referrals.create({ requestId: id, serviceName: "Woonwinkel" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await api.requests.update({ id, weight: "heavy", signals: ["housing"] });
    await expect(api.matches.candidates({ requestId: id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Partners off: no services to choose from; a name is typed in.
    expect(await api.referrals.services()).toEqual([]);
    await expect(api.referrals.create({ requestId: id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const ref = await api.referrals.create({ requestId: id, serviceName: "Woonwinkel van de gemeente" });
    expect((await api.requests.get({ id })).status).toBe("referred");
    await expect(api.referrals.update({ id: ref.id, outcome: "helped" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await api.referrals.update({ id: ref.id, status: "done", outcome: "helped" });
    expect((await api.requests.get({ id })).referrals[0]).toMatchObject({ status: "done", outcome: "helped" });
  });

  it("with Partners on, is referred to a service of the partner map (and not to a key figure)", async () => {
    await setModuleEnabled(T.id, partnersPlugin, true);
    const service = await ownerDb().partnersActor.create({
      data: { tenantId: T.id, name: "CAW Brussel", kind: "service" },
      select: { id: true },
    });
    const shop = await ownerDb().partnersActor.create({ data: { tenantId: T.id, name: "Bakker", kind: "business" }, select: { id: true } });
    const api = call(regie, T);
    const { id } = await api.requests.create({ personId: asker, kindId: shopping, channel: "field_worker", weight: "heavy" });
    const services = await api.referrals.services();
    expect(services.map((s) => s.id)).toContain(service.id);
    expect(services.map((s) => s.id)).not.toContain(shop.id);
    await expect(api.referrals.create({ requestId: id, serviceActorId: shop.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await api.referrals.create({ requestId: id, serviceActorId: service.id });
    expect((await api.requests.get({ id })).referrals[0]).toMatchObject({ serviceActorId: service.id, serviceName: null });
  });

  it("reminds the contact point when its referral stalls: once per period, and no more once it moved", async () => {
    const api = call(regie, T);
    const { id } = await api.requests.create({ personId: asker, kindId: shopping, channel: "field_worker", weight: "heavy" });
    const service = await ownerDb().partnersActor.create({
      data: { tenantId: T.id, name: "Woonwinkel Noord", kind: "service" },
      select: { id: true },
    });
    const ref = await api.referrals.create({ requestId: id, serviceActorId: service.id });
    const day = 86_400_000;
    const enqueued: string[] = [];
    const remind = (now: Date) =>
      ownerDb().$transaction((tx) =>
        remindStalledReferrals(
          {
            tx: tx as never,
            tenant: { id: T.id },
            enqueue: (async (job: { name: string }) => {
              enqueued.push(job.name);
              return "job";
            }) as never,
            audit: (e) => tx.auditEvent.createMany({ data: { tenantId: T.id, actorUserId: null, ...e } }).then(() => undefined),
          },
          14,
          now,
        ),
      );
    const messages = () => ownerDb().contactMessage.findMany({ where: { tenantId: T.id, personId: asker, source: "module" } });
    const before = (await messages()).length;
    // Fresh: nothing to remind, and the request page does not call it stalled.
    expect(await remind(new Date())).toBe(0);
    expect((await api.requests.get({ id })).referrals[0]).toMatchObject({ stalled: false, remindedAt: null });
    // Taken up 20 days ago and not moved since: one reminder in the inbox, naming the service, with a link to the request.
    await api.referrals.update({ id: ref.id, status: "accepted" });
    await ownerDb().burenhulpReferral.update({ where: { id: ref.id }, data: { statusChangedAt: new Date(Date.now() - 20 * day) } });
    expect((await api.requests.summary()).stalled).toBeGreaterThanOrEqual(1);
    expect((await api.requests.list({ flag: "stalled" })).items.map((x) => x.id)).toContain(id);
    expect(await remind(new Date())).toBe(1);
    const sent = (await messages()).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toContain("Woonwinkel Noord");
    expect(sent[0]?.body).toContain("20 dagen");
    expect(sent[0]?.body).toContain(`/burenhulp/requests/${id}`);
    expect(enqueued).toEqual(["core.contact.digest"]);
    expect(await ownerDb().auditEvent.count({ where: { tenantId: T.id, action: "burenhulp.referral.reminded", targetId: ref.id } })).toBe(
      1,
    );
    expect((await api.requests.get({ id })).referrals[0]).toMatchObject({ stalled: true, remindedAt: expect.any(Date) });
    // The next day: no second reminder; after another period, one more.
    const remindedAt = async () => (await ownerDb().burenhulpReferral.findUniqueOrThrow({ where: { id: ref.id } })).remindedAt?.getTime();
    const first = await remindedAt();
    expect(await remind(new Date(Date.now() + day))).toBe(0);
    expect(await remindedAt()).toBe(first);
    // (By then the earlier test's referral, sent today, stalls too.)
    const later = new Date(Date.now() + 15 * day);
    expect(await remind(later)).toBeGreaterThanOrEqual(1);
    expect(await remindedAt()).toBe(later.getTime());
    // Once the service answered (done), it never stalls again.
    await api.referrals.update({ id: ref.id, status: "done", outcome: "helped" });
    await remind(new Date(Date.now() + 60 * day));
    expect(await remindedAt()).toBe(later.getTime());
    expect((await api.requests.get({ id })).referrals[0]).toMatchObject({ stalled: false });
    expect((await api.requests.list({ flag: "stalled" })).items.map((x) => x.id)).not.toContain(id);
  });
});

describe("scope and privacy", () => {
  it("a field worker does not see requests of people outside her neighbourhoods; notes need their own permission", async () => {
    const worker = await createMember(T, { roles: ["field_worker"], neighbourhoodIds: [T.neighbourhoods[1].id], tag: "bh-fw" });
    const listed = await call(worker, T).requests.list({});
    expect(listed.items.some((r) => r.person?.id === asker)).toBe(false);
    const regieList = await call(regie, T).requests.list({});
    const mine = regieList.items.find((r) => r.person?.id === asker);
    await expect(call(worker, T).requests.get({ id: mine?.id ?? "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const admin = T.users.admin as MemberFixture;
    await expect(call(admin, T).requests.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("retention: closed requests older than the period lose the person and the free text, and stay for the figures", async () => {
    const later = new Date(Date.now() + 400 * 86_400_000);
    const n = await ownerDb().$transaction((tx) => anonymiseClosed(tx as never, T.id, 12, later));
    expect(n).toBeGreaterThanOrEqual(1);
    const left = await ownerDb().burenhulpRequest.findMany({ where: { tenantId: T.id, status: "closed" } });
    expect(left.every((r) => r.personId === null && r.notes === null && r.street === null)).toBe(true);
  });
});

describe("the public ask/offer form", () => {
  it("makes a person with her consent and a request in intake, without an account; refuses without consent or contact", async () => {
    await enablePublicCapabilities(T.id, ["burenhulp.ask"]);
    const pub = routerCaller(burenhulp.server.router, null, T.slug, { locale: "fr" });
    const form = await pub.public.form();
    expect(form.kinds.map((k) => k.key)).toContain("shopping");
    expect(form.purpose).toContain("entraide");
    const base = {
      side: "ask" as const,
      name: "Amina",
      kindId: shopping,
      whenKind: "once" as const,
      neighbourhoodId: T.neighbourhoods[0].id,
      street: "Rue de l'Église",
      formToken: issueFormToken(T.slug, Date.now() - 60_000),
      website: "",
    };
    await expect(pub.public.send({ ...base, phone: "0470 12 34 56", consent: false })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(pub.public.send({ ...base, consent: true })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const sent = await pub.public.send({ ...base, phone: "0470 12 34 56", consent: true });
    expect(sent).toEqual({ side: "ask", reference: expect.stringMatching(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/) });
    const person = await ownerDb().person.findFirstOrThrow({ where: { tenantId: T.id, firstName: "Amina" } });
    expect(person.languages).toEqual(["fr"]);
    // Her receipt's code is on her person: staff find her by it (people search).
    expect(person.publicReference).toBe(sent.reference);
    const found = await routerCaller(coreRouter, sessionFor(regie), T.slug).people.list({
      search: sent.reference.toLowerCase(),
      page: 1,
      pageSize: 25,
    });
    expect(found.items.map((p) => p.id)).toEqual([person.id]);
    const consents = await ownerDb().consent.findMany({ where: { personId: person.id } });
    expect(consents.map((c) => [c.purpose, c.method])).toEqual([["burenhulp.help", "online"]]);
    const requests = await ownerDb().burenhulpRequest.findMany({ where: { personId: person.id } });
    expect(requests.map((r) => [r.channel, r.status, r.street])).toEqual([["public_form", "intake", "Rue de l'Église"]]);
    // An offer waits for review too, and is not proposed before a worker made it active.
    const karimMail = `karim-${T.slug}@example.org`;
    const offered = await pub.public.send({ ...base, side: "offer", name: "Karim", email: karimMail, consent: true });
    const offer = await ownerDb().burenhulpOffer.findFirstOrThrow({ where: { tenantId: T.id, person: { firstName: "Karim" } } });
    expect(offer.status).toBe("intake");
    // With an address the receipt comes by mail too, in her language, with the code and how to ask for a copy or erasure.
    const mails = await queuedMailsTo(T.id, karimMail);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain(offered.reference);
    expect(mails[0]?.text).toContain("votre offre d'aide");
    expect(mails[0]?.text).toMatch(/copie de vos données/);
    expect(mails[0]?.text).toContain(`/${T.slug}/privacy`);
    // Amina gave only a phone number: no mail carries her code.
    expect((await queuedMailsTo(T.id)).filter((m) => m.text.includes(sent.reference))).toEqual([]);
  });
});

describe("a photo with a public request", () => {
  it("waits in quarantine, attached to the request's person, until staff accept it; a disguised file is refused under the field", async () => {
    await enablePublicCapabilities(T.id, ["burenhulp.ask"]);
    const pub = routerCaller(burenhulp.server.router, null, T.slug, { locale: "nl" });
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#c33" } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Make: "Telefoon" } } })
      .toBuffer();
    const base = {
      side: "ask" as const,
      kindId: shopping,
      whenKind: "once" as const,
      phone: "0470 00 00 01",
      consent: true,
      formToken: issueFormToken(T.slug, Date.now() - 60_000),
      website: "",
    };
    // Not an image: refused with the upload check's words under "photo", and nothing is kept (no person, no request).
    const junk = Buffer.from("<script>alert(1)</script>").toString("base64");
    const refused = await pub.public.send({ ...base, name: "Vermomd", photo: { name: "trap.jpg", data: junk } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "photo" });
    expect(await ownerDb().person.count({ where: { tenantId: T.id, firstName: "Vermomd" } })).toBe(0);

    await pub.public.send({ ...base, name: "Lotte", photo: { name: "trede.jpg", data: jpeg.toString("base64") } });
    const request = await ownerDb().burenhulpRequest.findFirstOrThrow({ where: { tenantId: T.id, person: { firstName: "Lotte" } } });
    const file = await ownerDb().storedFile.findUniqueOrThrow({ where: { id: request.photoFileId ?? "" } });
    expect([file.status, file.moduleId, file.personId, file.uploadedById]).toEqual(["quarantine", "burenhulp", request.personId, null]);

    // Staff see that a photo waits, without a link to it, until someone with core.files.review accepts it.
    const waiting = await call(regie, T).requests.get({ id: request.id });
    expect(waiting.photo).toEqual({ status: "quarantine" });
    const core = routerCaller(coreRouter, sessionFor(regie), T.slug);
    expect((await core.files.quarantine()).map((f) => [f.id, f.personId])).toContainEqual([file.id, request.personId]);
    await core.files.decide({ id: file.id, accept: true });
    const accepted = await call(regie, T).requests.get({ id: request.id });
    expect(accepted.photo?.status).toBe("active");
    expect(accepted.photo && "thumb" in accepted.photo ? accepted.photo.thumb : "").toMatch(/^\/files\//);

    // Closed and past the retention period: the photo goes with the rest of what was about her.
    await ownerDb().burenhulpRequest.update({ where: { id: request.id }, data: { status: "closed", closedAt: new Date() } });
    const later = new Date(Date.now() + 400 * 86_400_000);
    await ownerDb().$transaction((tx) => anonymiseClosed(tx as never, T.id, 12, later));
    expect(await ownerDb().storedFile.count({ where: { id: file.id } })).toBe(0);
  });

  it("an offer carries no photo, and an upload sent with it is not stored", async () => {
    const pub = routerCaller(burenhulp.server.router, null, T.slug, { locale: "nl" });
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#3c3" } })
      .png()
      .toBuffer();
    const before = await ownerDb().storedFile.count({ where: { tenantId: T.id } });
    await pub.public.send({
      side: "offer",
      name: "Bram",
      kindId: shopping,
      whenKind: "once",
      email: "bram@example.org",
      consent: true,
      photo: { name: "x.png", data: png.toString("base64") },
      formToken: issueFormToken(T.slug, Date.now() - 60_000),
      website: "",
    });
    expect(await ownerDb().storedFile.count({ where: { tenantId: T.id } })).toBe(before);
  });
});
