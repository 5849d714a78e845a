/**
 * Buurtanalyse at the API, with the test kit: an analysis with its sections in any order, the field worker's
 * neighbourhood scope, a hypothesis with an imported sector indicator (rows refused one by one, missing sectors named)
 * and a verdict, a SWOT item backed by it and an action, the report as a PDF, a second round that starts from the
 * first, round 1's snapshot of Partners (off: nothing; on: counts), working notes as a sensitive field, retention.
 */
import { pdfPagesText } from "@zorgzaam/core/testing";
import ExcelJS from "exceljs";
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
import { manifest as partnersManifest } from "@zorgzaam/plugin-partners/manifest";
import { server as partnersServer } from "@zorgzaam/plugin-partners/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buurtanalysePlugin as buurtanalyse } from "../definition";
import { clearExpiredNotes } from "./jobs/retention";
import { renderReportPdf } from "./pdf";

const partnersPlugin = { manifest: partnersManifest, server: partnersServer, messages: { nl: {}, fr: {}, en: {} } };
installModules([partnersPlugin, buurtanalyse]);
const call = moduleCaller(buurtanalyse);

let T: TenantFixture;
let regie: MemberFixture;
let worker: MemberFixture;
let analysisId: string;
let otherId: string;

beforeAll(async () => {
  T = await createTenant({ tag: "ba-flow" });
  await setModuleEnabled(T.id, buurtanalyse, true);
  regie = T.users.regie as MemberFixture;
  worker = T.users.field_worker as MemberFixture;
  const api = call(regie, T);
  analysisId = (
    await api.analyses.create({
      title: "Buurtanalyse A",
      periodStart: new Date("2025-01-01"),
      periodEnd: new Date("2025-06-30"),
      neighbourhoodIds: [T.neighbourhoods[0].id],
      teamUserIds: [regie.id, worker.id],
    })
  ).id;
  otherId = (await api.analyses.create({ title: "Buurtanalyse B", neighbourhoodIds: [T.neighbourhoods[1].id] })).id;
  await api.analyses.setSectors({ analysisId, neighbourhoodId: T.neighbourhoods[0].id, sectorCodes: ["11001a01", "11001A02", "11001A09"] });
});

afterAll(async () => {
  await closeAll();
});

describe("an analysis and its sections", () => {
  it("starts with every section not begun, and keeps who saved what, in any order", async () => {
    const api = call(worker, T);
    const before = await api.analyses.get({ id: analysisId });
    expect(before.sections).toHaveLength(10);
    expect(before.sections.every((s) => s.status === "niet_begonnen")).toBe(true);
    expect(before.team.map((m) => m.userId).sort()).toEqual([regie.id, worker.id].sort());

    // The SWOT first, before any preparation: nothing gates it.
    await api.sections.save({ analysisId, key: "swot", status: "bezig" });
    await api.sections.save({ analysisId, key: "voorbereiding", content: { answers: { goal: "Oudere huurders bereiken" } } });
    await api.sections.save({
      analysisId,
      key: "voorbereiding",
      content: { participants: [{ role: "residents", mode: "klankbord", count: 12, label: null }] },
    });
    const prep = await api.sections.get({ analysisId, key: "voorbereiding" });
    expect(prep.status).toBe("bezig");
    // A later save of one part keeps the others.
    expect(prep.content.answers?.goal).toBe("Oudere huurders bereiken");
    expect(prep.content.participants?.[0]?.count).toBe(12);
    expect(prep.version).toBe(2);
    const after = await api.analyses.get({ id: analysisId });
    const swot = after.sections.find((s) => s.key === "swot");
    expect(swot?.status).toBe("bezig");
    expect(swot?.updatedBy).toBeTruthy();
  });

  it("shows a field worker the analyses of her neighbourhoods only", async () => {
    const mine = await call(worker, T).analyses.list();
    expect(mine.map((a) => a.id)).toContain(analysisId);
    expect(mine.map((a) => a.id)).not.toContain(otherId);
    await expect(call(worker, T).analyses.get({ id: otherId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(call(worker, T).hypotheses.create({ analysisId: otherId, text: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await call(regie, T).analyses.list()).map((a) => a.id)).toEqual(expect.arrayContaining([analysisId, otherId]));
  });

  it("refuses an end before the start, naming the field", async () => {
    await expect(call(regie, T).analyses.update({ id: analysisId, periodEnd: new Date("2024-01-01") })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("keeps working notes from those without the notes permission", async () => {
    await call(worker, T).sections.save({ analysisId, key: "ronde4", notes: "Gesprek met Marie (82) aan de bushalte" });
    expect((await call(worker, T).sections.get({ analysisId, key: "ronde4" })).notes).toContain("Marie");
    const admin = T.users.admin as MemberFixture;
    expect((await call(admin, T).sections.get({ analysisId, key: "ronde4" })).notes).toBeNull();
  });
});

describe("round 2, SWOT, actions and the report", () => {
  it("records a hypothesis with an imported indicator and a verdict, backs a SWOT item with it, and reports it", async () => {
    const api = call(worker, T);
    const h = await api.hypotheses.create({ analysisId, text: "Meer huurders dan eigenaars", lookupBy: "Fatima" });
    const csv = [
      "sector;indicator;jaar;waarde;inwoners",
      "11001A01;Huurders (%);2024;60;1000",
      "11001A02;Huurders (%);2024;40;3000",
      "11001B01;Huurders (%);2024;99;10",
      "11001A03;Huurders (%);twee;1;1",
      "11001A01;Huurders (%);2024;61;1000",
    ].join("\n");
    const r = await api.indicators.import({ analysisId, csv, method: "mean", source: "Statbel", hypothesisId: h.id });
    expect(r.imported).toBe(3);
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([
      [5, "year"],
      [6, "duplicate"],
    ]);
    await api.hypotheses.addReference({
      hypothesisId: h.id,
      indicator: "Huurders (%)",
      areaKind: "gemeente",
      areaLabel: "Zonnedal",
      year: 2024,
      value: 31,
    });
    await api.hypotheses.update({ id: h.id, verdict: "bevestigd", reasoning: "45 % tegenover 31 % in de gemeente" });

    const { hypotheses } = await api.hypotheses.list({ analysisId });
    const found = hypotheses.find((x) => x.id === h.id);
    expect(found?.verdict).toBe("bevestigd");
    expect(found?.references).toHaveLength(1);
    // (60*1000 + 40*3000) / 4000 = 45; A09 has no data, B01 is not in the buurt.
    expect(found?.imported[0]).toMatchObject({ value: 45, weighted: true, covered: ["11001A01", "11001A02"], missing: ["11001A09"] });

    await api.plan.addSwot({ analysisId, kind: "weakness", text: "Huurders vinden de weg niet", hypothesisId: h.id });
    await api.plan.addAction({
      analysisId,
      title: "Koffieronde",
      owner: "LDC",
      bouwstenen: ["detectie"],
      startsOn: new Date("2025-09-01"),
    });
    const plan = await api.plan.get({ analysisId });
    expect(plan.swot[0]?.hypothesis?.verdict).toBe("bevestigd");
    expect(plan.actions[0]?.title).toBe("Koffieronde");

    // The team's PDF as its document job renders it (the job itself: report.int.test.ts).
    const pdf = await renderReportPdf(await api.report.get({ analysisId }), "Zonnedal", "nl", "team");
    const text = (await pdfPagesText(pdf)).join("\n");
    expect(text).toContain("Meer huurders dan eigenaars");
    expect(text).toContain("Bevestigd");
    expect(text).toContain("Koffieronde");
    expect(text).toContain("Oudere huurders bereiken");
    // Working notes never reach the report.
    expect(text).not.toContain("Marie");
  });

  it("reads the same figures from an Excel file, rows named by Excel's own numbers, and names an old or broken file", async () => {
    const api = call(regie, T);
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Statbel");
    sheet.addRow(["Bron: Statbel, 2024"]);
    sheet.addRow(["secteur", "indicateur", "année", "valeur", "population"]);
    sheet.addRow(["11001A01", "Alleenwonend 65+ (%)", 2024, 20, 1000]);
    sheet.addRow(["11001A02", "Alleenwonend 65+ (%)", 2024, 40, 3000]);
    sheet.addRow(["11001A03", "Alleenwonend 65+ (%)", "2024", "veel", 5]);
    // A title line above the header (as in many exports) is passed over; rows keep Excel's numbers.
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
    const r = await api.indicators.import({ analysisId, xlsx, method: "mean" });
    expect(r.imported).toBe(2);
    expect(r.errors).toEqual([{ row: 5, code: "value", value: "veel" }]);
    const table = await api.indicators.list({ analysisId });
    expect(JSON.stringify(table)).toContain("Alleenwonend 65+ (%)");

    const oldXls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]).toString("base64");
    await expect(api.indicators.import({ analysisId, xlsx: oldXls })).rejects.toMatchObject({
      message: expect.stringContaining(".xls"),
    });
    const broken = Buffer.from("PK\u0003\u0004 not really a workbook").toString("base64");
    await expect(api.indicators.import({ analysisId, xlsx: broken })).rejects.toMatchObject({
      message: expect.stringContaining("Excel"),
    });
  });

  it("refuses a file without the needed columns, and a hypothesis of another analysis", async () => {
    const api = call(regie, T);
    await expect(api.indicators.import({ analysisId, csv: "a;b\n1;2" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const other = await api.hypotheses.create({ analysisId: otherId, text: "Elders" });
    await expect(api.plan.addSwot({ analysisId, kind: "threat", text: "x", hypothesisId: other.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("evaluates an action (approach, result, what to adjust) and leaves what it does not send unchanged", async () => {
    const api = call(worker, T);
    const { actions } = await api.plan.get({ analysisId });
    const koffie = actions.find((a) => a.title === "Koffieronde");
    expect(koffie).toBeDefined();
    await api.plan.updateAction({ id: koffie?.id as string, approach: "Elke dinsdag aan de deur", result: "12 nieuwe gezichten" });
    await api.plan.updateAction({ id: koffie?.id as string, adjust: "Ook op zaterdag" });
    const after = (await api.plan.get({ analysisId })).actions.find((a) => a.id === koffie?.id);
    expect(after).toMatchObject({
      approach: "Elke dinsdag aan de deur",
      result: "12 nieuwe gezichten",
      adjust: "Ook op zaterdag",
      owner: "LDC",
    });
    await expect(api.plan.updateAction({ id: koffie?.id as string, result: "x".repeat(5_001) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("starts a second round from the first: hypotheses open again, SWOT and running actions copied", async () => {
    const api = call(regie, T);
    const { id } = await api.analyses.create({
      title: "Buurtanalyse A, ronde 2",
      neighbourhoodIds: [T.neighbourhoods[0].id],
      previousId: analysisId,
    });
    const { hypotheses } = await api.hypotheses.list({ analysisId: id });
    expect(hypotheses.map((h) => [h.text, h.verdict])).toEqual([["Meer huurders dan eigenaars", "open"]]);
    const plan = await api.plan.get({ analysisId: id });
    expect(plan.swot[0]?.hypothesis?.id).toBe(hypotheses[0]?.id);
    expect(plan.actions.map((a) => a.title)).toEqual(["Koffieronde"]);
    // The earlier round's evaluation stays there.
    expect(plan.actions[0]).toMatchObject({ approach: null, result: null, adjust: null });
    expect((await api.analyses.get({ id })).previous?.id).toBe(analysisId);
  });
});

describe("round 1 and retention", () => {
  it("takes no snapshot while Partners is off, and counts the partner map when it is on", async () => {
    const api = call(regie, T);
    expect(await api.sections.snapshot({ analysisId })).toEqual({ taken: false });
    await setModuleEnabled(T.id, partnersPlugin, true);
    await ownerDb().partnersActor.create({
      data: { tenantId: T.id, name: "Buurthuis", kind: "organisation", formal: false, status: "intensive" },
    });
    const r = await api.sections.snapshot({ analysisId });
    expect(r.taken).toBe(true);
    if (!r.taken) return;
    expect(r.snapshot.total).toBeGreaterThanOrEqual(1);
    expect(r.snapshot.byFormality.find((x) => x.key === "informal")?.count).toBeGreaterThanOrEqual(1);
    expect((await api.sections.get({ analysisId, key: "ronde1" })).content.snapshot?.total).toBe(r.snapshot.total);
  });

  it("lists the Partners evaluation rounds of its buurt and of the whole network, and links one (checked)", async () => {
    const api = call(regie, T);
    const db = ownerDb();
    const mine = await db.partnersEvaluationRound.create({
      data: { tenantId: T.id, title: "Evaluatie Molenwijk", neighbourhoodId: T.neighbourhoods[0].id },
    });
    const whole = await db.partnersEvaluationRound.create({
      data: { tenantId: T.id, title: "Heel het netwerk", status: "closed", closedAt: new Date() },
    });
    const elsewhere = await db.partnersEvaluationRound.create({
      data: { tenantId: T.id, title: "Andere buurt", neighbourhoodId: T.neighbourhoods[1].id },
    });
    const r = await api.sections.partnersRounds({ analysisId });
    expect(r.available).toBe(true);
    expect(r.rounds.map((x) => x.id).sort()).toEqual([mine.id, whole.id].sort());
    await api.sections.save({ analysisId, key: "ronde1", content: { partnersRoundId: mine.id } });
    expect((await api.sections.partnersRounds({ analysisId })).linkedId).toBe(mine.id);
    await expect(api.sections.save({ analysisId, key: "ronde1", content: { partnersRoundId: elsewhere.id } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A member who takes no part in evaluations sees none.
    const admin = call(T.users.admin as MemberFixture, T);
    expect((await admin.sections.partnersRounds({ analysisId })).rounds).toEqual([]);
    await setModuleEnabled(T.id, partnersPlugin, false);
    try {
      expect(await api.sections.partnersRounds({ analysisId })).toEqual({ available: false, rounds: [], linkedId: null });
    } finally {
      await setModuleEnabled(T.id, partnersPlugin, true);
    }
  });

  it("clears working notes once the analysis ended longer ago than the retention", async () => {
    const db = ownerDb();
    expect(await clearExpiredNotes(db as never, T.id, 24, new Date("2026-01-01"))).toBe(0);
    expect(await clearExpiredNotes(db as never, T.id, 1, new Date("2026-01-01"))).toBe(1);
    expect((await db.buurtanalyseSection.findFirst({ where: { analysisId, key: "ronde4" } }))?.notes).toBeNull();
  });
});
