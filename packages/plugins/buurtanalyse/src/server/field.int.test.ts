/**
 * Round 4 as records (BA-7, ADR 0032), at the API: a field worker adds observations from a phone (a photo stored
 * through core with its EXIF and GPS gone, a point that shows on the analysis's map), conversations and quotes with
 * their consent; a SWOT item rests on an observation; the report's evidence per audience; Bevragingen's surveys with
 * their suppressed figures (and the page's degraded state with the module off); export and erasure of a person linked
 * to a quote; the neighbourhood scope.
 */
import {
  closeAll,
  codeOf,
  createTenant,
  installModules,
  type MemberFixture,
  moduleCaller,
  ownerDb,
  seedModules,
  setModuleEnabled,
  storedFileBytes,
  type TenantFixture,
} from "@zorgzaam/core/testing";
import { manifest as bevragingenManifest } from "@zorgzaam/plugin-bevragingen/manifest";
import { server as bevragingenServer } from "@zorgzaam/plugin-bevragingen/server";
import { manifest as partnersManifest } from "@zorgzaam/plugin-partners/manifest";
import { server as partnersServer } from "@zorgzaam/plugin-partners/server";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buurtanalysePlugin as buurtanalyse } from "../definition";
import { reportEvidence } from "./evidence";
import { personalData } from "./personal-data";

const bevragingenPlugin = { manifest: bevragingenManifest, server: bevragingenServer, messages: { nl: {}, fr: {}, en: {} } };
const partnersPlugin = { manifest: partnersManifest, server: partnersServer, messages: { nl: {}, fr: {}, en: {} } };
installModules([partnersPlugin, bevragingenPlugin, buurtanalyse]);
const call = moduleCaller(buurtanalyse);

let T: TenantFixture;
let regie: MemberFixture;
let worker: MemberFixture;
let analysisId: string;
let otherId: string;

/** A phone photo with GPS in its EXIF. */
async function gpsPhoto(): Promise<string> {
  const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#4a8" } })
    .withExif({
      IFD0: { Artist: "Marie Peeters" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 51/1 12/1", GPSLongitudeRef: "E", GPSLongitude: "4/1 21/1 24/1" },
    })
    .jpeg()
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString("base64")}`;
}

beforeAll(async () => {
  T = await createTenant({ tag: "ba-field" });
  await seedModules(T, [bevragingenPlugin, buurtanalyse]);
  regie = T.users.regie as MemberFixture;
  worker = T.users.field_worker as MemberFixture;
  const api = call(regie, T);
  analysisId = (
    await api.analyses.create({ title: "Veld A", periodEnd: new Date("2025-06-30"), neighbourhoodIds: [T.neighbourhoods[0].id] })
  ).id;
  otherId = (await api.analyses.create({ title: "Veld B", neighbourhoodIds: [T.neighbourhoods[1].id] })).id;
});

afterAll(async () => {
  await closeAll();
});

describe("observations from the phone", () => {
  it("stores the photo through core without EXIF or GPS, and shows it as a thumbnail", async () => {
    const photo = await gpsPhoto();
    expect((await sharp(Buffer.from(photo.split(",")[1] ?? "", "base64")).metadata()).exif).toBeDefined();
    const api = call(worker, T);
    const o = await api.field.addObservation({
      analysisId,
      text: "Zes buren op de bankjes",
      cueKey: "busyPlaces",
      point: { type: "Point", coordinates: [4.355, 50.845] },
      observedAt: null,
      photo,
      photoAudiences: ["residents", "council"],
    });
    await api.field.addObservation({
      analysisId,
      text: "Affiches aan de kerk",
      cueKey: null,
      point: null,
      observedAt: null,
      photo: null,
      photoAudiences: [],
    });
    const row = await ownerDb().storedFile.findUniqueOrThrow({ where: { id: o.photoFileId ?? "" } });
    expect(row.moduleId).toBe("buurtanalyse");
    const bytes = (await storedFileBytes(row.id)) as Buffer;
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from("Marie Peeters"))).toBe(false);
    const f = await api.field.get({ analysisId });
    const mine = f.observations.find((x) => x.id === o.id);
    expect(mine?.photo?.thumb).toMatch(/^\/files\//);
    // Audiences are kept in the list's order, whatever order they were sent in.
    expect(mine?.photoAudiences).toEqual(["council", "residents"]);
    expect(f.observations).toHaveLength(2);
    // With a point it is an overlay on the analysis's map.
    const m = await api.map.get({ analysisId });
    expect(m.observations.map((x) => x.text)).toEqual(["Zes buren op de bankjes"]);
  });

  it("refuses a file that is not a photo, and a field worker outside the analysis's neighbourhood", async () => {
    const api = call(worker, T);
    const notImage = `data:image/jpeg;base64,${Buffer.from("hello").toString("base64")}`;
    expect(
      await codeOf(
        api.field.addObservation({
          analysisId,
          text: "x",
          cueKey: null,
          point: null,
          observedAt: null,
          photo: notImage,
          photoAudiences: [],
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        api.field.addObservation({
          analysisId: otherId,
          text: "x",
          cueKey: null,
          point: null,
          observedAt: null,
          photo: null,
          photoAudiences: [],
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(api.field.get({ analysisId: otherId }))).toBe("NOT_FOUND");
  });
});

describe("conversations, quotes and consent", () => {
  it("keeps quotes with their consent and gives each audience only what it may see", async () => {
    const api = call(regie, T);
    const c = await api.field.addConversation({
      analysisId,
      kind: "focus_group",
      withWhom: "Ouders aan de schoolpoort",
      participants: 5,
      place: "School",
      heldOn: new Date("2025-05-02"),
      notes: "Een moeder wil meedoen",
    });
    const pub = await api.field.addQuote({
      analysisId,
      conversationId: c.id,
      observationId: null,
      text: "De speeltuin is te klein",
      saidBy: "Een moeder",
      personId: null,
      audiences: ["residents"],
    });
    const linked = await api.field.addQuote({
      analysisId,
      conversationId: c.id,
      observationId: null,
      text: "Ik durf 's avonds niet buiten",
      saidBy: "Een oudere buurvrouw",
      personId: T.people[0].id,
      audiences: [],
    });
    const f = await api.field.get({ analysisId });
    const conv = f.conversations.find((x) => x.id === c.id);
    expect(conv?.notes).toBe("Een moeder wil meedoen");
    expect(conv?.quotes.map((q) => q.text)).toEqual(["De speeltuin is te klein", "Ik durf 's avonds niet buiten"]);
    expect(conv?.quotes[1]?.person?.id).toBe(T.people[0].id);

    const team = await reportEvidence(ownerDb() as never, T.id, analysisId, "team");
    expect(team.quotes.map((q) => q.id).sort()).toEqual([pub.id, linked.id].sort());
    const residents = await reportEvidence(ownerDb() as never, T.id, analysisId, "residents");
    expect(residents.quotes.map((q) => q.id)).toEqual([pub.id]);
    expect(residents.photos.map((p) => p.caption)).toEqual(["Zes buren op de bankjes"]);
    await api.field.consent({ target: "quote", id: linked.id, audiences: ["council"] });
    const council = await reportEvidence(ownerDb() as never, T.id, analysisId, "council");
    expect(council.quotes.map((q) => q.id)).toEqual([linked.id]);
    expect(council.photos).toHaveLength(1);
    const partners = await reportEvidence(ownerDb() as never, T.id, analysisId, "partners");
    expect(partners).toEqual({ quotes: [], photos: [] });
  });

  it("exports and erases a quote linked to a person", async () => {
    const ctx = { tenantId: T.id, tx: ownerDb() as never };
    const out = await personalData.export(ctx, T.people[0].id);
    expect(JSON.stringify(out.BuurtanalyseQuote)).toContain("Ik durf 's avonds niet buiten");
    await personalData.erase(ctx, T.people[0].id);
    expect(await ownerDb().buurtanalyseQuote.count({ where: { text: "Ik durf 's avonds niet buiten" } })).toBe(0);
    expect(await ownerDb().buurtanalyseQuote.count({ where: { text: "De speeltuin is te klein" } })).toBe(1);
  });
});

describe("SWOT resting on field work", () => {
  it("links a SWOT item to an observation of the analysis, never of another one", async () => {
    const api = call(regie, T);
    const f = await api.field.get({ analysisId });
    const obs = f.observations[0];
    if (!obs) throw new Error("no observation");
    await api.plan.addSwot({
      analysisId,
      kind: "strength",
      text: "Een plek waar buren elkaar zien",
      hypothesisId: null,
      observationId: obs.id,
      quoteId: null,
      surveyLinkId: null,
    });
    const plan = await api.plan.get({ analysisId });
    expect(plan.swot.find((s) => s.text === "Een plek waar buren elkaar zien")?.observation?.id).toBe(obs.id);
    expect(plan.observations.map((o) => o.id)).toContain(obs.id);
    expect(
      await codeOf(
        api.plan.addSwot({
          analysisId: otherId,
          kind: "threat",
          text: "x",
          hypothesisId: null,
          observationId: obs.id,
          quoteId: null,
          surveyLinkId: null,
        }),
      ),
    ).toBe("NOT_FOUND");
  });
});

describe("Bevragingen's surveys in round 4", () => {
  it("lists surveys with figures, links one, and degrades when Bevragingen is off", async () => {
    const api = call(regie, T);
    const s = await api.surveys.list({ analysisId });
    expect(s.on).toBe(true);
    const first = s.surveys[0];
    if (!first) throw new Error("the demo has no published survey");
    expect(first.byNeighbourhood).toHaveLength(1);
    for (const n of first.byNeighbourhood) expect(n.count === null || n.count >= first.min).toBe(true);
    const link = await api.surveys.link({ analysisId, surveyId: first.id });
    expect((await api.surveys.list({ analysisId })).surveys.find((x) => x.id === first.id)?.linkId).toBe(link.id);
    expect((await api.plan.get({ analysisId })).surveyLinks[0]?.title).toBe(first.title);
    await setModuleEnabled(T.id, bevragingenPlugin, false);
    try {
      const off = await api.surveys.list({ analysisId });
      expect(off).toMatchObject({ on: false, surveys: [] });
      expect(off.links).toHaveLength(1);
      expect(await codeOf(api.surveys.link({ analysisId, surveyId: first.id }))).toBe("NOT_FOUND");
    } finally {
      await setModuleEnabled(T.id, bevragingenPlugin, true);
    }
  });
});

describe("round 3: toevoegen als actor", () => {
  it("puts an actor found online on the partner map with where it was found, and keeps the link back", async () => {
    const api = call(regie, T);
    expect(
      await codeOf(
        api.sections.addActor({
          analysisId,
          sourceKey: "socialeKaart",
          sourceLabel: "De sociale kaart",
          name: "Repair Café",
          kind: "citizen_initiative",
          website: null,
        }),
      ),
    ).toBe("BAD_REQUEST");
    await setModuleEnabled(T.id, partnersPlugin, true);
    const r = await api.sections.addActor({
      analysisId,
      sourceKey: "socialeKaart",
      sourceLabel: "De sociale kaart",
      name: "Repair Café Molenwijk",
      kind: "citizen_initiative",
      website: "https://repaircafe.example.org",
    });
    const actor = await ownerDb().partnersActor.findUniqueOrThrow({ where: { id: r.actorId } });
    expect(actor).toMatchObject({ name: "Repair Café Molenwijk", kind: "citizen_initiative", formal: false, status: "not_contacted" });
    expect(actor.notes).toBe("Veld A, ronde 3: De sociale kaart");
    expect(actor.neighbourhoodIds).toEqual([T.neighbourhoods[0].id]);
    const s = await api.sections.get({ analysisId, key: "ronde3" });
    expect(s.content.foundActors?.map((f) => f.actorId)).toEqual([r.actorId]);
    // A member who may not add actors on the partner map is refused, nothing written.
    const before = await ownerDb().partnersActor.count({ where: { tenantId: T.id } });
    const viewer = T.users.volunteer as MemberFixture | undefined;
    if (viewer) {
      const code = await codeOf(
        call(viewer, T).sections.addActor({
          analysisId,
          sourceKey: "x",
          sourceLabel: "x",
          name: "Nee",
          kind: "organisation",
          website: null,
        }),
      );
      expect(["FORBIDDEN", "NOT_FOUND"]).toContain(code);
    }
    expect(await ownerDb().partnersActor.count({ where: { tenantId: T.id } })).toBe(before);
  });
});
