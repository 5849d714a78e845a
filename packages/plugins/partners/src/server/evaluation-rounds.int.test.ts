/**
 * Evaluation rounds as a whole: adding actors to an open round, and deleting a round started by mistake (only while
 * nothing is answered in it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "@zorgzaam/core/testing";
import { manifest } from "../manifest";
import { nlText } from "./errors";
import {
  closeAll,
  codeOf,
  createMember,
  createTenant,
  makeActor,
  messageOf,
  ownerDb,
  partners,
  setEnabled,
  type TenantFixture,
} from "./test-support";

let A: TenantFixture;
let B: TenantFixture;

beforeAll(async () => {
  [A, B] = await Promise.all([createTenant({ tag: "evr-a" }), createTenant({ tag: "evr-b" })]);
  await Promise.all([setEnabled(A.id, true), setEnabled(B.id, true)]);
});

afterAll(async () => {
  await closeAll();
});

async function actors(t: TenantFixture, prefix: string) {
  const org = t.organisations[0].id;
  return {
    a: await makeActor(t.id, { name: `${prefix} Apotheek`, status: "intensive", organisationId: org }),
    b: await makeActor(t.id, { name: `${prefix} Bakker`, status: "occasional", organisationId: org }),
    c: await makeActor(t.id, { name: `${prefix} Café`, status: "not_contacted", organisationId: org }),
  };
}

describe("adding actors to an open round", () => {
  it("adds visible actors with their status as it is now, leaves those already in it alone, and offers only the others", async () => {
    const n = await actors(A, "Add");
    const regie = partners(A.users.regie, A);
    const { id: roundId } = await regie.evaluation.start({ title: "Voorjaar", actorIds: [n.a.id] });
    const addable = await regie.evaluation.addable({ roundId, q: "Add" });
    expect(addable.map((x) => x.name)).toEqual(["Add Bakker", "Add Café"]);

    const r = await regie.evaluation.addActors({ roundId, actorIds: [n.a.id, n.c.id] });
    expect(r).toEqual({ added: 1, already: 1 });
    const round = await regie.evaluation.get({ id: roundId });
    expect(round.actors.map((x) => [x.name, x.statusAtStart]).sort()).toEqual([
      ["Add Apotheek", "intensive"],
      ["Add Café", "not_contacted"],
    ]);
    expect((await regie.evaluation.addable({ roundId, q: "Add" })).map((x) => x.name)).toEqual(["Add Bakker"]);
    expect(
      await ownerDb().auditEvent.count({ where: { tenantId: A.id, action: "partners.evaluation.actors_added", targetId: roundId } }),
    ).toBe(1);
  });

  it("refuses another organisation's private actor, another tenant's actor and a closed round, and adds nothing then", async () => {
    const n = await actors(A, "Refuse");
    const regie = partners(A.users.regie, A);
    const other = await createMember(A, { roles: ["regie"], organisationId: A.organisations[1].id, tag: "evr-other" });
    const secret = await makeActor(A.id, { name: "Intern", organisationId: A.organisations[0].id, visibility: "organisation" });
    const foreign = await makeActor(B.id, { name: "Elders", organisationId: B.organisations[0].id });
    const { id: roundId } = await partners(other, A).evaluation.start({ title: "Van de andere", actorIds: [n.a.id] });
    expect(await codeOf(partners(other, A).evaluation.addActors({ roundId, actorIds: [n.b.id, secret.id] }))).toBe("NOT_FOUND");
    expect(await codeOf(regie.evaluation.addActors({ roundId, actorIds: [foreign.id] }))).toBe("NOT_FOUND");
    expect(await ownerDb().partnersEvaluationActor.count({ where: { roundId } })).toBe(1);
    await regie.evaluation.close({ id: roundId, apply: [] });
    const closed = regie.evaluation.addActors({ roundId, actorIds: [n.b.id] });
    expect(await messageOf(closed)).toContain(nlText("partners.evaluation.closed"));
    expect(await codeOf(regie.evaluation.addable({ roundId, q: "" }))).toBe("PRECONDITION_FAILED");
  });
});

describe("deleting a round started by mistake", () => {
  it("deletes a round nothing was answered in, with its actors, and logs it", async () => {
    const n = await actors(A, "Del");
    const regie = partners(A.users.regie, A);
    const { id: roundId } = await regie.evaluation.start({ title: "Per ongeluk", actorIds: [n.a.id, n.b.id] });
    expect(await codeOf(partners(A.users.field_worker, A).evaluation.remove({ id: roundId }))).toBe("FORBIDDEN");
    await regie.evaluation.remove({ id: roundId });
    expect(await ownerDb().partnersEvaluationRound.count({ where: { id: roundId } })).toBe(0);
    expect(await ownerDb().partnersEvaluationActor.count({ where: { roundId } })).toBe(0);
    expect(await codeOf(regie.evaluation.get({ id: roundId }))).toBe("NOT_FOUND");
    expect(await ownerDb().auditEvent.count({ where: { tenantId: A.id, action: "partners.evaluation.deleted", targetId: roundId } })).toBe(
      1,
    );
  });

  it("refuses with a clear message once anything is answered: an actor (also one the regie cannot see), the network, a follow-up", async () => {
    const n = await actors(A, "Keep");
    const regie = partners(A.users.regie, A);
    const worker = partners(A.users.field_worker, A);
    const other = await createMember(A, { roles: ["field_worker"], organisationId: A.organisations[1].id, tag: "evr-keep" });
    const theirs = await makeActor(A.id, { name: "Hun intern punt", organisationId: A.organisations[1].id, visibility: "organisation" });
    const otherRegie = await createMember(A, { roles: ["regie"], organisationId: A.organisations[1].id, tag: "evr-keep-regie" });

    const answered = [
      async (roundId: string) =>
        worker.evaluation.answer({ roundId, actorId: n.a.id, answers: { worksTogether: "yes" }, before: { worksTogether: null } }),
      async (roundId: string) => regie.evaluation.networkAnswer({ roundId, key: "missingNetwork", text: "Jongeren", before: "" }),
      async (roundId: string) => worker.evaluation.followUps.create({ roundId, text: "Bellen" }),
      // Answered by the other organisation about its private actor: the regie does not see it, but it counts.
      async (roundId: string) =>
        partners(other, A).evaluation.answer({ roundId, actorId: theirs.id, answers: { note: "Intern" }, before: { note: "" } }),
    ];
    let ran = 0;
    for (const answer of answered) {
      const { id: roundId } = await partners(otherRegie, A).evaluation.start({ title: "Bezig", actorIds: [n.a.id, theirs.id] });
      await answer(roundId);
      const call = regie.evaluation.remove({ id: roundId });
      expect(await messageOf(call)).toContain(nlText("partners.evaluation.roundAnswered"));
      expect(await codeOf(regie.evaluation.remove({ id: roundId }))).toBe("PRECONDITION_FAILED");
      expect(await ownerDb().partnersEvaluationRound.count({ where: { id: roundId } })).toBe(1);
      ran++;
    }
    expect(ran).toBe(answered.length);
  });

  it("answers NOT_FOUND to another tenant, and the permission decides for every role", async () => {
    const n = await actors(A, "Role");
    const { id: roundId } = await partners(A.users.regie, A).evaluation.start({ title: "Rollen", actorIds: [n.a.id] });
    expect(await codeOf(partners(B.users.regie, B).evaluation.remove({ id: roundId }))).toBe("NOT_FOUND");
    expect(await codeOf(partners(B.users.regie, B).evaluation.addActors({ roundId, actorIds: [n.b.id] }))).toBe("NOT_FOUND");
    expect(await codeOf(partners(B.users.regie, B).evaluation.addable({ roundId, q: "" }))).toBe("NOT_FOUND");
    expect(await ownerDb().partnersEvaluationActor.count({ where: { roundId } })).toBe(1);

    const manage = manifest.permissions.find((p) => p.key === "partners.evaluation.manage")?.defaultRoles as readonly string[];
    const problems: string[] = [];
    let count = 0;
    for (const role of ROLES) {
      const api = partners(A.users[role], A);
      for (const [name, call] of [
        ["addable", () => api.evaluation.addable({ roundId, q: "" })],
        ["addActors", () => api.evaluation.addActors({ roundId, actorIds: [n.b.id] })],
      ] as const) {
        const code = await codeOf(call());
        count++;
        if (code !== (manage.includes(role) ? "OK" : "FORBIDDEN")) problems.push(`${role} ${name}: ${code}`);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBe(ROLES.length * 2);
  });
});
