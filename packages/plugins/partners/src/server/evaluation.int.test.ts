import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "@zorgzaam/core/testing";
import { manifest } from "../manifest";
import { nlText } from "./errors";
import { seedEvaluation } from "./evaluation/seed";
import { seedActors } from "./seed-actors";
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

beforeAll(async () => {
  [A, B] = await Promise.all([createTenant({ tag: "ev-a" }), createTenant({ tag: "ev-b" })]);
  await Promise.all([setEnabled(A.id, true), setEnabled(B.id, true)]);
});

afterAll(async () => {
  await closeAll();
});

/** A small network of organisation [0] in a fresh tenant (so counts are exact). */
async function network(t: TenantFixture) {
  const org = t.organisations[0].id;
  const nbh = t.neighbourhoods[0].id;
  const mk = (name: string, status: "intensive" | "occasional" | "dormant" | "not_contacted" | "let_go", extra = {}) =>
    makeActor(t.id, { name, status, organisationId: org, neighbourhoodIds: [nbh], ...extra });
  return {
    huisarts: await mk("Huisartsenpraktijk De Markt", "intensive"),
    apotheek: await mk("Apotheek Centrum", "occasional"),
    kine: await mk("Kinesist Zuid", "dormant"),
    club: await mk("Sportclub Zonnedal", "let_go", { neighbourhoodIds: [t.neighbourhoods[1].id] }),
    school: await mk("Basisschool De Linde", "not_contacted"),
    bank: await mk("Bankkantoor (gesloten)", "dormant", { missing: true }),
  };
}

describe("an evaluation round from start to close", () => {
  it("walks start → answers → network answer → follow-ups → close, applying the confirmed statuses through the history", async () => {
    const T = await createTenant({ tag: "ev-flow" });
    await setEnabled(T.id, true);
    const n = await network(T);
    const regie = partners(T.users.regie, T);
    const worker = partners(T.users.field_worker, T);
    const archived = await makeActor(T.id, { name: "Oud buurthuis", status: "intensive", organisationId: T.organisations[0].id });
    await ownerDb().partnersActor.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    // Default: intensive, occasional, dormant and let go; no "not contacted", no missing place, nothing archived.
    const preview = await regie.evaluation.preview({ includeNotContacted: false });
    expect(preview.actors.map((a) => a.name)).toEqual([
      "Huisartsenpraktijk De Markt",
      "Apotheek Centrum",
      "Kinesist Zuid",
      "Sportclub Zonnedal",
    ]);
    const { id: roundId, actors } = await regie.evaluation.start({ title: "Netwerkevaluatie najaar", includeNotContacted: false });
    expect(actors).toBe(4);

    const before = await worker.evaluation.get({ id: roundId });
    expect(before.progress).toEqual({ answered: 0, total: 4 });
    expect(before.actors.map((a) => a.statusAtStart)).toEqual(["intensive", "occasional", "dormant", "let_go"]);

    // The field worker answers for the pharmacy and the dormant physiotherapist.
    await worker.evaluation.answer({
      roundId,
      actorId: n.apotheek.id,
      answers: { worksTogether: "yes", mutual: "partly", proposedStatus: "intensive", note: "Wekelijks contact" },
      before: { worksTogether: null, mutual: null, proposedStatus: null, note: "" },
    });
    await worker.evaluation.answer({
      roundId,
      actorId: n.kine.id,
      answers: { worksTogether: "no", worthWaking: "yes", proposedStatus: "occasional" },
      before: { worksTogether: null, worthWaking: null, proposedStatus: null },
    });
    // "Worth waking" is not asked for an intensive partner.
    expect(
      await codeOf(
        regie.evaluation.answer({ roundId, actorId: n.huisarts.id, answers: { worthWaking: "yes" }, before: { worthWaking: null } }),
      ),
    ).toBe("BAD_REQUEST");

    await regie.evaluation.networkAnswer({ roundId, key: "missingNetwork", text: "Jongeren en nieuwkomers", before: "" });
    const f = await worker.evaluation.followUps.create({
      roundId,
      text: "Kinesist opnieuw uitnodigen",
      actorId: n.kine.id,
      ownerUserId: T.users.field_worker.id,
      dueDate: "2030-01-15",
    });
    const f2 = await regie.evaluation.followUps.create({ roundId, text: "Zelforganisatie zoeken" });
    await regie.evaluation.followUps.update({ id: f2.id, version: f2.version, status: "done" });

    const mid = await regie.evaluation.get({ id: roundId });
    expect(mid.progress).toEqual({ answered: 2, total: 4 });
    expect(mid.network.missingNetwork?.text).toBe("Jongeren en nieuwkomers");
    expect(mid.followUps.map((x) => [x.text, x.actorName, x.ownerUserId, x.dueDate, x.status])).toEqual([
      ["Kinesist opnieuw uitnodigen", "Kinesist Zuid", T.users.field_worker.id, "2030-01-15", "open"],
      ["Zelforganisatie zoeken", null, null, null, "done"],
    ]);
    expect(mid.proposals.map((p) => [p.name, p.from, p.to, p.mayApply])).toEqual([
      ["Apotheek Centrum", "occasional", "intensive", true],
      ["Kinesist Zuid", "dormant", "occasional", true],
    ]);

    // The field worker cannot close; the regie closes and confirms only the pharmacy.
    expect(await codeOf(worker.evaluation.close({ id: roundId, apply: [] }))).toBe("FORBIDDEN");
    const versionBefore = (await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: n.apotheek.id } })).version;
    const closed = await regie.evaluation.close({ id: roundId, apply: [{ actorId: n.apotheek.id, status: "intensive" }] });
    expect(closed.applied).toEqual([n.apotheek.id]);

    const apotheek = await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: n.apotheek.id } });
    expect(apotheek.status).toBe("intensive");
    expect(apotheek.version).toBe(versionBefore + 1);
    expect(Date.now() - apotheek.statusChangedAt.getTime()).toBeLessThan(60_000);
    const kine = await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: n.kine.id } });
    expect(kine.status).toBe("dormant");
    const changes = await ownerDb().partnersActorChange.findMany({ where: { actorId: n.apotheek.id } });
    expect(changes.map((c) => [c.kind, c.statusAfter, c.byUserId])).toEqual([["status", "intensive", T.users.regie.id]]);
    expect(changes[0]?.fields).toMatchObject({ status: ["occasional", "intensive"] });
    expect(await ownerDb().partnersActorChange.count({ where: { actorId: n.kine.id } })).toBe(0);

    const after = await regie.evaluation.get({ id: roundId });
    expect(after.status).toBe("closed");
    expect(after.actors.find((a) => a.actorId === n.apotheek.id)?.appliedStatus).toBe("intensive");
    expect(after.actors.find((a) => a.actorId === n.kine.id)?.appliedStatus).toBeNull();

    // Closed: answers wait; follow-ups can still be ticked off. Reopening lets answers in again.
    expect(
      await codeOf(
        worker.evaluation.answer({ roundId, actorId: n.club.id, answers: { worksTogether: "no" }, before: { worksTogether: null } }),
      ),
    ).toBe("PRECONDITION_FAILED");
    await worker.evaluation.followUps.update({ id: f.id, version: f.version, status: "done" });
    expect(await codeOf(regie.evaluation.close({ id: roundId, apply: [] }))).toBe("PRECONDITION_FAILED");
    await regie.evaluation.reopen({ id: roundId });
    await worker.evaluation.answer({ roundId, actorId: n.club.id, answers: { worksTogether: "no" }, before: { worksTogether: null } });
    expect((await regie.evaluation.list()).map((r) => [r.title, r.status, r.actors, r.answered, r.followUpsOpen, r.followUpsDone])).toEqual(
      [["Netwerkevaluatie najaar", "open", 4, 3, 0, 2]],
    );

    const audit = await ownerDb().auditEvent.groupBy({
      by: ["action"],
      where: { tenantId: T.id, action: { startsWith: "partners." } },
      _count: { _all: true },
    });
    expect(Object.fromEntries(audit.map((a) => [a.action, a._count._all]))).toEqual({
      "partners.evaluation.started": 1,
      "partners.evaluation.answered": 3,
      "partners.evaluation.network_answered": 1,
      "partners.evaluation.followup_created": 2,
      "partners.evaluation.followup_updated": 2,
      "partners.evaluation.closed": 1,
      "partners.evaluation.reopened": 1,
      "partners.actor.status": 1,
    });
  });

  it("takes in not-yet-contacted actors, one neighbourhood or the regie's own choice when asked", async () => {
    const T = await createTenant({ tag: "ev-sel" });
    await setEnabled(T.id, true);
    const n = await network(T);
    const regie = partners(T.users.regie, T);
    const all = await regie.evaluation.preview({ includeNotContacted: true });
    expect(all.actors.map((a) => a.name).sort()).toEqual(
      ["Apotheek Centrum", "Basisschool De Linde", "Huisartsenpraktijk De Markt", "Kinesist Zuid", "Sportclub Zonnedal"].sort(),
    );
    const one = await regie.evaluation.preview({ neighbourhoodId: T.neighbourhoods[1].id, includeNotContacted: false });
    expect(one.actors.map((a) => a.name)).toEqual(["Sportclub Zonnedal"]);
    const chosen = await regie.evaluation.start({
      title: "Alleen de zorg",
      actorIds: [n.huisarts.id, n.apotheek.id],
      includeNotContacted: false,
    });
    expect(chosen.actors).toBe(2);
    expect(await codeOf(regie.evaluation.start({ title: "Vreemd", actorIds: [n.huisarts.id, B.organisations[0].id] }))).toBe("NOT_FOUND");
    expect(await codeOf(regie.evaluation.start({ title: "Buurt van B", neighbourhoodId: B.neighbourhoods[0].id }))).toBe("NOT_FOUND");
    await ownerDb().partnersActor.updateMany({ where: { tenantId: T.id }, data: { status: "not_contacted" } });
    expect(await messageOf(regie.evaluation.start({ title: "Leeg" }))).toBe(nlText("partners.evaluation.noActors"));
    expect(await ownerDb().partnersEvaluationRound.count({ where: { tenantId: T.id } })).toBe(1);
  });
});

describe("two team members answering at the same time", () => {
  it("keeps both when they answer different questions, and refuses (CONFLICT) to overwrite the same answer unseen", async () => {
    const n = await network(A);
    const regie = partners(A.users.regie, A);
    const worker = partners(A.users.field_worker, A);
    const { id: roundId } = await regie.evaluation.start({ title: "Gelijktijdig", actorIds: [n.huisarts.id, n.apotheek.id] });
    const actorId = n.huisarts.id;

    // Both start from the empty row and save at the same moment, each a different question.
    await Promise.all([
      worker.evaluation.answer({ roundId, actorId, answers: { worksTogether: "yes" }, before: { worksTogether: null } }),
      regie.evaluation.answer({ roundId, actorId, answers: { note: "Vaste contactpersoon" }, before: { note: "" } }),
    ]);
    let row = await ownerDb().partnersEvaluationActor.findFirstOrThrow({ where: { roundId, actorId } });
    expect([row.worksTogether, row.note]).toEqual(["yes", "Vaste contactpersoon"]);

    // The regie, still seeing the empty answer, says "no": refused, and the field worker's "yes" stays.
    const msg = await messageOf(
      regie.evaluation.answer({ roundId, actorId, answers: { worksTogether: "no" }, before: { worksTogether: null } }),
    );
    expect(msg).toContain("Werken we echt samen?");
    row = await ownerDb().partnersEvaluationActor.findFirstOrThrow({ where: { roundId, actorId } });
    expect(row.worksTogether).toBe("yes");
    // Saying the same thing twice is not a conflict; answering from the current value is accepted.
    await regie.evaluation.answer({ roundId, actorId, answers: { worksTogether: "yes" }, before: { worksTogether: null } });
    await regie.evaluation.answer({ roundId, actorId, answers: { worksTogether: "partly" }, before: { worksTogether: "yes" } });

    // Truly simultaneous saves of the same question with different values: one wins, the other hears CONFLICT.
    const codes = await Promise.all([
      codeOf(regie.evaluation.answer({ roundId, actorId: n.apotheek.id, answers: { mutual: "yes" }, before: { mutual: null } })),
      codeOf(worker.evaluation.answer({ roundId, actorId: n.apotheek.id, answers: { mutual: "no" }, before: { mutual: null } })),
    ]);
    expect(codes.sort()).toEqual(["CONFLICT", "OK"]);
    const stored = (await ownerDb().partnersEvaluationActor.findFirstOrThrow({ where: { roundId, actorId: n.apotheek.id } })).mutual;
    expect(codes[0] === "OK" || codes[1] === "OK").toBe(true);
    expect(["yes", "no"]).toContain(stored);

    // The same rule for the whole-network answers, which share one JSON column: other questions are never lost.
    await Promise.all([
      regie.evaluation.networkAnswer({ roundId, key: "proud", text: "De buurtsoep", before: "" }),
      worker.evaluation.networkAnswer({ roundId, key: "letGo", text: "Het maandelijkse overleg", before: "" }),
    ]);
    expect(await codeOf(worker.evaluation.networkAnswer({ roundId, key: "proud", text: "Iets anders", before: "" }))).toBe("CONFLICT");
    await worker.evaluation.networkAnswer({ roundId, key: "proud", text: "De buurtsoep en de wandeling", before: "De buurtsoep" });
    const got = await regie.evaluation.get({ id: roundId });
    expect(got.network.proud?.text).toBe("De buurtsoep en de wandeling");
    expect(got.network.letGo?.text).toBe("Het maandelijkse overleg");

    // Follow-ups carry a version: an old one is refused.
    const f = await regie.evaluation.followUps.create({ roundId, text: "Bellen" });
    await worker.evaluation.followUps.update({ id: f.id, version: f.version, text: "Bellen en mailen" });
    expect(await codeOf(regie.evaluation.followUps.update({ id: f.id, version: f.version, status: "done" }))).toBe("CONFLICT");
    expect((await ownerDb().partnersFollowUp.findUniqueOrThrow({ where: { id: f.id } })).text).toBe("Bellen en mailen");
  });
});

describe("comparing rounds", () => {
  it("gives per round the statuses at the start, the shares, dormant ties worth waking and follow-ups, and per actor what moved", async () => {
    const T = await createTenant({ tag: "ev-cmp" });
    await setEnabled(T.id, true);
    const n = await network(T);
    const regie = partners(T.users.regie, T);
    const ans = (roundId: string, actorId: string, answers: Record<string, string | null>) =>
      regie.evaluation.answer({
        roundId,
        actorId,
        answers,
        before: Object.fromEntries(Object.keys(answers).map((k) => [k, k === "note" || k === "opensNetworks" ? "" : null])),
      });

    const r1 = (await regie.evaluation.start({ title: "Voorjaar" })).id;
    await ans(r1, n.huisarts.id, { worksTogether: "yes", mutual: "yes" });
    await ans(r1, n.apotheek.id, { worksTogether: "partly", mutual: "no" });
    await ans(r1, n.kine.id, { worksTogether: "no", mutual: "unknown", worthWaking: "yes", proposedStatus: "occasional" });
    await ans(r1, n.club.id, { worksTogether: "unknown" });
    const done = await regie.evaluation.followUps.create({ roundId: r1, text: "Kinesist bellen", actorId: n.kine.id });
    await regie.evaluation.followUps.update({ id: done.id, version: done.version, status: "done" });
    await regie.evaluation.followUps.create({ roundId: r1, text: "Jeugdwerking zoeken" });
    await regie.evaluation.close({ id: r1, apply: [{ actorId: n.kine.id, status: "occasional" }] });

    const r2 = (await regie.evaluation.start({ title: "Najaar" })).id;
    await ans(r2, n.huisarts.id, { worksTogether: "yes", mutual: "partly" });
    await ans(r2, n.kine.id, { worksTogether: "yes", mutual: "yes" });

    // Given newest first, answered oldest first.
    const cmp = await regie.evaluation.compare({ roundIds: [r2, r1] });
    expect(cmp.rounds.map((r) => r.title)).toEqual(["Voorjaar", "Najaar"]);
    const [f1, f2] = cmp.rounds.map((r) => r.figures);
    expect(f1).toMatchObject({
      actors: 4,
      answered: 4,
      byStatusAtStart: { intensive: 1, occasional: 1, dormant: 1, let_go: 1, not_contacted: 0 },
      worksTogether: { yes: 1, partly: 1, no: 1, unknown: 1, unanswered: 0 },
      mutual: { yes: 1, partly: 0, no: 1, unknown: 1, unanswered: 1 },
      dormant: 1,
      dormantWorthWaking: 1,
      applied: 1,
      followUps: { open: 1, done: 1, dropped: 0 },
    });
    expect(f1?.worksTogetherShare).toBeCloseTo(1 / 3);
    expect(f1?.mutualShare).toBeCloseTo(1 / 2);
    expect(f2).toMatchObject({
      actors: 4,
      answered: 2,
      byStatusAtStart: { intensive: 1, occasional: 2, dormant: 0, let_go: 1, not_contacted: 0 },
      worksTogether: { yes: 2, partly: 0, no: 0, unknown: 0, unanswered: 2 },
      dormant: 0,
      dormantWorthWaking: 0,
      applied: 0,
      followUps: { open: 0, done: 0, dropped: 0 },
    });
    expect(f2?.worksTogetherShare).toBe(1);
    expect(f2?.mutualShare).toBeCloseTo(1 / 2);

    const kine = cmp.actors.find((a) => a.actorId === n.kine.id);
    expect(kine?.changed).toBe(true);
    expect(kine?.cells.map((c) => [c?.statusAtStart, c?.worksTogether, c?.appliedStatus])).toEqual([
      ["dormant", "no", "occasional"],
      ["occasional", "yes", null],
    ]);
    // An answer not given yet in the open round is not a move; a changed answer is.
    expect(cmp.actors.find((a) => a.actorId === n.club.id)?.changed).toBe(false);
    expect(cmp.actors.find((a) => a.actorId === n.huisarts.id)?.changed).toBe(true);
    expect(cmp.actors.find((a) => a.actorId === n.apotheek.id)?.changed).toBe(false);
    expect(cmp.actors).toHaveLength(4);
    expect(cmp.actors.filter((a) => a.changed).map((a) => a.name)).toEqual(["Huisartsenpraktijk De Markt", "Kinesist Zuid"]);
  });
});

describe("who may do what", () => {
  it("matches the manifest's default roles in every role × procedure cell", async () => {
    const T = await createTenant({ tag: "ev-perm" });
    await setEnabled(T.id, true);
    const n = await network(T);
    const { id: roundId } = await partners(T.users.regie, T).evaluation.start({ title: "Rechten" });
    const evaluate = manifest.permissions.find((p) => p.key === "partners.evaluation.participate")?.defaultRoles as readonly string[];
    const manage = manifest.permissions.find((p) => p.key === "partners.evaluation.manage")?.defaultRoles as readonly string[];
    expect([...evaluate].sort()).toEqual(["field_worker", "regie"]);
    expect([...manage]).toEqual(["regie"]);

    const cells: [string, (api: ReturnType<typeof partners>) => Promise<unknown>, readonly string[]][] = [
      ["list", (api) => api.evaluation.list(), evaluate],
      ["get", (api) => api.evaluation.get({ id: roundId }), evaluate],
      ["compare", (api) => api.evaluation.compare({ roundIds: [roundId] }), evaluate],
      [
        "answer",
        (api) => api.evaluation.answer({ roundId, actorId: n.huisarts.id, answers: { note: "x" }, before: { note: "" } }),
        evaluate,
      ],
      ["networkAnswer", (api) => api.evaluation.networkAnswer({ roundId, key: "core", text: "", before: "" }), evaluate],
      ["followUps.create", (api) => api.evaluation.followUps.create({ roundId, text: "Iets" }), evaluate],
      ["preview", (api) => api.evaluation.preview({ includeNotContacted: false }), manage],
      ["start", (api) => api.evaluation.start({ title: "Nog een" }), manage],
      // The gate is checked before the round: a refused role never reaches it, an allowed one finds it open.
      ["reopen", (api) => api.evaluation.reopen({ id: roundId }), manage],
    ];
    const problems: string[] = [];
    let count = 0;
    for (const role of ROLES) {
      for (const [name, call, roles] of cells) {
        const code = await codeOf(call(partners(T.users[role], T)));
        const want = roles.includes(role) ? ["OK", "PRECONDITION_FAILED"] : ["FORBIDDEN"];
        count++;
        if (!want.includes(code)) problems.push(`${role} ${name}: ${code}`);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBe(ROLES.length * cells.length);

    // A field worker may delete only her own follow-ups; the regie any (while the round is open).
    const mine = await partners(T.users.field_worker, T).evaluation.followUps.create({ roundId, text: "Van mij" });
    const theirs = await partners(T.users.regie, T).evaluation.followUps.create({ roundId, text: "Van de regie" });
    expect(await codeOf(partners(T.users.field_worker, T).evaluation.followUps.delete({ id: theirs.id }))).toBe("FORBIDDEN");
    expect(await codeOf(partners(T.users.field_worker, T).evaluation.followUps.delete({ id: mine.id }))).toBe("OK");
    expect(await codeOf(partners(T.users.regie, T).evaluation.followUps.delete({ id: theirs.id }))).toBe("OK");
  });
});

describe("visibility", () => {
  let other: MemberFixture;
  beforeAll(async () => {
    // A field worker of the other organisation (the fixture's partner role cannot take part in evaluations).
    other = await createMember(A, { roles: ["field_worker"], organisationId: A.organisations[1].id, tag: "ev-other-org" });
  });

  it("leaves another organisation's private actor out of a member's view of the round", async () => {
    const org = A.organisations[0].id;
    const shared = await makeActor(A.id, { name: "Wijkgezondheidscentrum", status: "intensive", organisationId: org });
    const secret = await makeActor(A.id, {
      name: "Intern aanspreekpunt",
      status: "occasional",
      organisationId: org,
      visibility: "organisation",
    });
    const regie = partners(A.users.regie, A);
    const them = partners(other, A);
    const { id: roundId } = await regie.evaluation.start({ title: "Zichtbaarheid", actorIds: [shared.id, secret.id] });
    await regie.evaluation.answer({ roundId, actorId: secret.id, answers: { worksTogether: "yes" }, before: { worksTogether: null } });
    await regie.evaluation.followUps.create({ roundId, text: "Over het interne aanspreekpunt", actorId: secret.id });

    const mine = await regie.evaluation.get({ id: roundId });
    expect(mine.actors.map((a) => a.name).sort()).toEqual(["Intern aanspreekpunt", "Wijkgezondheidscentrum"]);
    const theirs = await them.evaluation.get({ id: roundId });
    expect(theirs.actors.map((a) => a.name)).toEqual(["Wijkgezondheidscentrum"]);
    expect(theirs.progress).toEqual({ answered: 0, total: 1 });
    expect(theirs.followUps).toEqual([]);
    expect(JSON.stringify(theirs)).not.toContain(secret.id);
    expect(JSON.stringify(await them.evaluation.compare({ roundIds: [roundId] }))).not.toContain(secret.id);
    expect((await them.evaluation.list()).find((r) => r.id === roundId)).toMatchObject({ actors: 1, answered: 0, followUpsOpen: 0 });

    expect(
      await codeOf(
        them.evaluation.answer({ roundId, actorId: secret.id, answers: { worksTogether: "no" }, before: { worksTogether: "yes" } }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(them.evaluation.followUps.create({ roundId, text: "x", actorId: secret.id }))).toBe("NOT_FOUND");
    const f = await ownerDb().partnersFollowUp.findFirstOrThrow({ where: { roundId, actorId: secret.id } });
    expect(await codeOf(them.evaluation.followUps.update({ id: f.id, version: f.version, status: "done" }))).toBe("NOT_FOUND");
    expect((await ownerDb().partnersEvaluationActor.findFirstOrThrow({ where: { roundId, actorId: secret.id } })).worksTogether).toBe(
      "yes",
    );
  });

  it("answers NOT_FOUND to a member of another tenant for every procedure that takes a round, and changes nothing", async () => {
    const n = await network(A);
    const regie = partners(A.users.regie, A);
    const { id: roundId } = await regie.evaluation.start({ title: "Van A", actorIds: [n.huisarts.id] });
    const f = await regie.evaluation.followUps.create({ roundId, text: "Van A" });
    const snapshot = async () =>
      JSON.stringify([
        await ownerDb().partnersEvaluationRound.findUniqueOrThrow({ where: { id: roundId } }),
        await ownerDb().partnersEvaluationActor.findMany({ where: { roundId } }),
        await ownerDb().partnersFollowUp.findMany({ where: { roundId } }),
      ]);
    const before = await snapshot();
    const b = partners(B.users.regie, B);
    const calls: [string, Promise<unknown>][] = [
      ["get", b.evaluation.get({ id: roundId })],
      [
        "answer",
        b.evaluation.answer({ roundId, actorId: n.huisarts.id, answers: { worksTogether: "no" }, before: { worksTogether: null } }),
      ],
      ["networkAnswer", b.evaluation.networkAnswer({ roundId, key: "core", text: "Overgenomen", before: "" })],
      ["followUps.create", b.evaluation.followUps.create({ roundId, text: "Overgenomen" })],
      ["followUps.update", b.evaluation.followUps.update({ id: f.id, version: f.version, status: "dropped" })],
      ["followUps.delete", b.evaluation.followUps.delete({ id: f.id })],
      ["close", b.evaluation.close({ id: roundId, apply: [] })],
      ["reopen", b.evaluation.reopen({ id: roundId })],
      ["compare", b.evaluation.compare({ roundIds: [roundId] })],
      ["start", b.evaluation.start({ title: "Met A's actor", actorIds: [n.huisarts.id] })],
    ];
    const codes = Object.fromEntries(await Promise.all(calls.map(async ([name, p]) => [name, await codeOf(p)] as const)));
    expect(Object.values(codes)).toHaveLength(10);
    expect(codes).toEqual(Object.fromEntries(calls.map(([name]) => [name, "NOT_FOUND"])));
    expect(await snapshot()).toBe(before);
    expect(await ownerDb().partnersEvaluationRound.count({ where: { tenantId: B.id } })).toBe(0);
  });

  it("answers NOT_FOUND while the module is disabled", async () => {
    const T = await createTenant({ tag: "ev-off" });
    await setEnabled(T.id, true);
    await network(T);
    const { id: roundId } = await partners(T.users.regie, T).evaluation.start({ title: "Uit" });
    await setEnabled(T.id, false);
    const api = partners(T.users.regie, T);
    const codes = [
      await codeOf(api.evaluation.list()),
      await codeOf(api.evaluation.get({ id: roundId })),
      await codeOf(api.evaluation.start({ title: "Nog een" })),
      await codeOf(api.evaluation.close({ id: roundId, apply: [] })),
    ];
    expect(codes).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"]);
  });
});

describe("the demo seed", () => {
  it("gives a closed round six months ago and an open one now, with rows in every table, once", async () => {
    const T = await createTenant({ tag: "ev-seed" });
    await setEnabled(T.id, true);
    const ctx = {
      db: ownerDb(),
      tenant: { id: T.id, slug: T.slug, defaultLocale: "nl" },
      usersByRole: Object.fromEntries(ROLES.map((r) => [r, [{ id: T.users[r].id, email: T.users[r].email, name: null }]])),
    };
    await seedEvaluation(ctx, []);
    expect(await ownerDb().partnersEvaluationRound.count({ where: { tenantId: T.id } })).toBe(0);

    const actors = await seedActors(ctx);
    await seedEvaluation(ctx, actors);
    await seedEvaluation(ctx, actors);
    const rounds = await ownerDb().partnersEvaluationRound.findMany({ where: { tenantId: T.id }, orderBy: { startedAt: "asc" } });
    expect(rounds.map((r) => r.status)).toEqual(["closed", "open"]);
    const ageDays = (Date.now() - (rounds[0]?.startedAt.getTime() ?? 0)) / 86_400_000;
    expect(ageDays).toBeGreaterThan(150);
    expect(await ownerDb().partnersEvaluationActor.count({ where: { tenantId: T.id, roundId: rounds[0]?.id } })).toBeGreaterThan(5);
    expect(await ownerDb().partnersEvaluationActor.count({ where: { tenantId: T.id, roundId: rounds[1]?.id } })).toBeGreaterThan(5);
    expect(await ownerDb().partnersFollowUp.count({ where: { tenantId: T.id } })).toBe(6);

    // Readable through the API, and comparable.
    const api = partners(T.users.regie, T);
    const cmp = await api.evaluation.compare({ roundIds: rounds.map((r) => r.id) });
    expect(cmp.rounds[0]?.figures.answered).toBe(cmp.rounds[0]?.figures.actors);
    expect(cmp.rounds[1]?.figures.answered).toBeGreaterThan(0);
    expect(cmp.rounds[1]?.figures.answered).toBeLessThan(cmp.rounds[1]?.figures.actors ?? 0);
    const open = await api.evaluation.get({ id: rounds[1]?.id ?? "" });
    expect(Object.keys(open.network).sort()).toEqual(["missingNetwork", "proud"]);
  });
});
