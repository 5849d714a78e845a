/**
 * Round 4's key-figure leads: by role and place, a state, and a link to the key figure once it is on the partner map
 * (an actor the member may see; key figures only for who may see them; Partners on), notes as a sensitive field with
 * the working notes' retention.
 */
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

const partnersPlugin = { manifest: partnersManifest, server: partnersServer, messages: { nl: {}, fr: {}, en: {} } };
installModules([partnersPlugin, buurtanalyse]);
const call = moduleCaller(buurtanalyse);

let T: TenantFixture;
let Other: TenantFixture;
let regie: MemberFixture;
let analysisId: string;
let keyFigureId: string;
let otherActorId: string;

beforeAll(async () => {
  T = await createTenant({ tag: "ba-leads" });
  Other = await createTenant({ tag: "ba-leads-other" });
  await setModuleEnabled(T.id, buurtanalyse, true);
  await setModuleEnabled(T.id, partnersPlugin, true);
  regie = T.users.regie as MemberFixture;
  analysisId = (
    await call(regie, T).analyses.create({
      title: "Sporen",
      neighbourhoodIds: [T.neighbourhoods[0].id],
      periodStart: new Date("2024-01-01"),
      periodEnd: new Date("2024-06-30"),
    })
  ).id;
  const db = ownerDb();
  keyFigureId = (
    await db.partnersActor.create({ data: { tenantId: T.id, name: "Apotheker Markt", kind: "key_figure", status: "occasional" } })
  ).id;
  otherActorId = (
    await db.partnersActor.create({ data: { tenantId: Other.id, name: "Elders", kind: "organisation", status: "occasional" } })
  ).id;
});
afterAll(closeAll);

describe("key-figure leads", () => {
  it("are added by role and place, linked to a key figure on the map, and their state changes", async () => {
    const api = call(regie, T);
    const { id } = await api.leads.add({ analysisId, who: "De apotheker van de Markt", place: "Markt", notes: "Wil folders leggen" });
    let list = await api.leads.list({ analysisId });
    expect(list.choices.map((c) => c.id)).toContain(keyFigureId);
    expect(list.leads).toEqual([expect.objectContaining({ id, status: "to_contact", notes: "Wil folders leggen", actor: null })]);
    await api.leads.update({ id, status: "on_map", actorId: keyFigureId });
    list = await api.leads.list({ analysisId });
    expect(list.leads[0]).toMatchObject({ status: "on_map", actor: { id: keyFigureId, name: "Apotheker Markt" }, place: "Markt" });
    // Another tenant's actor does not exist here.
    await expect(api.leads.update({ id, actorId: otherActorId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.leads.add({ analysisId, who: "x".repeat(301) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("shows no key figures to a member who may not see them, nor their name on a lead; notes stay hidden without permission", async () => {
    const admin = call(T.users.admin as MemberFixture, T);
    const list = await admin.leads.list({ analysisId });
    expect(list.choices).toEqual([]);
    expect(list.leads[0]?.actor).toBeNull();
    expect(list.leads[0]?.notes).toBeNull();
  });

  it("refuses a link while Partners is off, and clears notes after the retention", async () => {
    const api = call(regie, T);
    await setModuleEnabled(T.id, partnersPlugin, false);
    try {
      const list = await api.leads.list({ analysisId });
      expect(list).toMatchObject({ partnersOn: false, choices: [] });
      const { id } = await api.leads.add({ analysisId, who: "De conciërge van toren B" });
      await expect(api.leads.update({ id, actorId: keyFigureId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    } finally {
      await setModuleEnabled(T.id, partnersPlugin, true);
    }
    expect(await clearExpiredNotes(ownerDb() as never, T.id, 1, new Date("2026-01-01"))).toBeGreaterThanOrEqual(1);
    expect((await ownerDb().buurtanalyseLead.findFirst({ where: { analysisId, who: "De apotheker van de Markt" } }))?.notes).toBeNull();
  });
});
