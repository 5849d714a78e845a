/**
 * The report (BA-10) at the API: the PDF is a document made by the module's job (core's documents, ADR 0033) for one
 * audience, with progress; its text has the hypothesis and, for the residents, only the quote with their consent; a
 * field worker of another neighbourhood cannot read it. The residents' summary is saved, published (and only then
 * readable on the public side), and taken off again.
 */
import { isModuleEnabledFor, startWorker, type WorkerHandle } from "@zorgzaam/core";
import {
  closeAll,
  createMember,
  createTenant,
  isolateQueuePrefix,
  type MemberFixture,
  moduleCaller,
  ownerDb,
  pdfPagesText,
  setModuleEnabled,
  type TenantFixture,
  waitUntil,
} from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buurtanalysePlugin as buurtanalyse } from "../definition";

isolateQueuePrefix("ba-report");
const call = moduleCaller(buurtanalyse);
let worker: WorkerHandle;
let T: TenantFixture;
let regie: MemberFixture;
let analysisId: string;

beforeAll(async () => {
  worker = startWorker({ concurrency: 2, isJobAllowed: isModuleEnabledFor });
  await worker.ready();
  T = await createTenant({ tag: "ba-report" });
  await setModuleEnabled(T.id, buurtanalyse, true);
  regie = T.users.regie as MemberFixture;
  const api = call(regie, T);
  analysisId = (await api.analyses.create({ title: "Verslag Noord", neighbourhoodIds: [T.neighbourhoods[0].id] })).id;
  await api.hypotheses.create({ analysisId, text: "Veel ouderen wonen alleen in de torens" });
  await ownerDb().buurtanalyseQuote.createMany({
    data: [
      { tenantId: T.id, analysisId, text: "Hier kent iedereen elkaar", saidBy: "een buurvrouw", audiences: ["residents", "council"] },
      { tenantId: T.id, analysisId, text: "Alleen voor het team gezegd", saidBy: "een huurder", audiences: [] },
    ],
  });
});

afterAll(async () => {
  await worker?.close({ force: true });
  await closeAll();
});

async function pdfText(member: MemberFixture, audience: "team" | "gemeenteraad" | "partners" | "bewoners") {
  const doc = call(member, T).documents.report;
  const { documentId } = await doc.request({ analysisId, audience, locale: "nl" });
  await waitUntil(
    async () => {
      const s = await doc.status({ documentId });
      return s.state === "completed" || s.state === "failed";
    },
    30_000,
    "the report's PDF job",
  );
  expect(await doc.status({ documentId })).toMatchObject({ state: "completed", progress: 100 });
  const file = await doc.download({ documentId });
  expect(file.fileName).toBe(`verslag-noord-${audience}.pdf`);
  return { documentId, text: (await pdfPagesText(Buffer.from(file.base64, "base64"))).join("\n").replace(/\s+/g, " ") };
}

describe("the report as a PDF per audience", () => {
  it("for the team: the hypothesis and every quote", async () => {
    const { text } = await pdfText(regie, "team");
    expect(text).toContain("Veel ouderen wonen alleen in de torens");
    expect(text).toContain("Hier kent iedereen elkaar");
    expect(text).toContain("Alleen voor het team gezegd");
  });

  it("draws the map with what the team drew, numbered as in the list under it", async () => {
    await call(regie, T).map.add({
      analysisId,
      category: "meeting_place",
      label: "Bankjes aan de kerk",
      note: null,
      geometry: { type: "Point", coordinates: [4.35, 50.85] },
    });
    await call(regie, T).map.add({
      analysisId,
      category: "barrier",
      label: "De spoorweg",
      note: null,
      geometry: {
        type: "LineString",
        coordinates: [
          [4.34, 50.84],
          [4.36, 50.86],
        ],
      },
    });
    const { text } = await pdfText(regie, "gemeenteraad");
    expect(text).toContain("De kaart: de grens van de buurt");
    expect(text).toMatch(/1\. Bankjes aan de kerk|1\. De spoorweg/);
    expect(text).toMatch(/2\. (Bankjes aan de kerk|De spoorweg)/);
    // Residents' report has no map.
    expect((await pdfText(regie, "bewoners")).text).not.toContain("De kaart:");
  });

  it("for the council: the hypothesis and the quote with its consent, not the other", async () => {
    const { text } = await pdfText(regie, "gemeenteraad");
    expect(text).toContain("Veel ouderen wonen alleen in de torens");
    expect(text).toContain("Hier kent iedereen elkaar");
    expect(text).not.toContain("Alleen voor het team gezegd");
  });

  it("for residents: plain words, the consented quote only, no hypotheses", async () => {
    const { text } = await pdfText(regie, "bewoners");
    expect(text).toContain("Wat we hoorden");
    expect(text).toContain("Hier kent iedereen elkaar");
    expect(text).not.toContain("Alleen voor het team gezegd");
    expect(text).not.toContain("Veel ouderen wonen alleen in de torens");
  });

  it("is not readable by a field worker of another neighbourhood", async () => {
    const { documentId } = await call(regie, T).documents.report.request({ analysisId, audience: "team" });
    const other = await createMember(T, { roles: ["field_worker"], neighbourhoodIds: [T.neighbourhoods[1].id], tag: "ba-report-fw" });
    const fw = call(other, T).documents.report;
    expect(await fw.status({ documentId }).catch((e: { code?: string }) => e.code)).toBe("NOT_FOUND");
    expect(await fw.request({ analysisId, audience: "team" }).catch((e: { code?: string }) => e.code)).toBe("NOT_FOUND");
  });
});

describe("the residents' summary", () => {
  it("is saved, published for the public side, and taken off again", async () => {
    const api = call(regie, T);
    expect((await api.summary.get({ analysisId })).summary).toBeNull();
    await expect(api.summary.publish({ analysisId })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const saved = await api.summary.save({
      analysisId,
      version: 0,
      heard: { nl: "Mensen voelen zich alleen.", fr: "", en: "" },
      doing: { nl: "We gaan langs met koffie." },
      actionIds: [],
    });
    // A stale version is refused.
    await expect(api.summary.save({ analysisId, version: 0, heard: {}, doing: {}, actionIds: [] })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(saved.version).toBe(1);
    await api.summary.publish({ analysisId });
    const got = await api.summary.get({ analysisId });
    expect(got.summary?.publishedAt).toBeTruthy();
    expect(got.summary?.heard).toEqual({ nl: "Mensen voelen zich alleen." });
    // Volunteers may not publish.
    const volunteer = T.users.volunteer as MemberFixture;
    expect(
      await call(volunteer, T)
        .summary.unpublish({ analysisId })
        .catch((e: { code?: string }) => e.code),
    ).toBe("FORBIDDEN");
    await api.summary.unpublish({ analysisId });
    expect((await api.summary.get({ analysisId })).summary?.publishedAt).toBeNull();
  });
});
