import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partnersPlugin as plugin } from "../definition";
import { coarsen } from "./access";
import { KEY_FIGURE_CONSENT_PURPOSE } from "./actors/validate";
import { unpackPoints } from "./map/codec";
import { nlText } from "./errors";
import { closeAll, codeOf, createTenant, makeActor, messageOf, ownerDb, partners, setEnabled, type TenantFixture } from "./test-support";

let A: TenantFixture;
let B: TenantFixture;

beforeAll(async () => {
  [A, B] = await Promise.all([createTenant({ tag: "prt-a" }), createTenant({ tag: "prt-b" })]);
  await Promise.all([setEnabled(A.id, true), setEnabled(B.id, true)]);
});

afterAll(async () => {
  await closeAll();
});

const base = { name: "Huisartsenpraktijk De Markt", kind: "service" as const, sectorKeys: ["health"] };

describe("actors", () => {
  it("are created by regie with the member's organisation, the default visibility and a history row", async () => {
    const { id } = await partners(A.users.regie, A).actors.create({
      ...base,
      address: "Markt 1",
      lat: 50.88,
      lng: 4.7,
      tags: ["Ouderen", "ouderen "],
    });
    const { actor, organisation } = await partners(A.users.regie, A).actors.get({ id });
    expect(actor.organisationId).toBe(A.organisations[0].id);
    expect(organisation?.name).toBe(A.organisations[0].name);
    expect(actor.visibility).toBe("partnership");
    expect(actor.tags).toEqual(["ouderen"]);
    expect(actor.locationSource).toBe("map");
    const history = await partners(A.users.regie, A).actors.history({ id });
    expect(history.map((h) => h.kind)).toEqual(["created"]);
    const audit = await ownerDb().auditEvent.count({ where: { tenantId: A.id, action: "partners.actor.created", targetId: id } });
    expect(audit).toBe(1);
  });

  it("refuses unknown sectors, neighbourhoods of another tenant and half a point, with clear messages", async () => {
    const api = partners(A.users.regie, A);
    expect(await messageOf(api.actors.create({ ...base, sectorKeys: ["astrologie"] }))).toContain(nlText("partners.sector.notFound"));
    expect(await codeOf(api.actors.create({ ...base, neighbourhoodIds: [B.neighbourhoods[0].id] }))).toBe("NOT_FOUND");
    expect(await codeOf(api.actors.create({ ...base, lat: 50.8, lng: null }))).toBe("BAD_REQUEST");
    expect(await ownerDb().partnersActor.count({ where: { tenantId: A.id, neighbourhoodIds: { has: B.neighbourhoods[0].id } } })).toBe(0);
  });

  it("keep every change in the history, and an old version is refused without losing the newer one", async () => {
    const api = partners(A.users.regie, A);
    const { id } = await api.actors.create({ ...base, name: "Okra Zonnedal", kind: "association" });
    const v1 = (await api.actors.get({ id })).actor.version;
    const r = await api.actors.update({ id, version: v1, status: "occasional", offersUs: "Vrijwilligers" });
    expect(r.version).toBe(v1 + 1);
    expect(await codeOf(api.actors.update({ id, version: v1, name: "Oude naam" }))).toBe("CONFLICT");
    const s = await api.relationships.save({ actorId: id, version: r.version, status: "intensive", note: "Maandelijks overleg" });
    const { actor } = await api.actors.get({ id });
    expect(actor.name).toBe("Okra Zonnedal");
    expect(actor.status).toBe("intensive");
    expect(actor.version).toBe(s.version);
    const history = await api.actors.history({ id });
    expect(history.map((h) => [h.kind, h.statusAfter])).toEqual([
      ["status", "intensive"],
      ["updated", "occasional"],
      ["created", "not_contacted"],
    ]);
    expect(history[1]?.fields).toMatchObject({ status: ["not_contacted", "occasional"], offersUs: ["", "Vrijwilligers"] });
  });

  it("archived actors leave the lists but keep their page and history, and can be restored", async () => {
    const api = partners(A.users.regie, A);
    const { id } = await api.actors.create({ ...base, name: "Repair Café" });
    await api.actors.archive({ id, archived: true });
    expect((await api.actors.get({ id })).actor.archivedAt).not.toBeNull();
    expect(await messageOf(api.actors.update({ id, version: 2, name: "x" }))).toBe(nlText("partners.actor.archived"));
    await api.actors.archive({ id, archived: false });
    expect((await api.actors.history({ id })).map((h) => h.kind)).toEqual(["restored", "archived", "created"]);
  });
});

describe("neighbourhoods from the point", () => {
  it("an actor without neighbourhoods gets the ones its point lies in; a list given by people is kept", async () => {
    const square = (w: number, s: number) => ({
      type: "Polygon",
      coordinates: [
        [
          [w, s],
          [w + 0.01, s],
          [w + 0.01, s + 0.01],
          [w, s + 0.01],
          [w, s],
        ],
      ],
    });
    await ownerDb().neighbourhood.update({ where: { id: A.neighbourhoods[0].id }, data: { boundary: square(4.69, 50.87) } });
    await ownerDb().neighbourhood.update({ where: { id: A.neighbourhoods[1].id }, data: { boundary: square(4.71, 50.87) } });
    const api = partners(A.users.regie, A);
    const inside = await api.actors.create({ ...base, name: "Binnen", lat: 50.875, lng: 4.695 });
    expect((await api.actors.get({ id: inside.id })).actor.neighbourhoodIds).toEqual([A.neighbourhoods[0].id]);
    const given = await api.actors.create({
      ...base,
      name: "Gekozen",
      lat: 50.875,
      lng: 4.695,
      neighbourhoodIds: [A.neighbourhoods[1].id],
    });
    expect((await api.actors.get({ id: given.id })).actor.neighbourhoodIds).toEqual([A.neighbourhoods[1].id]);
    const outside = await api.actors.create({ ...base, name: "Buiten", lat: 51.2, lng: 4.4 });
    expect((await api.actors.get({ id: outside.id })).actor.neighbourhoodIds).toEqual([]);
    // Moving the point later fills them in too.
    const v = (await api.actors.get({ id: outside.id })).actor.version;
    await api.actors.update({ id: outside.id, version: v, lat: 50.875, lng: 4.715 });
    expect((await api.actors.get({ id: outside.id })).actor.neighbourhoodIds).toEqual([A.neighbourhoods[1].id]);
  });
});

describe("visibility between organisations", () => {
  let privateX: string;
  let sharedY: string;
  beforeAll(async () => {
    privateX = (await partners(A.users.regie, A).actors.create({ ...base, name: "Intern casusoverleg", visibility: "organisation" })).id;
    sharedY = (await makeActor(A.id, { name: "Jeugdhuis van de partner", organisationId: A.organisations[1].id })).id;
  });

  it("an actor private to organisation X does not exist for a member of organisation Y", async () => {
    const partner = partners(A.users.partner, A); // organisation Y
    expect(await codeOf(partner.actors.get({ id: privateX }))).toBe("NOT_FOUND");
    expect(await codeOf(partner.actors.history({ id: privateX }))).toBe("NOT_FOUND");
    // Even a member of Y who manages actors gets NOT_FOUND, not FORBIDDEN: nothing says it exists.
    const { createMember } = await import("./test-support");
    const yWorker = await createMember(A, { roles: ["field_worker"], organisationId: A.organisations[1].id });
    const y = partners(yWorker, A);
    expect(await codeOf(y.actors.get({ id: privateX }))).toBe("NOT_FOUND");
    expect(await codeOf(y.actors.update({ id: privateX, version: 1, name: "x" }))).toBe("NOT_FOUND");
    expect(await codeOf(y.links.create({ fromActorId: sharedY, toActorId: privateX, type: "works_with" }))).toBe("NOT_FOUND");
    expect(await codeOf(y.acquaintances.create({ actorId: privateX, userId: yWorker.id }))).toBe("NOT_FOUND");
    // ... while members of X see it.
    expect((await partners(A.users.field_worker, A).actors.get({ id: privateX })).actor.name).toBe("Intern casusoverleg");
  });

  it("a shared actor of another organisation is visible but only its own organisation edits it", async () => {
    const worker = partners(A.users.field_worker, A); // organisation X
    const { actor } = await worker.actors.get({ id: sharedY });
    expect(actor.mayEdit).toBe(false);
    expect(await messageOf(worker.actors.update({ id: sharedY, version: actor.version, name: "x" }))).toBe(
      nlText("partners.actor.otherOrganisation"),
    );
    // The partner role sees the map but does not manage actors.
    expect(await codeOf(partners(A.users.partner, A).actors.create(base))).toBe("FORBIDDEN");
  });

  it("a link to a private actor is left out of the other organisation's view of the shared actor", async () => {
    await partners(A.users.regie, A).links.create({ fromActorId: sharedY, toActorId: privateX, type: "works_with" });
    const mine = await partners(A.users.regie, A).actors.get({ id: sharedY });
    const theirs = await partners(A.users.partner, A).actors.get({ id: sharedY });
    expect(mine.links.map((l) => l.other.id)).toContain(privateX);
    expect(theirs.links.map((l) => l.other.id)).not.toContain(privateX);
  });

  it("another tenant's actors answer NOT_FOUND, and so does everything while the module is off", async () => {
    const foreign = (await makeActor(B.id, { name: "Elders" })).id;
    const api = partners(A.users.regie, A);
    expect(await codeOf(api.actors.get({ id: foreign }))).toBe("NOT_FOUND");
    expect(await codeOf(api.relationships.save({ actorId: foreign, version: 1, status: "dormant" }))).toBe("NOT_FOUND");
    expect(await codeOf(api.links.create({ fromActorId: sharedY, toActorId: foreign, type: "works_with" }))).toBe("NOT_FOUND");
    await setEnabled(B.id, false);
    expect(await codeOf(partners(B.users.regie, B).actors.get({ id: foreign }))).toBe("NOT_FOUND");
    await setEnabled(B.id, true);
    expect(await codeOf(partners(B.users.regie, B).actors.get({ id: foreign }))).toBe("OK");
  });
});

describe("key figures", () => {
  it("need the Person's consent; the form can record it, and it is linked once", async () => {
    const api = partners(A.users.field_worker, A);
    // The field worker works in neighbourhoods[0]: a person without a neighbourhood is not hers to link (ADR 0011).
    const outside = A.people[2].id;
    expect(await codeOf(api.actors.create({ name: "Buiten", kind: "key_figure", personId: outside, consentMethod: "verbal" }))).toBe(
      "NOT_FOUND",
    );
    expect(await ownerDb().consent.count({ where: { personId: outside, purpose: KEY_FIGURE_CONSENT_PURPOSE } })).toBe(0);
    const person = A.people[0].id;
    const kf = {
      name: "Imam van de moskee",
      kind: "key_figure" as const,
      personId: person,
      address: "Moskeestraat 2",
      lat: 50.881234,
      lng: 4.701234,
    };
    expect(await messageOf(api.actors.create(kf))).toBe(nlText("partners.person.noConsent"));
    const { id } = await api.actors.create({ ...kf, consentMethod: "verbal" });
    const consents = await ownerDb().consent.findMany({ where: { personId: person, purpose: KEY_FIGURE_CONSENT_PURPOSE } });
    expect(consents).toHaveLength(1);
    // A key figure is a person: informal unless the form says otherwise (other kinds stay formal by default).
    expect((await ownerDb().partnersActor.findUniqueOrThrow({ where: { id } })).formal).toBe(false);
    const school = await api.actors.create({ name: "Basisschool", kind: "school" });
    expect((await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: school.id } })).formal).toBe(true);
    const formalKf = await api.actors.create({ name: "Wijkagent", kind: "key_figure", formal: true });
    expect((await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: formalKf.id } })).formal).toBe(true);
    expect(await messageOf(api.actors.create({ ...kf, name: "Nog eens" }))).toBe(nlText("partners.person.taken"));
    expect(await messageOf(api.actors.create({ ...kf, kind: "school", name: "School" }))).toBe(nlText("partners.person.onlyKeyFigure"));

    // Members with the key-figure permission see the exact point and can read the Person (audit-logged) ...
    const seen = await api.actors.get({ id });
    expect(seen.actor.lat).toBe(50.881234);
    expect(seen.actor.address).toBe("Moskeestraat 2");
    const details = await api.actors.keyFigure({ id });
    expect(details?.person.id).toBe(person);
    expect(await ownerDb().auditEvent.count({ where: { tenantId: A.id, action: "partners.keyfigure.read", targetId: person } })).toBe(1);

    // ... the others get no address, no person and a coarsened point, and cannot read the details.
    const admin = partners(A.users.admin, A);
    const coarse = await admin.actors.get({ id });
    expect(coarse.actor.address).toBeNull();
    expect(coarse.actor.personId).toBeNull();
    expect(coarse.actor.lat).toBe(50.88);
    expect(coarse.actor.pointCoarsened).toBe(true);
    expect(await codeOf(admin.actors.keyFigure({ id }))).toBe("FORBIDDEN");
    expect(await codeOf(partners(A.users.partner, A).actors.keyFigure({ id }))).toBe("FORBIDDEN");
  });

  it("are exported and erased with the Person: acquaintances deleted, the actor anonymised, the network kept", async () => {
    const person = A.people[1].id;
    const api = partners(A.users.regie, A);
    const { id } = await api.actors.create({
      name: "Ouder van de klaschat",
      kind: "key_figure",
      personId: person,
      consentMethod: "written",
      address: "Schoolstraat 9",
    });
    const other = await api.actors.create({ ...base, name: "Basisschool" });
    await api.links.create({ fromActorId: id, toActorId: other.id, type: "member_of" });
    await api.acquaintances.create({ actorId: other.id, personId: person, strength: "knows" });
    // Another organisation's own relationship with the key figure may describe the person too.
    await ownerDb().partnersRelationship.create({
      data: { tenantId: A.id, actorId: id, organisationId: A.organisations[1].id, offersUs: "Kent alle ouders van klas 3B" },
    });

    const db = ownerDb();
    const ctx = { tenantId: A.id, tx: db };
    const exported = await plugin.server.personalData.export(ctx, person);
    expect(exported.PartnersActor).toHaveLength(1);
    expect(exported.PartnersAcquaintance).toHaveLength(1);

    const erased = await plugin.server.personalData.erase(ctx, person);
    expect(erased).toEqual([
      { model: "PartnersAcquaintance", deleted: 1, anonymised: 0 },
      { model: "PartnersActor", deleted: 0, anonymised: 1 },
      { model: "PartnersRelationship", deleted: 0, anonymised: 1 },
      { model: "PartnersEvaluationActor", deleted: 0, anonymised: 0 },
      { model: "PartnersFollowUp", deleted: 0, anonymised: 0 },
    ]);
    const row = await db.partnersActor.findUniqueOrThrow({ where: { id } });
    expect([row.personId, row.address, row.name]).toEqual([null, null, "Sleutelfiguur (gewist)"]);
    expect((await db.partnersRelationship.findFirstOrThrow({ where: { actorId: id } })).offersUs).toBe("");
    expect(await db.partnersLink.count({ where: { fromActorId: id } })).toBe(1);
    const again = await plugin.server.personalData.export(ctx, person);
    expect([again.PartnersActor, again.PartnersAcquaintance]).toEqual([[], []]);
  });
});

describe("key figures outside a field worker's neighbourhoods", () => {
  it("are shown to her as to a member without the key-figure permission: no address, a coarse point, no details", async () => {
    // The regie links a person of neighbourhoods[1]; the field worker works in neighbourhoods[0] only (ADR 0011).
    const person = A.people[1].id;
    const linked = await ownerDb().partnersActor.findFirst({ where: { tenantId: A.id, personId: person }, select: { id: true } });
    const id =
      linked?.id ??
      (
        await partners(A.users.regie, A).actors.create({
          name: "Sleutelfiguur van de andere buurt",
          kind: "key_figure",
          personId: person,
          consentMethod: "verbal",
        })
      ).id;
    await ownerDb().partnersActor.update({
      where: { id },
      data: { address: "Verre straat 7", postcode: "9000", lat: 50.881234, lng: 4.701234, archivedAt: null },
    });
    const fw = partners(A.users.field_worker, A);
    const point = unpackPoints((await fw.map.points({})).points).find((x) => x.id === id);
    expect(point).toMatchObject({ coarsened: true, lat: coarsen(50.881234), lng: coarsen(4.701234) });
    const row = (await fw.map.list({ pageSize: 200 })).items.find((x) => x.id === id);
    expect(row).toMatchObject({ address: null, postcode: null, addressHidden: true });
    const page = await fw.actors.get({ id });
    expect(page.actor).toMatchObject({ address: null, personId: null, pointCoarsened: true });
    expect(await fw.actors.keyFigure({ id })).toBeNull();
    // Control: the regie (the whole tenant) sees it exactly.
    const exact = unpackPoints((await partners(A.users.regie, A).map.points({})).points).find((x) => x.id === id);
    expect(exact?.coarsened).toBe(false);
    expect(exact?.lat).toBeCloseTo(50.881234, 4);
  });
});

describe("links and acquaintances", () => {
  it("refuse a self-link and a duplicate; removal keeps the row for the history", async () => {
    const api = partners(A.users.regie, A);
    const x = await api.actors.create({ ...base, name: "X" });
    const y = await api.actors.create({ ...base, name: "Y" });
    expect(await messageOf(api.links.create({ fromActorId: x.id, toActorId: x.id, type: "works_with" }))).toBe(
      nlText("partners.link.self"),
    );
    const l = await api.links.create({ fromActorId: x.id, toActorId: y.id, type: "works_with" });
    expect(await messageOf(api.links.create({ fromActorId: x.id, toActorId: y.id, type: "works_with" }))).toBe(
      nlText("partners.link.exists"),
    );
    await api.links.remove({ id: l.id });
    expect((await api.actors.get({ id: x.id })).links).toHaveLength(0);
    expect((await ownerDb().partnersLink.findUniqueOrThrow({ where: { id: l.id } })).removedAt).not.toBeNull();
    await api.links.create({ fromActorId: x.id, toActorId: y.id, type: "works_with" }); // a new current link is fine
  });

  it("record who in the team knows an actor; a Person needs the key-figure permission; strangers are refused", async () => {
    const api = partners(A.users.regie, A);
    const x = await api.actors.create({ ...base, name: "Bakkerij" });
    await api.acquaintances.create({ actorId: x.id, userId: A.users.field_worker.id, strength: "good_contact" });
    expect(await messageOf(api.acquaintances.create({ actorId: x.id, userId: A.users.field_worker.id }))).toBe(
      nlText("partners.acquaintance.exists"),
    );
    expect(await codeOf(api.acquaintances.create({ actorId: x.id, userId: B.users.regie.id }))).toBe("NOT_FOUND");
    const { acquaintances } = await api.actors.get({ id: x.id });
    expect(acquaintances.map((q) => [q.memberName !== null, q.strength])).toEqual([[true, "good_contact"]]);
    await api.acquaintances.remove({ id: acquaintances[0]!.id });
    expect((await api.actors.get({ id: x.id })).acquaintances).toHaveLength(0);
  });
});

describe("sectors", () => {
  it("start from the default set, can be added and archived; an archived sector stays on actors that have it", async () => {
    const api = partners(A.users.regie, A);
    const list = await api.sectors.list();
    expect(list.map((s) => s.key)).toContain("welfare");
    const s = await api.sectors.create({ labels: { nl: "Digitale inclusie", fr: "", en: "" }, color: "#0E7490" });
    expect(s.key).toBe("digitale-inclusie");
    expect(await messageOf(api.sectors.create({ labels: { nl: "Digitale inclusie", fr: "", en: "" } }))).toBe(
      nlText("partners.sector.exists"),
    );
    const { id } = await api.actors.create({ ...base, name: "Digipunt", sectorKeys: ["digitale-inclusie"] });
    await api.sectors.update({ key: "digitale-inclusie", archived: true });
    expect(await messageOf(api.actors.create({ ...base, name: "Nieuw", sectorKeys: ["digitale-inclusie"] }))).toContain(
      nlText("partners.sector.notFound"),
    );
    const v = (await api.actors.get({ id })).actor.version;
    await api.actors.update({ id, version: v, sectorKeys: ["digitale-inclusie", "welfare"] });
    expect((await api.sectors.list()).find((x) => x.key === "digitale-inclusie")?.actors).toBe(1);
    expect(await codeOf(partners(A.users.field_worker, A).sectors.create({ labels: { nl: "x", fr: "", en: "" } }))).toBe("FORBIDDEN");
  });
});
