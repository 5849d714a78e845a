/**
 * Analyses over time (BA-9) at the API: a second analysis of the same buurt beside the first: indicator values and
 * their change, verdicts, SWOT and actions marked as in both, new or gone; another buurt's analysis or one the member
 * cannot see is not offered and not found.
 */
import {
  closeAll,
  createTenant,
  installModules,
  type MemberFixture,
  moduleCaller,
  setModuleEnabled,
  type TenantFixture,
} from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buurtanalysePlugin as buurtanalyse } from "../definition";

installModules([buurtanalyse]);
const call = moduleCaller(buurtanalyse);

let T: TenantFixture;
let regie: MemberFixture;
let worker: MemberFixture;

beforeAll(async () => {
  T = await createTenant({ tag: "ba-compare" });
  await setModuleEnabled(T.id, buurtanalyse, true);
  regie = T.users.regie as MemberFixture;
  worker = T.users.field_worker as MemberFixture;
});

afterAll(async () => {
  await closeAll();
});

describe("comparing analyses of the same buurt", () => {
  it("sets the second round beside the first: figures and their change, verdicts, SWOT and actions", async () => {
    const api = call(regie, T);
    const nbh = T.neighbourhoods[0].id;
    const first = (await api.analyses.create({ title: "Ronde 2025", neighbourhoodIds: [nbh] })).id;
    await api.analyses.setSectors({ analysisId: first, neighbourhoodId: nbh, sectorCodes: ["11001A01", "11001A02"] });
    await api.indicators.import({
      analysisId: first,
      csv: "sector,indicator,jaar,waarde\n11001A01,Inwoners,2024,1000\n11001A02,Inwoners,2024,500",
    });
    const h = await api.hypotheses.create({ analysisId: first, text: "Veel huurders." });
    await api.hypotheses.update({ id: h.id, verdict: "bevestigd" });
    await api.plan.addSwot({ analysisId: first, kind: "strength", text: "Sterk LDC." });
    await api.plan.addSwot({ analysisId: first, kind: "threat", text: "Isolement." });
    await api.plan.addAction({ analysisId: first, title: "Koffieronde", status: "running" });

    const second = (await api.analyses.create({ title: "Ronde 2026", neighbourhoodIds: [nbh], previousId: first })).id;
    await api.analyses.setSectors({ analysisId: second, neighbourhoodId: nbh, sectorCodes: ["11001A01", "11001A02"] });
    await api.indicators.import({
      analysisId: second,
      csv: "sector,indicator,jaar,waarde\n11001A01,Inwoners,2026,1100\n11001A02,Inwoners,2026,520",
    });
    await api.plan.addSwot({ analysisId: second, kind: "opportunity", text: "Nieuwe school." });
    const plan = await api.plan.get({ analysisId: second });
    const threat = plan.swot.find((s) => s.kind === "threat");
    if (threat) await api.plan.removeSwot({ id: threat.id });
    const koffie = plan.actions.find((a) => a.title === "Koffieronde");
    if (koffie) await api.plan.updateAction({ id: koffie.id, status: "done" });

    // A field worker of this buurt sees it too.
    const c = await call(worker, T).compare.get({ analysisId: second });
    expect(c.other?.id).toBe(first);
    expect(c.candidates.map((x) => x.id)).toEqual([first]);
    const cmp = c.comparison;
    expect(cmp?.indicators).toEqual([
      { name: "Inwoners", earlier: { year: 2024, value: 1500 }, later: { year: 2026, value: 1620 }, change: 120 },
    ]);
    // Copied hypotheses start open again.
    expect(cmp?.hypotheses.map((x) => [x.earlier?.verdict, x.later?.verdict])).toEqual([["bevestigd", "open"]]);
    const swot = Object.fromEntries(
      (cmp?.swot ?? []).map((k) => [k.kind, k.items.map((i) => [i.earlier?.text ?? null, i.later?.text ?? null])]),
    );
    expect(swot).toEqual({
      strength: [["Sterk LDC.", "Sterk LDC."]],
      weakness: [],
      opportunity: [[null, "Nieuwe school."]],
      threat: [["Isolement.", null]],
    });
    expect(cmp?.actions.map((x) => [x.earlier?.status, x.later?.status])).toEqual([["running", "done"]]);

    // The first round compared: the second is the other side (the only other analysis of the buurt).
    expect((await api.compare.get({ analysisId: first })).other?.id).toBe(second);
  });

  it("offers only analyses of the same buurt that the member sees", async () => {
    const api = call(regie, T);
    const here = (await api.analyses.create({ title: "Alleen", neighbourhoodIds: [T.neighbourhoods[1].id] })).id;
    const c = await api.compare.get({ analysisId: here });
    expect(c.other).toBeNull();
    expect(c.comparison).toBeNull();
    const elsewhere = (await api.analyses.list())[1]?.id ?? "";
    await expect(api.compare.get({ analysisId: here, withId: elsewhere })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The field worker (first neighbourhood only) cannot open it at all.
    await expect(call(worker, T).compare.get({ analysisId: here })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
