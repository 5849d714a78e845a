/**
 * Round 4 as records (BA-7, ADR 0032), the data model's contract with the report: quotes and photos carry their
 * audiences, and `reportEvidence` returns for each audience only what it may see (the team: everything; a photo only
 * when its file is active).
 */
import { randomUUID } from "node:crypto";
import {
  closeAll,
  createTenant,
  type MemberFixture,
  moduleCaller,
  ownerDb,
  setModuleEnabled,
  type TenantFixture,
} from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buurtanalysePlugin as buurtanalyse } from "../definition";
import { reportEvidence } from "./evidence";

const call = moduleCaller(buurtanalyse);
let T: TenantFixture;
let analysisId: string;

async function file(tenantId: string, status = "active") {
  return ownerDb().storedFile.create({
    data: {
      tenantId,
      moduleId: "buurtanalyse",
      status,
      mimeType: "image/jpeg",
      byteSize: 10,
      sha256: "0".repeat(64),
      storageKey: `${tenantId}/${randomUUID()}/original`,
      originalName: "foto.jpg",
    },
  });
}

beforeAll(async () => {
  T = await createTenant({ tag: "ba-evidence" });
  await setModuleEnabled(T.id, buurtanalyse, true);
  const regie = T.users.regie as MemberFixture;
  analysisId = (await call(regie, T).analyses.create({ title: "Veld", neighbourhoodIds: [T.neighbourhoods[0].id] })).id;
  const db = ownerDb();
  const conv = await db.buurtanalyseConversation.create({
    data: {
      tenantId: T.id,
      analysisId,
      kind: "focus_group",
      withWhom: "ouders van de school",
      participants: 6,
      heldOn: new Date("2026-03-02"),
    },
  });
  const obs = await db.buurtanalyseObservation.create({
    data: { tenantId: T.id, analysisId, text: "Bankjes aan het plein", observedAt: new Date("2026-03-05T10:00:00Z") },
  });
  await db.buurtanalyseQuote.createMany({
    data: [
      {
        tenantId: T.id,
        analysisId,
        text: "Iedereen",
        conversationId: conv.id,
        saidBy: "een moeder",
        audiences: ["partners", "council", "residents"],
      },
      { tenantId: T.id, analysisId, text: "Raad", observationId: obs.id, audiences: ["council"] },
      { tenantId: T.id, analysisId, text: "Team", saidBy: "een buurman" },
    ],
  });
  const photos = [await file(T.id), await file(T.id), await file(T.id, "quarantine")];
  await db.buurtanalyseObservation.createMany({
    data: [
      { tenantId: T.id, analysisId, text: "Foto bewoners", photoFileId: photos[0]?.id, photoAudiences: ["residents"] },
      { tenantId: T.id, analysisId, text: "Foto team", photoFileId: photos[1]?.id },
      { tenantId: T.id, analysisId, text: "Foto quarantaine", photoFileId: photos[2]?.id, photoAudiences: ["residents"] },
    ],
  });
});

afterAll(async () => {
  await closeAll();
});

describe("reportEvidence", () => {
  it("gives the team every quote and every active photo", async () => {
    const e = await reportEvidence(ownerDb() as never, T.id, analysisId, "team");
    expect(e.quotes.map((q) => q.text).sort()).toEqual(["Iedereen", "Raad", "Team"]);
    expect(e.photos.map((p) => p.caption).sort()).toEqual(["Foto bewoners", "Foto team"]);
    const iedereen = e.quotes.find((q) => q.text === "Iedereen");
    expect(iedereen?.saidBy).toBe("een moeder");
    expect(iedereen?.date.toISOString().slice(0, 10)).toBe("2026-03-02");
    expect(e.quotes.find((q) => q.text === "Raad")?.date.toISOString()).toBe("2026-03-05T10:00:00.000Z");
  });

  it("gives each other audience only what carries its consent", async () => {
    const council = await reportEvidence(ownerDb() as never, T.id, analysisId, "council");
    expect(council.quotes.map((q) => q.text).sort()).toEqual(["Iedereen", "Raad"]);
    expect(council.photos).toEqual([]);
    const partners = await reportEvidence(ownerDb() as never, T.id, analysisId, "partners");
    expect(partners.quotes.map((q) => q.text)).toEqual(["Iedereen"]);
    const residents = await reportEvidence(ownerDb() as never, T.id, analysisId, "residents");
    expect(residents.quotes.map((q) => q.text)).toEqual(["Iedereen"]);
    expect(residents.photos.map((p) => p.caption)).toEqual(["Foto bewoners"]);
  });

  it("refuses an audience outside the list in the database", async () => {
    await expect(
      ownerDb().buurtanalyseQuote.create({ data: { tenantId: T.id, analysisId, text: "x", audiences: ["everyone"] } }),
    ).rejects.toThrow();
  });
});
