/**
 * Bevragingen's privacy rules at the API (issue 14): a field worker sees only her own submissions after sending them
 * (her count, her refused answers; never another's answers one by one); the regie sees every refused answer and
 * re-enters or discards it; open answers are quoted only once the team marked them quotable, and a quote is the text
 * alone (never a name), on screen and in every download; a filter that leaves out a few people cannot be subtracted
 * from the whole (differencing, ADR 0029).
 */
import { randomUUID } from "node:crypto";
import {
  closeAll,
  createTenant,
  installModules,
  type MemberFixture,
  moduleCaller,
  ownerDb,
  setModuleEnabled,
  type TenantFixture,
} from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bevragingenPlugin as bevragingen } from "../definition";
import { BUURTBEVRAGING, BUURTBEVRAGING_TITLE } from "./starter";

installModules([bevragingen]);
const call = moduleCaller(bevragingen);

let T: TenantFixture;
let regie: MemberFixture;
let worker: MemberFixture;
let volunteer: MemberFixture;
let surveyId: string;
let versionId: string;

const answers = (area: string, extra: Record<string, unknown> = {}) => ({ area, liking: 4, lonely: "no", ...extra });

function entry(by: MemberFixture, language: "nl" | "fr", extra: Record<string, unknown> = {}, personId: string | null = null) {
  return call(by, T).responses.submit({
    surveyId,
    versionId,
    idempotencyKey: randomUUID(),
    channel: "assisted",
    language,
    answers: answers(T.neighbourhoods[0].id, extra),
    personId,
    consentMethod: personId ? "verbal" : null,
  });
}

beforeAll(async () => {
  T = await createTenant({ tag: "bv-privacy" });
  await setModuleEnabled(T.id, bevragingen, true);
  regie = T.users.regie as MemberFixture;
  worker = T.users.field_worker as MemberFixture;
  volunteer = T.users.volunteer as MemberFixture;
  const api = call(regie, T);
  ({ id: surveyId } = await api.surveys.create({ title: BUURTBEVRAGING_TITLE, languages: ["nl", "fr"] }));
  await api.surveys.saveDraft({ surveyId, content: BUURTBEVRAGING });
  ({ versionId } = await api.surveys.publish({ surveyId }));
  // 20 answers in Dutch (12 by the field worker, 8 by the volunteer), 3 in French by the volunteer.
  for (let i = 0; i < 12; i++) await entry(worker, "nl", { wish: `Meer bankjes aan de kerk ${i}` });
  for (let i = 0; i < 8; i++) await entry(volunteer, "nl", { lonely: i < 6 ? "yes" : "no" });
  for (let i = 0; i < 3; i++) await entry(volunteer, "fr", { lonely: "yes" });
});

afterAll(async () => {
  await closeAll();
});

describe("the interviewer sees only her own submissions", () => {
  it("counts her own answers, never reads others' one by one", async () => {
    expect((await call(worker, T).responses.mine({ surveyId })).count).toBe(12);
    expect((await call(volunteer, T).responses.mine({ surveyId })).count).toBe(11);
    // Open answers one by one are for the team that manages surveys only.
    await expect(call(worker, T).answers.list({ surveyId, question: "wish" })).rejects.toThrow();
    await expect(call(volunteer, T).results.get({ surveyId })).rejects.toThrow();
    // What she can read (results) holds counts, no response of anyone.
    const r = await call(worker, T).results.get({ surveyId });
    const json = JSON.stringify(r);
    const ids = (await ownerDb().bevragingenResponse.findMany({ where: { surveyId }, select: { id: true } })).map((x) => x.id);
    for (const id of ids) expect(json).not.toContain(id);
    expect(json).not.toContain("Meer bankjes aan de kerk");
  });

  it("reads her own answers after sending them, newest first, a page at a time; never anyone else's", async () => {
    const mine = await call(worker, T).responses.entered({ surveyId });
    expect(mine.total).toBe(12);
    expect(mine.rows).toHaveLength(12);
    expect(mine.rows.map((r) => r.answers.wish)).toContain("Meer bankjes aan de kerk 11");
    // Her own only: the volunteer's 11 answers are not in it, and the volunteer sees hers, not the worker's.
    const own = new Set(
      (await ownerDb().bevragingenResponse.findMany({ where: { surveyId, enteredById: worker.id }, select: { id: true } })).map(
        (x) => x.id,
      ),
    );
    for (const r of mine.rows) expect(own.has(r.id)).toBe(true);
    const theirs = await call(volunteer, T).responses.entered({ surveyId });
    expect(theirs.total).toBe(11);
    expect(JSON.stringify(theirs)).not.toContain("Meer bankjes aan de kerk");
    // Newest first; a page after the last is empty.
    const times = mine.rows.map((r) => new Date(r.createdAt).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect((await call(worker, T).responses.entered({ surveyId, page: 1 })).rows).toEqual([]);
    // The regie enters answers too: the list is hers alone, not the team's.
    expect((await call(regie, T).responses.entered({ surveyId })).total).toBe(0);
  });

  it("sees only her own refused answers; the regie sees them all and re-enters or discards any", async () => {
    await call(regie, T).surveys.close({ surveyId });
    await expect(entry(worker, "nl")).rejects.toThrow(/afgesloten/);
    await expect(entry(volunteer, "fr")).rejects.toThrow(/afgesloten/);
    const mine = await call(worker, T).responses.rejected({});
    expect(mine).toHaveLength(1);
    const theirs = await call(volunteer, T).responses.rejected({});
    expect(theirs).toHaveLength(1);
    expect(theirs[0]?.id).not.toBe(mine[0]?.id);
    // The database's own scope (core's person scope: a member with neighbourhoods) hides the others' rows too.
    await expect(call(worker, T).responses.dismissRejected({ id: theirs[0]?.id ?? "" })).rejects.toThrow(/bestaat niet|niet gevonden/i);
    // "Everyone's" is for who manages surveys: a field worker asking for it still gets her own.
    expect(await call(worker, T).responses.rejected({ everyone: true })).toHaveLength(1);
    const all = await call(regie, T).responses.rejected({ everyone: true });
    expect(all.map((r) => r.id).sort()).toEqual([mine[0]?.id, theirs[0]?.id].sort());
    expect(all.every((r) => typeof r.enteredBy === "string")).toBe(true);
    await call(regie, T).responses.dismissRejected({ id: theirs[0]?.id ?? "" });
    expect(await call(volunteer, T).responses.rejected({})).toHaveLength(0);
    const row = await ownerDb().bevragingenRejected.findUniqueOrThrow({ where: { id: theirs[0]?.id ?? "" } });
    expect(row.resolution).toBe("dismissed");
  });
});

describe("quotes", () => {
  it("quotes only reviewed, quotable answers, as text alone: no name on screen or in a download", async () => {
    const person = T.people[0];
    // A name found nowhere else in the tenant (the fixture's names carry the tenant's tag, as its neighbourhoods do).
    await ownerDb().person.update({ where: { id: person.id }, data: { firstName: "Rozalinde", lastName: "Quistwater" } });
    await ownerDb().bevragingenSurvey.update({ where: { id: surveyId }, data: { status: "open", closedAt: null } });
    await entry(worker, "nl", { wish: "Een bakker op de hoek" }, person.id);
    const api = call(regie, T);
    const list = await api.answers.list({ surveyId, question: "wish", state: "unreviewed" });
    // Nothing reviewed yet: nothing quoted anywhere.
    expect((await api.results.get({ surveyId }))?.questions.find((q) => q.key === "wish")?.quotes).toEqual([]);
    const linked = list.rows.find((x) => x.text === "Een bakker op de hoek");
    expect(linked).toBeDefined();
    const full = await ownerDb().person.findUniqueOrThrow({ where: { id: person.id } });
    expect(JSON.stringify(list.rows)).not.toContain(full.firstName);
    expect(JSON.stringify(list.rows)).not.toContain(person.id);
    await api.answers.review({ responseId: linked?.id ?? "", question: "wish", quotable: true, tags: ["winkels"] });
    const other = list.rows.find((x) => x.text !== "Een bakker op de hoek");
    await api.answers.review({ responseId: other?.id ?? "", question: "wish", quotable: false, tags: ["groen"] });

    const r = await api.results.get({ surveyId });
    expect(r?.questions.find((q) => q.key === "wish")?.quotes).toEqual(["Een bakker op de hoek"]);
    const csv = Buffer.from((await api.exports.table({ surveyId, format: "csv" })).base64, "base64").toString("utf8");
    expect(csv).toContain("Een bakker op de hoek");
    expect(csv).not.toContain(other?.text ?? "?");
    for (const s of [JSON.stringify(r), csv]) {
      expect(s).not.toContain(full.firstName);
      if (full.lastName) expect(s).not.toContain(full.lastName);
      expect(s).not.toContain(person.id);
    }
  });
});

describe("differencing", () => {
  it("a filter that leaves out fewer than the threshold cannot be subtracted from the whole", async () => {
    const api = call(regie, T);
    const whole = await api.results.get({ surveyId });
    expect(whole?.total).toBeGreaterThanOrEqual(20);
    // 3 answers in French: the Dutch view next to the whole would give them away.
    const dutch = await api.results.get({ surveyId, language: "nl" });
    expect(dutch?.total).toBeNull();
    const lonelyWhole = whole?.questions.find((q) => q.key === "lonely")?.cells ?? [];
    const lonelyDutch = dutch?.questions.find((q) => q.key === "lonely")?.cells ?? [];
    for (const c of lonelyDutch) {
      const w = lonelyWhole.find((x) => x.key === c.key)?.count;
      if (c.count !== null && w !== null && w !== undefined) expect(w - c.count === 0 || w - c.count >= 5).toBe(true);
    }
    // Without the differencing rule the Dutch view alone would show its total (21 answers, above the threshold).
    expect(await ownerDb().bevragingenResponse.count({ where: { surveyId, language: "nl" } })).toBeGreaterThanOrEqual(5);
    // The same rule in the downloads (they take the same results).
    const csv = Buffer.from((await api.exports.table({ surveyId, language: "nl", format: "csv" })).base64, "base64").toString("utf8");
    expect(csv).toContain('"< 5"');
  });
});
