/**
 * The fan in a team of several languages, and in a planned session: a question shows in each viewer's language,
 * whoever drew it, and drawing in a session that is only planned starts it only when the person confirmed that.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nlText } from "./errors";
import { closeAll, codeOf, createTenant, LOCALES, messageOf, ownerDb, reflectie, setEnabled, type TenantFixture } from "./test-support";

let A: TenantFixture;

beforeAll(async () => {
  A = await createTenant({ tag: "refl-lang" });
  await setEnabled(A.id, true);
});

afterAll(async () => {
  await closeAll();
});

async function session(themeKey: string, date = new Date()) {
  const theme = (await reflectie(A.users.regie, A).themes.list()).find((t) => t.key === themeKey);
  if (!theme) throw new Error(`no theme ${themeKey}`);
  const s = await reflectie(A.users.regie, A).sessions.create({
    title: "Teamreflectie",
    date,
    themeIds: [theme.id],
    participantUserIds: [A.users.field_worker.id],
    guestNames: [],
  });
  return { s, theme };
}

describe("a drawn question in each viewer's language", () => {
  it("keeps the question in every language it had when it was drawn, so each reader gets their own", async () => {
    const { s, theme } = await session("visie");
    // Drawn by someone reading French.
    const item = await reflectie(A.users.regie, A).fan.draw({ sessionId: s.id, locale: "fr", start: true });
    const q = theme.questions.find((x) => x.id === item.questionId);
    if (!q) throw new Error("drawn question not in the theme");
    expect(item.questionText).toBe(q.text.fr);
    // Whoever reads the session gets every language; the page shows the reader's.
    const detail = await reflectie(A.users.field_worker, A).sessions.get({ id: s.id });
    expect(detail.items[0]?.question).toEqual({ nl: q.text.nl, fr: q.text.fr, en: q.text.en });
    // The report too, in the language it is asked for.
    for (const locale of LOCALES) {
      const report = await reflectie(A.users.field_worker, A).reports.get({ sessionId: s.id, locale });
      expect(report.items[0]?.questionText).toBe(q.text[locale]);
    }
    // Editing the fan afterwards does not change what was asked.
    await reflectie(A.users.regie, A).questions.update({ id: q.id, text: { nl: "Nieuwe tekst?", fr: "Nouveau texte ?", en: "New text?" } });
    const later = await reflectie(A.users.regie, A).sessions.get({ id: s.id });
    expect(later.items[0]?.question).toEqual({ nl: q.text.nl, fr: q.text.fr, en: q.text.en });
  });

  it("falls back to a language the question has when it has none in the reader's", async () => {
    const { s, theme } = await session("netwerken");
    const own = await reflectie(A.users.regie, A).questions.create({
      themeId: theme.id,
      text: { nl: "Alleen in het Nederlands?", fr: "", en: "" },
    });
    await reflectie(A.users.regie, A).fan.pick({ sessionId: s.id, questionId: own.id, locale: "en", start: true });
    const detail = await reflectie(A.users.regie, A).sessions.get({ id: s.id });
    expect(detail.items[0]?.question).toEqual({
      nl: "Alleen in het Nederlands?",
      fr: "Alleen in het Nederlands?",
      en: "Alleen in het Nederlands?",
    });
    // An item from before every language was kept: the text as it was asked.
    await ownerDb().reflectieItem.updateMany({ where: { sessionId: s.id }, data: { questionNl: "", questionFr: "", questionEn: "" } });
    const old = await reflectie(A.users.regie, A).sessions.get({ id: s.id });
    expect(old.items[0]?.question.fr).toBe("Alleen in het Nederlands?");
  });
});

describe("drawing in a planned session", () => {
  it("refuses to start a planned session unasked, and starts it once confirmed", async () => {
    const nextWeek = new Date(Date.now() + 7 * 86_400_000);
    const { s, theme } = await session("samenwerking", nextWeek);
    const api = reflectie(A.users.field_worker, A);
    expect((await api.sessions.get({ id: s.id })).status).toBe("draft");

    expect(await messageOf(api.fan.draw({ sessionId: s.id, locale: "nl" }))).toBe(nlText("reflectie.session.notStarted"));
    const pick = api.fan.pick({ sessionId: s.id, questionId: theme.questions[0]!.id, locale: "nl", start: false });
    expect(await codeOf(pick)).toBe("PRECONDITION_FAILED");
    const still = await api.sessions.get({ id: s.id });
    expect([still.status, still.items.length]).toEqual(["draft", 0]);

    await api.fan.draw({ sessionId: s.id, locale: "nl", start: true });
    const started = await api.sessions.get({ id: s.id });
    expect([started.status, started.items.length]).toEqual(["in_progress", 1]);
    // Once it runs, nothing more is asked.
    expect(await codeOf(api.fan.draw({ sessionId: s.id, locale: "nl" }))).toBe("OK");
  });
});
