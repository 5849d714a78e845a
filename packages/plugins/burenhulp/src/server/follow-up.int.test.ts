/**
 * The mail when a match is confirmed and the follow-up after it (BH-5, BH-6): the helper's mail goes to the outbox
 * with the change; both sides are asked by a signed one-tap link (or by the worker); a forged or foreign link is
 * refused; the daily job asks only matches past their planned date, once.
 */
import { issueFormToken } from "@zorgzaam/core";
import { signToken } from "@zorgzaam/core/plugin";
import {
  closeAll,
  createTenant,
  enablePublicCapabilities,
  installModules,
  type MemberFixture,
  moduleCaller,
  ownerDb,
  routerCaller,
  setModuleEnabled,
  type TenantFixture,
} from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { burenhulpPlugin as burenhulp } from "../definition";
import { FOLLOW_UP_PURPOSE, followUpLink } from "./follow-up";
import { runFollowUps } from "./jobs/follow-up";

installModules([burenhulp]);
const call = moduleCaller(burenhulp);

let T: TenantFixture;
let Other: TenantFixture;
let regie: MemberFixture;
let shopping: string;

async function person(tenantId: string, firstName: string, email: string | null, languages: string[] = []) {
  return (await ownerDb().person.create({ data: { tenantId, firstName, lastName: "Buur", email, languages }, select: { id: true } })).id;
}

async function confirmedMatch(startsOn: Date | null) {
  const api = call(regie, T);
  const asker = await person(T.id, "Fatima", "fatima@example.org", ["fr"]);
  const helper = await person(T.id, "Ann", "ann@example.org", ["nl"]);
  const { id: offerId } = await api.offers.create({ personId: helper, kindId: shopping, street: "Kerkstraat" });
  const { id: requestId } = await api.requests.create({
    personId: asker,
    kindId: shopping,
    channel: "field_worker",
    startsOn,
    street: "Kerkstraat",
  });
  const { id } = await api.matches.create({ requestId, offerId });
  await api.matches.setStatus({ id, status: "confirmed" });
  return { id, requestId };
}

const outbox = (key: string) => ownerDb().jobOutbox.findMany({ where: { idempotencyKey: key } });

beforeAll(async () => {
  [T, Other] = [await createTenant({ tag: "bh-follow" }), await createTenant({ tag: "bh-follow-b" })];
  await setModuleEnabled(T.id, burenhulp, true);
  await setModuleEnabled(Other.id, burenhulp, true);
  regie = T.users.regie as MemberFixture;
  shopping = (await call(regie, T).kinds.list()).find((k) => k.key === "shopping")?.id ?? "";
});

afterAll(async () => {
  await closeAll();
});

describe("a confirmed match", () => {
  it("mails the helper with the change (once, in the outbox)", async () => {
    const m = await confirmedMatch(null);
    expect(await outbox(`burenhulp-confirmed-${m.id}`)).toHaveLength(1);
  });
});

describe("the follow-up", () => {
  it("asks both sides by a link when the page is on; the link answers once, a forged or foreign one is refused", async () => {
    const m = await confirmedMatch(null);
    // The page is off: the rows are made for the worker, no link is mailed.
    expect(await call(regie, T).followUps.send({ matchId: m.id })).toEqual({ mailed: 0 });
    await ownerDb().burenhulpFollowUp.deleteMany({ where: { matchId: m.id } });
    await enablePublicCapabilities(T.id, ["burenhulp.followup"]);
    expect(await call(regie, T).followUps.send({ matchId: m.id })).toEqual({ mailed: 2 });
    expect(await call(regie, T).followUps.send({ matchId: m.id })).toEqual({ mailed: 0 });
    const rows = await ownerDb().burenhulpFollowUp.findMany({ where: { matchId: m.id }, orderBy: { side: "asc" } });
    expect(rows.map((r) => [r.side, r.mailedAt !== null])).toEqual([
      ["asker", true],
      ["helper", true],
    ]);
    const asker = rows[0]?.id ?? "";
    const token = new URL(followUpLink(T.slug, T.id, asker)).searchParams.get("token") ?? "";
    const pub = routerCaller(burenhulp.server.router, null, T.slug, { locale: "fr" });
    expect(await pub.public.followUp({ token })).toMatchObject({ side: "asker", answered: false, kind: { key: "shopping" } });
    const form = { formToken: issueFormToken(T.slug, Date.now() - 60_000), website: "" };
    await pub.public.answerFollowUp({ token, happened: true, went: "good", heavier: true, ...form });
    expect(await ownerDb().burenhulpFollowUp.findUnique({ where: { id: asker } })).toMatchObject({
      happened: true,
      went: "good",
      heavier: true,
      answeredVia: "link",
    });
    expect(await pub.public.followUp({ token })).toMatchObject({ answered: true });
    // Another purpose's signature, or the same follow-up under another tenant's slug: refused.
    const forged = signToken("something else", [T.id, asker], new Date(Date.now() + 60_000));
    expect(await pub.public.followUp({ token: forged })).toBeNull();
    await enablePublicCapabilities(Other.id, ["burenhulp.followup"]);
    const foreign = routerCaller(burenhulp.server.router, null, Other.slug);
    expect(await foreign.public.followUp({ token })).toBeNull();
    const otherForm = { formToken: issueFormToken(Other.slug, Date.now() - 60_000), website: "" };
    await expect(foreign.public.answerFollowUp({ token, happened: true, ...otherForm })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(signToken(FOLLOW_UP_PURPOSE, [T.id, asker], new Date(Date.now() - 1_000))).not.toBe(token);
    // The worker sees it on the request, with the flag.
    const r = await call(regie, T).requests.get({ id: m.requestId });
    expect(r.matches[0]?.followUps.find((f) => f.side === "asker")).toMatchObject({ heavier: true, answeredVia: "link" });
    // The home card counts it, and the list filtered on it shows the request (and only flagged ones).
    expect((await call(regie, T).requests.summary()).heavier).toBeGreaterThanOrEqual(1);
    const flagged = (await call(regie, T).requests.list({ flag: "heavier" })).items.map((x) => x.id);
    expect(flagged).toContain(m.requestId);
    for (const x of flagged) {
      const got = await call(regie, T).requests.get({ id: x });
      expect(got.matches.some((mm) => mm.followUps.some((f) => f.heavier))).toBe(true);
    }
  });

  it("is entered by the worker for someone without e-mail, and only for a confirmed match", async () => {
    const m = await confirmedMatch(null);
    await call(regie, T).followUps.answer({ matchId: m.id, side: "helper", happened: false, went: null, heavier: false });
    expect(await ownerDb().burenhulpFollowUp.findFirst({ where: { matchId: m.id, side: "helper" } })).toMatchObject({
      happened: false,
      answeredVia: "worker",
    });
    const api = call(regie, T);
    const { id: requestId } = await api.requests.create({ personId: await person(T.id, "Els", null), kindId: shopping, channel: "card" });
    const { id: offerId } = await api.offers.create({ personId: await person(T.id, "Tom", null), kindId: shopping });
    const proposed = await api.matches.create({ requestId, offerId });
    await expect(api.followUps.answer({ matchId: proposed.id, side: "helper", happened: true })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("is asked by the daily job only past the planned date, once", async () => {
    const past = await confirmedMatch(new Date(Date.now() - 3 * 86_400_000));
    const future = await confirmedMatch(new Date(Date.now() + 3 * 86_400_000));
    const run = () => ownerDb().$transaction((tx) => runFollowUps(tx as never, T.id));
    const first = await run();
    expect(first.matches).toBeGreaterThanOrEqual(1);
    expect(await ownerDb().burenhulpFollowUp.count({ where: { matchId: past.id } })).toBe(2);
    expect(await ownerDb().burenhulpFollowUp.count({ where: { matchId: future.id } })).toBe(0);
    expect((await run()).matches).toBe(0);
  });
});

describe("a helper's own page", () => {
  it("shows her matches (who and the street only once confirmed), takes her follow-up, and pauses her on 'too much'", async () => {
    const volunteer = T.users.volunteer as MemberFixture;
    const api = call(regie, T);
    const me = await person(T.id, "Vera", volunteer.email.toUpperCase(), ["nl"]);
    const { id: offerId } = await api.offers.create({ personId: me, kindId: shopping });
    await api.helpers.setLimit({ personId: me, maxPerMonth: 4 });
    const mk = async (name: string, street: string) => {
      const { id: requestId } = await api.requests.create({
        personId: await person(T.id, name, null),
        kindId: shopping,
        channel: "card",
        street,
      });
      return (await api.matches.create({ requestId, offerId })).id;
    };
    const confirmed = await mk("Rosa", "Lindestraat");
    await mk("Omar", "Beukenlaan");
    await api.matches.setStatus({ id: confirmed, status: "confirmed" });
    await api.followUps.send({ matchId: confirmed });

    const mine = call(volunteer, T).mine;
    const o = await mine.overview();
    expect(o).toMatchObject({ known: true, maxPerMonth: 4 });
    const shown = o.matches.find((m) => m.id === confirmed);
    expect(shown).toMatchObject({ who: "Rosa", street: "Lindestraat", status: "confirmed" });
    expect(o.matches.find((m) => m.id !== confirmed)).toMatchObject({ who: null, street: null, status: "proposed" });
    expect(JSON.stringify(o)).not.toContain("Omar");

    await mine.answerFollowUp({ followUpId: shown?.followUpId ?? "", happened: true, went: "ok" });
    expect((await mine.overview()).matches.find((m) => m.id === confirmed)?.followUpId).toBeNull();
    // Someone else's follow-up is not hers to answer.
    const other = await ownerDb().burenhulpFollowUp.findFirstOrThrow({ where: { matchId: confirmed, side: "asker" } });
    await expect(mine.answerFollowUp({ followUpId: other.id, happened: true })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await mine.tooMuch()).toEqual({ paused: 1 });
    expect((await ownerDb().burenhulpOffer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("paused");
    const load = await api.helpers.load();
    expect(load.find((h) => h.personId === me)).toMatchObject({ paused: true, checkIn: true });
    const msg = await ownerDb().contactMessage.findFirstOrThrow({ where: { personId: me } });
    expect(msg).toMatchObject({ source: "module", status: "new" });
    expect(msg.body).toContain("Vera");
    // Someone the platform does not know as a helper sees an empty page, and cannot pause anything.
    await expect(call(T.users.partner as MemberFixture, T).mine.overview()).resolves.toMatchObject({ known: false, matches: [] });
    await expect(call(T.users.partner as MemberFixture, T).mine.tooMuch()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("figures for impact", () => {
  it("counts per neighbourhood and in total, hides small counts, and names nobody", async () => {
    const api = call(regie, T);
    const nbh = T.neighbourhoods[1].id;
    const asker = await person(T.id, "Klein", null);
    await api.requests.create({ personId: asker, kindId: shopping, channel: "card", neighbourhoodId: nbh });
    await api.offers.create({ personId: asker, kindId: shopping, neighbourhoodId: nbh });
    const f = await api.figures.get();
    expect(f.min).toBe(5);
    expect(f.total.requests).toBeGreaterThanOrEqual(5);
    expect(f.total.matchesMade).toBeGreaterThanOrEqual(5);
    const small = f.neighbourhoods.find((n) => n.neighbourhoodId === nbh);
    expect(small).toMatchObject({ requests: null, offers: null, people: null, bothShare: null });
    expect(JSON.stringify(f)).not.toMatch(/Klein|Fatima|Vera|Rosa/);
    const none = await api.figures.get({ from: new Date("2000-01-01"), to: new Date("2000-12-31") });
    expect(none.total).toMatchObject({ requests: 0, offers: 0, matchesDone: 0 });
  });
});
