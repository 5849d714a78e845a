import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STARTER_THEMES } from "../starter/index";
import { brusselsDay, addDays } from "./dates";
import { nlText } from "./errors";
import { closeAll, codeOf, createTenant, messageOf, ownerDb, reflectie, setEnabled, type TenantFixture } from "./test-support";

let A: TenantFixture;
let B: TenantFixture;

beforeAll(async () => {
  [A, B] = await Promise.all([createTenant({ tag: "refl-a" }), createTenant({ tag: "refl-b" })]);
  await Promise.all([setEnabled(A.id, true), setEnabled(B.id, true)]);
});

afterAll(async () => {
  await closeAll();
});

async function themeIds(keys: string[]) {
  const themes = await reflectie(A.users.regie, A).themes.list();
  return keys.map((k) => {
    const th = themes.find((t) => t.key === k);
    if (!th) throw new Error(`no theme ${k}`);
    return th;
  });
}

async function newSession(opts: { themes?: string[]; invite?: string[]; guests?: string[] } = {}) {
  const themes = await themeIds(opts.themes ?? ["visie"]);
  return reflectie(A.users.regie, A).sessions.create({
    title: "Teamreflectie",
    date: new Date(),
    themeIds: themes.map((t) => t.id),
    participantUserIds: opts.invite ?? [],
    guestNames: opts.guests ?? [],
  });
}

describe("the question library", () => {
  it("copies the whole starter set into the tenant on first use, in three languages", async () => {
    const themes = await reflectie(A.users.field_worker, A).themes.list();
    expect(themes.length).toBe(STARTER_THEMES.length);
    expect(themes.reduce((n, t) => n + t.questions.length, 0)).toBe(STARTER_THEMES.reduce((n, t) => n + t.questions.length, 0));
    for (const t of themes) for (const q of t.questions) expect(q.text.nl && q.text.fr && q.text.en).toBeTruthy();
  });

  it("keeps the tenant's edits when the starter set is copied again, and refreshes untouched questions", async () => {
    const api = reflectie(A.users.regie, A);
    const [visie] = await themeIds(["visie"]);
    const [edited, untouched] = visie!.questions;
    await api.questions.update({ id: edited!.id, text: { nl: "Onze eigen vraag?", fr: "", en: "" } });
    // Simulate an older starter text on the untouched question and an older library version.
    await ownerDb().reflectieQuestion.update({ where: { id: untouched!.id }, data: { textNl: "oude tekst" } });
    await ownerDb().reflectieLibrary.update({ where: { tenantId: A.id }, data: { starterVersion: 0 } });
    const after = (await api.themes.list()).find((t) => t.key === "visie")!;
    expect(after.questions.find((q) => q.id === edited!.id)?.text.nl).toBe("Onze eigen vraag?");
    expect(after.questions.find((q) => q.id === untouched!.id)?.text.nl).toBe(untouched!.text.nl);
    expect(after.questions.length).toBe(visie!.questions.length);
    // And back to the starter text on request.
    expect(after.questions.find((q) => q.id === edited!.id)?.canReset).toBe(true);
    await api.questions.reset({ id: edited!.id });
    const reset = (await api.themes.list()).find((t) => t.key === "visie")!;
    expect(reset.questions.find((q) => q.id === edited!.id)?.text.nl).toBe(edited!.text.nl);
  });

  it("lets only set managers edit questions; starter questions are hidden, not deleted", async () => {
    const [visie] = await themeIds(["visie"]);
    const q = visie!.questions[0]!;
    expect(await codeOf(reflectie(A.users.field_worker, A).questions.update({ id: q.id, hidden: true }))).toBe("FORBIDDEN");
    expect(await messageOf(reflectie(A.users.regie, A).questions.delete({ id: q.id }))).toBe(
      nlText("reflectie.library.starterQuestionDelete"),
    );
    const own = await reflectie(A.users.admin, A).questions.create({ themeId: visie!.id, text: { nl: "Eigen vraag?", fr: "", en: "" } });
    expect(await codeOf(reflectie(A.users.admin, A).questions.delete({ id: own.id }))).toBe("OK");
  });
});

describe("the fan", () => {
  it("draws every question of the chosen themes once, never a hidden one or one of another theme, then says it is empty", async () => {
    const api = reflectie(A.users.regie, A);
    const chosen = await themeIds(["netwerken", "samenwerking"]);
    const hidden = chosen[0]!.questions[2]!;
    await api.questions.update({ id: hidden.id, hidden: true });
    const s = await newSession({ themes: ["netwerken", "samenwerking"] });
    const expected = chosen.flatMap((t) => t.questions).filter((q) => q.id !== hidden.id);
    const drawn: { questionId: string | null; themeId: string | null }[] = [];
    for (let i = 0; i < expected.length; i++) drawn.push(await api.fan.draw({ sessionId: s.id, locale: "nl", start: true }));
    expect(new Set(drawn.map((d) => d.questionId)).size).toBe(expected.length);
    expect(drawn.map((d) => d.questionId).sort()).toEqual(expected.map((q) => q.id).sort());
    expect(drawn.every((d) => chosen.some((t) => t.id === d.themeId))).toBe(true);
    expect(await messageOf(api.fan.draw({ sessionId: s.id, start: true }))).toBe(nlText("reflectie.fan.empty"));
    const detail = await api.sessions.get({ id: s.id });
    expect(detail.status).toBe("in_progress");
    expect(detail.remaining).toBe(0);
    expect(detail.items.map((i) => i.position)).toEqual(expected.map((_, i) => i + 1));
  });

  it("never hands out the same question twice when people draw at the same time", async () => {
    const s = await newSession({ themes: ["visie"], invite: [A.users.field_worker.id] });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        reflectie(i % 2 ? A.users.field_worker : A.users.regie, A).fan.draw({ sessionId: s.id, start: true }),
      ),
    );
    const ids = results
      .filter((r) => r.status === "fulfilled")
      .map((r) => (r as PromiseFulfilledResult<{ questionId: string | null }>).value.questionId);
    expect(ids.length).toBe(6);
    expect(new Set(ids).size).toBe(6);
  });

  it("picks a chosen question once; a second pick of it is a conflict", async () => {
    const api = reflectie(A.users.regie, A);
    const [theme] = await themeIds(["burenhulp"]);
    const s = await newSession({ themes: ["burenhulp"] });
    const item = await api.fan.pick({ sessionId: s.id, questionId: theme!.questions[0]!.id, locale: "fr", start: true });
    expect(item.how).toBe("picked");
    expect(item.questionText).toBe(theme!.questions[0]!.text.fr);
    expect(await codeOf(api.fan.pick({ sessionId: s.id, questionId: theme!.questions[0]!.id, start: true }))).toBe("CONFLICT");
  });
});

describe("two people editing the same session", () => {
  it("refuses the second update with the same version (CONFLICT) and keeps the first text", async () => {
    const s = await newSession({ invite: [A.users.field_worker.id] });
    const { version } = await reflectie(A.users.regie, A).sessions.get({ id: s.id });
    const first = await reflectie(A.users.regie, A).sessions.update({ id: s.id, version, successes: "Het soepmoment loopt vanzelf." });
    expect(first.version).toBe(version + 1);
    const second = reflectie(A.users.field_worker, A).sessions.update({ id: s.id, version, successes: "Iets anders" });
    expect(await codeOf(second)).toBe("CONFLICT");
    expect(await messageOf(reflectie(A.users.field_worker, A).sessions.update({ id: s.id, version, successes: "x" }))).toBe(
      nlText("reflectie.session.conflict"),
    );
    const now = await reflectie(A.users.field_worker, A).sessions.get({ id: s.id });
    expect(now.successes).toBe("Het soepmoment loopt vanzelf.");
    expect(now.version).toBe(version + 1);
    // With the current version the other person's text goes through.
    await reflectie(A.users.field_worker, A).sessions.update({ id: s.id, version: now.version, successes: "Samen: soep en trots." });
    expect((await reflectie(A.users.regie, A).sessions.get({ id: s.id })).successes).toBe("Samen: soep en trots.");
  });

  it("lets exactly one of two simultaneous answer saves win; the answer is that one's, whole", async () => {
    const s = await newSession({ invite: [A.users.field_worker.id] });
    const item = await reflectie(A.users.regie, A).fan.draw({ sessionId: s.id, start: true });
    const results = await Promise.allSettled([
      reflectie(A.users.regie, A).items.update({ id: item.id, version: item.version, answer: "Antwoord van Ruben" }),
      reflectie(A.users.field_worker, A).items.update({ id: item.id, version: item.version, answer: "Antwoord van Femke" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.code).toBe("CONFLICT");
    const winner = results[0]!.status === "fulfilled" ? "Antwoord van Ruben" : "Antwoord van Femke";
    const saved = (await reflectie(A.users.regie, A).sessions.get({ id: s.id })).items[0]!;
    expect(saved.answer).toBe(winner);
    expect(saved.version).toBe(item.version + 1);
  });

  it("closes only with the successes filled in, and then refuses answers", async () => {
    const api = reflectie(A.users.regie, A);
    const s = await newSession();
    const item = await api.fan.draw({ sessionId: s.id, start: true });
    const { version } = await api.sessions.get({ id: s.id });
    expect(await messageOf(api.sessions.close({ id: s.id, version, successes: "   " }))).toBe(
      nlText("reflectie.session.successesRequired"),
    );
    await api.sessions.close({ id: s.id, version, successes: "We zijn trots op de buurtwandeling." });
    const closed = await api.sessions.get({ id: s.id });
    expect(closed.status).toBe("closed");
    expect(await messageOf(api.items.update({ id: item.id, version: item.version, answer: "te laat" }))).toBe(
      nlText("reflectie.session.closed"),
    );
    expect(await messageOf(api.fan.draw({ sessionId: s.id, start: true }))).toBe(nlText("reflectie.session.closed"));
  });
});

describe("who sees a session", () => {
  it("shows a session only to those invited (and to regie); the others get NOT_FOUND", async () => {
    const s = await newSession({ invite: [A.users.partner.id], guests: ["Fatima"] });
    for (const who of [A.users.field_worker, A.users.volunteer, A.users.admin]) {
      const api = reflectie(who, A);
      expect(await codeOf(api.sessions.get({ id: s.id }))).toBe("NOT_FOUND");
      expect(await codeOf(api.reports.get({ sessionId: s.id }))).toBe("NOT_FOUND");
      expect(await codeOf(api.fan.draw({ sessionId: s.id, start: true }))).toBe("NOT_FOUND");
      expect(await codeOf(api.actions.create({ sessionId: s.id, text: "x" }))).toBe("NOT_FOUND");
      expect((await api.sessions.list()).items.map((i) => i.id)).not.toContain(s.id);
    }
    expect((await reflectie(A.users.partner, A).sessions.get({ id: s.id })).participants.map((p) => p.name)).toContain("Fatima");
    // Invited later, the field worker sees the session and its report; the volunteer still sees nothing.
    const regie = reflectie(A.users.regie, A);
    const { version } = await regie.sessions.get({ id: s.id });
    await regie.sessions.setParticipants({
      id: s.id,
      version,
      userIds: [A.users.regie.id, A.users.partner.id, A.users.field_worker.id],
      guestNames: ["Fatima"],
    });
    const report = await reflectie(A.users.field_worker, A).reports.get({ sessionId: s.id });
    expect(report.session.title).toBe("Teamreflectie");
    expect(await codeOf(reflectie(A.users.volunteer, A).sessions.get({ id: s.id }))).toBe("NOT_FOUND");
    expect((await reflectie(A.users.volunteer, A).sessions.list()).items.map((i) => i.id)).not.toContain(s.id);
  });

  it("lets an invited volunteer take part", async () => {
    const s = await newSession({ invite: [A.users.volunteer.id] });
    const api = reflectie(A.users.volunteer, A);
    const item = await api.fan.draw({ sessionId: s.id, start: true });
    await api.items.update({ id: item.id, version: item.version, answer: "Ik help graag met de ritten." });
    expect((await api.sessions.list()).items.map((i) => i.id)).toContain(s.id);
    // Planning and inviting stay with regie.
    expect(await codeOf(api.sessions.create({ title: "x", date: new Date() }))).toBe("FORBIDDEN");
  });

  it("refuses another tenant's ids and a disabled module with NOT_FOUND", async () => {
    const s = await newSession();
    const other = reflectie(B.users.regie, B);
    expect(await codeOf(other.sessions.get({ id: s.id }))).toBe("NOT_FOUND");
    expect(await codeOf(other.fan.draw({ sessionId: s.id, start: true }))).toBe("NOT_FOUND");
    expect(await codeOf(other.sessions.update({ id: s.id, version: 1, title: "overgenomen" }))).toBe("NOT_FOUND");
    expect(await codeOf(other.sessions.create({ title: "x", date: new Date(), participantUserIds: [A.users.field_worker.id] }))).toBe(
      "NOT_FOUND",
    );
    await setEnabled(B.id, false);
    try {
      expect(await codeOf(other.sessions.list())).toBe("NOT_FOUND");
      expect(await codeOf(other.themes.list())).toBe("NOT_FOUND");
    } finally {
      await setEnabled(B.id, true);
    }
  });
});

describe("action points", () => {
  it("flags open action points past their due day as overdue, in the session and in the list across sessions", async () => {
    const api = reflectie(A.users.regie, A);
    const s = await newSession({ invite: [A.users.field_worker.id] });
    const yesterday = brusselsDay(addDays(new Date(), -1));
    const tomorrow = brusselsDay(addDays(new Date(), 1));
    const late = await api.actions.create({
      sessionId: s.id,
      text: "Kapper bezoeken",
      ownerUserId: A.users.field_worker.id,
      dueDate: yesterday,
    });
    const done = await api.actions.create({ sessionId: s.id, text: "Flyer drukken", ownerName: "Fatima", dueDate: yesterday });
    await api.actions.update({ id: done.id, status: "done" });
    const soon = await api.actions.create({ sessionId: s.id, text: "Afspraak huisvesting", dueDate: tomorrow });
    const noDate = await api.actions.create({ sessionId: s.id, text: "Bedankmoment" });

    const detail = await api.sessions.get({ id: s.id });
    const flag = (id: string) => detail.actions.find((a) => a.id === id)?.overdue;
    expect([flag(late.id), flag(done.id), flag(soon.id), flag(noDate.id)]).toEqual([true, false, false, false]);
    expect(detail.actions.find((a) => a.id === late.id)?.ownerName).toBeTruthy();

    const overdue = await reflectie(A.users.field_worker, A).actions.list({ overdue: true, sessionId: s.id });
    expect(overdue.map((a) => a.id)).toEqual([late.id]);
    const mine = await reflectie(A.users.field_worker, A).actions.list({ mine: true, sessionId: s.id });
    expect(mine.map((a) => a.id)).toEqual([late.id]);
    const open = await api.actions.list({ status: "open_any", sessionId: s.id });
    expect(open.map((a) => a.id).sort()).toEqual([late.id, soon.id, noDate.id].sort());
    // An owner must be a member of this tenant.
    expect(await codeOf(api.actions.create({ sessionId: s.id, text: "x", ownerUserId: B.users.regie.id }))).toBe("NOT_FOUND");
    const summary = await reflectie(A.users.field_worker, A).home.summary();
    expect(summary.overdueActions).toBeGreaterThanOrEqual(1);
  });
});
