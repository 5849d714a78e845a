/**
 * Each organisation's own relationship with an actor (ADR 0017): kept side by side, read by everyone who sees the actor,
 * written only by the organisation's own members, and what an evaluation proposes goes to the closer's own one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nlText } from "./errors";
import {
  closeAll,
  codeOf,
  createMember,
  createTenant,
  makeActor,
  type MemberFixture,
  messageOf,
  ownerDb,
  partners,
  setEnabled,
  type TenantFixture,
} from "./test-support";

let A: TenantFixture;
let B: TenantFixture;
/** A field worker of organisation [1] (the fixture's member of that organisation is a partner, who may not change actors). */
let other: MemberFixture;
/** A regie without an organisation: speaks for the partnership. */
let lead: MemberFixture;

beforeAll(async () => {
  [A, B] = await Promise.all([createTenant({ tag: "rel-a" }), createTenant({ tag: "rel-b" })]);
  await Promise.all([setEnabled(A.id, true), setEnabled(B.id, true)]);
  other = await createMember(A, { roles: ["field_worker"], organisationId: A.organisations[1].id, tag: "rel-other" });
  lead = await createMember(A, { roles: ["regie"], organisationId: null, tag: "rel-noorg" });
});

afterAll(async () => {
  await closeAll();
});

const summary = (rs: { organisationId: string | null; lead: boolean; own: boolean; status: string; mayChange: boolean }[]) =>
  rs.map((r) => [r.organisationId, r.lead, r.own, r.status, r.mayChange]);

describe("relationships per organisation", () => {
  it("keeps the other organisation's relationship beside the lead one, and never changes the lead one for it", async () => {
    const [orgA, orgB] = [A.organisations[0].id, A.organisations[1].id];
    const actor = await makeActor(A.id, { name: "Huisartsenpraktijk De Markt", status: "intensive", organisationId: orgA });
    const before = await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: actor.id } });

    // Organisation [1] records its own relationship (none yet: version 0).
    const saved = await partners(other, A).relationships.save({
      actorId: actor.id,
      version: 0,
      status: "occasional",
      offersUs: "Verwijst naar de middagmaaltijd",
      note: "Eerste overleg",
    });
    expect(saved).toEqual({ version: 1, changed: true });
    const after = await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: actor.id } });
    expect([after.status, after.version, after.offersUs]).toEqual([before.status, before.version, before.offersUs]);

    // Side by side, with whose it is: the owner's (on the map) first.
    const mine = await partners(A.users.regie, A).actors.get({ id: actor.id });
    expect(summary(mine.relationships)).toEqual([
      [orgA, true, true, "intensive", true],
      [orgB, false, false, "occasional", false],
    ]);
    expect(mine.relationships.map((r) => r.organisationName)).toEqual([A.organisations[0].name, A.organisations[1].name]);
    const theirs = await partners(other, A).actors.get({ id: actor.id });
    expect(summary(theirs.relationships)).toEqual([
      [orgA, true, false, "intensive", false],
      [orgB, false, true, "occasional", true],
    ]);
    expect(theirs.relationships[1]?.offersUs).toBe("Verwijst naar de middagmaaltijd");
    // The partner of organisation [1] reads both (its own marked as such) but may change none.
    const partner = await partners(A.users.partner, A).actors.get({ id: actor.id });
    expect(summary(partner.relationships)).toEqual([
      [orgA, true, false, "intensive", false],
      [orgB, false, true, "occasional", false],
    ]);
    expect(await codeOf(partners(A.users.partner, A).relationships.save({ actorId: actor.id, version: 1, status: "dormant" }))).toBe(
      "FORBIDDEN",
    );

    // The history names whose relationship changed; the actor's status in it stays the lead one.
    const history = await partners(A.users.partner, A).actors.history({ id: actor.id });
    expect(history.map((h) => [h.kind, h.organisationName, h.statusAfter])).toEqual([
      ["relationship", A.organisations[1].name, "intensive"],
    ]);
    expect(history[0]?.fields).toMatchObject({ status: ["not_contacted", "occasional"], note: [null, "Eerste overleg"] });

    // An old version is refused with a message, and so is a second "first" record.
    for (const version of [0, 5]) {
      const call = partners(other, A).relationships.save({ actorId: actor.id, version, status: "dormant" });
      expect(await messageOf(call)).toContain(nlText("partners.relationship.conflict"));
    }
    expect(await codeOf(partners(other, A).relationships.save({ actorId: actor.id, version: 0, status: "dormant" }))).toBe("CONFLICT");
    expect(await ownerDb().partnersRelationship.count({ where: { actorId: actor.id } })).toBe(1);
  });

  it("a member changes only her own organisation's relationship, whoever owns the actor", async () => {
    const [orgA, orgB] = [A.organisations[0].id, A.organisations[1].id];
    const theirs = await makeActor(A.id, { name: "Buurthuis De Brug", status: "dormant", organisationId: orgB });
    const shared = await makeActor(A.id, { name: "Bibliotheek", status: "occasional", organisationId: null });

    // The regie of organisation [0] on organisation [1]'s actor: a row of her own, the lead one untouched.
    await partners(A.users.regie, A).relationships.save({ actorId: theirs.id, version: 0, status: "intensive" });
    const rowA = await ownerDb().partnersRelationship.findUniqueOrThrow({
      where: { actorId_organisationId: { actorId: theirs.id, organisationId: orgA } },
    });
    expect(rowA.status).toBe("intensive");
    expect((await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("dormant");
    // The owner then changes the lead one; the regie's row stays.
    const v = (await partners(other, A).actors.get({ id: theirs.id })).actor.version;
    await partners(other, A).relationships.save({ actorId: theirs.id, version: v, status: "let_go" });
    expect((await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("let_go");
    expect((await ownerDb().partnersRelationship.findUniqueOrThrow({ where: { id: rowA.id } })).status).toBe("intensive");

    // An actor of the partnership: each organisation's member keeps her own; a member without an organisation the lead one.
    await partners(other, A).relationships.save({ actorId: shared.id, version: 0, status: "intensive" });
    const v2 = (await partners(lead, A).actors.get({ id: shared.id })).actor.version;
    await partners(lead, A).relationships.save({ actorId: shared.id, version: v2, status: "dormant" });
    const view = await partners(lead, A).actors.get({ id: shared.id });
    expect(summary(view.relationships)).toEqual([
      [null, true, true, "dormant", true],
      [orgB, false, false, "intensive", false],
    ]);
    // Without an organisation, there is no own relationship with an organisation's actor.
    const call = partners(lead, A).relationships.save({ actorId: theirs.id, version: 0, status: "intensive" });
    expect(await messageOf(call)).toContain(nlText("partners.relationship.noOrganisation"));
    expect(await codeOf(partners(lead, A).relationships.save({ actorId: theirs.id, version: 0, status: "intensive" }))).toBe("FORBIDDEN");
  });

  it("another organisation's private actor, its relationships included, does not exist for the other organisation", async () => {
    const orgA = A.organisations[0].id;
    const secret = await makeActor(A.id, { name: "Intern aanspreekpunt", organisationId: orgA, visibility: "organisation" });
    expect(await codeOf(partners(other, A).actors.get({ id: secret.id }))).toBe("NOT_FOUND");
    expect(await codeOf(partners(other, A).relationships.save({ actorId: secret.id, version: 0, status: "intensive" }))).toBe("NOT_FOUND");
    expect(await ownerDb().partnersRelationship.count({ where: { actorId: secret.id } })).toBe(0);

    // A shared actor made private later: the other organisation's relationship with it is gone from its view too.
    const later = await makeActor(A.id, { name: "Later privé", organisationId: orgA });
    await partners(other, A).relationships.save({ actorId: later.id, version: 0, status: "occasional" });
    await ownerDb().partnersActor.update({ where: { id: later.id }, data: { visibility: "organisation" } });
    expect(await codeOf(partners(other, A).actors.get({ id: later.id }))).toBe("NOT_FOUND");
    expect(await codeOf(partners(other, A).relationships.save({ actorId: later.id, version: 1, status: "dormant" }))).toBe("NOT_FOUND");
  });

  it("another tenant's actor answers NOT_FOUND and gets no relationship", async () => {
    const foreign = await makeActor(B.id, { name: "Elders", organisationId: B.organisations[0].id });
    expect(await codeOf(partners(A.users.regie, A).relationships.save({ actorId: foreign.id, version: 0, status: "intensive" }))).toBe(
      "NOT_FOUND",
    );
    expect(await ownerDb().partnersRelationship.count({ where: { actorId: foreign.id } })).toBe(0);
  });

  it("a deleted organisation takes its own relationships and their history with it; the actor stays", async () => {
    const T = await createTenant({ tag: "rel-del" });
    await setEnabled(T.id, true);
    const gone = await createMember(T, { roles: ["field_worker"], organisationId: T.organisations[1].id, tag: "rel-gone" });
    const actor = await makeActor(T.id, { name: "Sportclub", status: "occasional", organisationId: T.organisations[0].id });
    await partners(gone, T).relationships.save({ actorId: actor.id, version: 0, status: "intensive" });
    expect(await ownerDb().partnersActorChange.count({ where: { actorId: actor.id, organisationId: T.organisations[1].id } })).toBe(1);
    await ownerDb().membership.updateMany({ where: { organisationId: T.organisations[1].id }, data: { organisationId: null } });
    await ownerDb().person.updateMany({ where: { organisationId: T.organisations[1].id }, data: { organisationId: null } });
    await ownerDb().organisation.delete({ where: { id: T.organisations[1].id } });
    expect(await ownerDb().partnersRelationship.count({ where: { actorId: actor.id } })).toBe(0);
    expect(await ownerDb().partnersActorChange.count({ where: { actorId: actor.id, organisationId: { not: null } } })).toBe(0);
    expect((await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: actor.id } })).status).toBe("occasional");
  });
});

describe("evaluation proposals apply to the closer's own organisation's relationship", () => {
  it("closing applies a proposal about another organisation's actor to the regie's own relationship, not to the actor's", async () => {
    const T = await createTenant({ tag: "rel-ev" });
    await setEnabled(T.id, true);
    const [orgA, orgB] = [T.organisations[0].id, T.organisations[1].id];
    const ours = await makeActor(T.id, { name: "Apotheek Centrum", status: "occasional", organisationId: orgA });
    const theirs = await makeActor(T.id, { name: "Buurthuis De Brug", status: "dormant", organisationId: orgB });
    const regie = partners(T.users.regie, T);
    const { id: roundId } = await regie.evaluation.start({ title: "Najaar", actorIds: [ours.id, theirs.id] });
    for (const [actorId, proposedStatus] of [
      [ours.id, "intensive"],
      [theirs.id, "occasional"],
    ] as const) {
      await regie.evaluation.answer({
        roundId,
        actorId,
        answers: { worksTogether: "partly", proposedStatus },
        before: { worksTogether: null, proposedStatus: null },
      });
    }
    // The proposal for organisation [1]'s actor is compared with the regie's own relationship (none yet: not contacted).
    const round = await regie.evaluation.get({ id: roundId });
    expect(round.proposals.map((p) => [p.name, p.from, p.to, p.mayApply])).toEqual([
      ["Apotheek Centrum", "occasional", "intensive", true],
      ["Buurthuis De Brug", "not_contacted", "occasional", true],
    ]);
    const closed = await regie.evaluation.close({
      id: roundId,
      apply: [
        { actorId: ours.id, status: "intensive" },
        { actorId: theirs.id, status: "occasional" },
      ],
    });
    expect(closed.applied.sort()).toEqual([ours.id, theirs.id].sort());
    expect((await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: ours.id } })).status).toBe("intensive");
    // Organisation [1]'s own (lead) relationship is untouched; the regie's organisation has its own now.
    expect((await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("dormant");
    const row = await ownerDb().partnersRelationship.findUniqueOrThrow({
      where: { actorId_organisationId: { actorId: theirs.id, organisationId: orgA } },
    });
    expect(row.status).toBe("occasional");
    const change = await ownerDb().partnersActorChange.findFirstOrThrow({ where: { actorId: theirs.id } });
    expect([change.kind, change.organisationId, change.statusAfter]).toEqual(["relationship", orgA, "dormant"]);
    expect(change.fields).toMatchObject({ status: ["not_contacted", "occasional"], note: [null, "Netwerkevaluatie: Najaar"] });
    const applied = await ownerDb().partnersEvaluationActor.findFirstOrThrow({ where: { roundId, actorId: theirs.id } });
    expect(applied.appliedStatus).toBe("occasional");
  });
});
