/**
 * Street, point and photo questions at the API: a point kept at the survey's precision, a street without a house
 * number, a photo stored through core's files (re-encoded, once per idempotency key), refusals that name the limit in
 * the reader's language, a public form whose photo waits in quarantine, streets counted like choices with small groups
 * hidden by name, points and photos for the team only (list, map data, CSV) and the paper form.
 */
import { randomUUID } from "node:crypto";
import { coreRouter, issueFormToken } from "@zorgzaam/core";
import {
  closeAll,
  createTenant,
  enablePublicCapabilities,
  installModules,
  type MemberFixture,
  moduleCaller,
  ownerDb,
  pdfPagesText,
  routerCaller,
  sessionFor,
  setModuleEnabled,
  type TenantFixture,
} from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bevragingenPlugin as bevragingen } from "../definition";
import type { SurveyContent } from "../survey";
import { anonymiseExpired } from "./jobs/retention";
import { paperPdf } from "./pdf";

installModules([bevragingen]);
const call = moduleCaller(bevragingen);

// A 1x1 PNG as a phone would send it.
const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

const content: SurveyContent = {
  sections: [
    {
      key: "s1",
      title: { nl: "Plekken", fr: "Endroits" },
      questions: [
        {
          key: "unsafe",
          type: "single",
          text: { nl: "Voel je je ergens onveilig?", fr: "Vous sentez-vous en insécurité quelque part ?" },
          required: true,
          options: [
            { key: "yes", text: { nl: "Ja", fr: "Oui" } },
            { key: "no", text: { nl: "Nee", fr: "Non" } },
          ],
        },
        {
          key: "where",
          type: "point",
          text: { nl: "Waar?", fr: "Où ?" },
          required: true,
          precision: 3,
          showIf: { question: "unsafe", values: ["yes"] },
        },
        { key: "street", type: "street", text: { nl: "Je straat", fr: "Votre rue" }, required: false },
        { key: "photo", type: "photo", text: { nl: "Foto", fr: "Photo" }, required: false },
      ],
    },
  ],
};

let T: TenantFixture;
let regie: MemberFixture;
let worker: MemberFixture;
let surveyId: string;
let versionId: string;

const send = (answers: Record<string, unknown>, key = randomUUID()) =>
  call(worker, T).responses.submit({
    surveyId,
    versionId,
    idempotencyKey: key,
    channel: "assisted",
    language: "nl",
    answers: answers as never,
  });

async function inFrench(p: Promise<unknown>): Promise<string> {
  const e = (await p.then(
    () => null,
    (x: unknown) => x,
  )) as { messageIn?: (l: "fr") => string } | null;
  return e?.messageIn?.("fr") ?? "no error";
}

beforeAll(async () => {
  T = await createTenant({ tag: "bv-places" });
  await setModuleEnabled(T.id, bevragingen, true);
  regie = T.users.regie as MemberFixture;
  worker = T.users.field_worker as MemberFixture;
  const api = call(regie, T);
  ({ id: surveyId } = await api.surveys.create({ title: { nl: "Plekken", fr: "Endroits" }, languages: ["nl", "fr"] }));
  await api.surveys.saveDraft({
    surveyId,
    content: { sections: [{ ...content.sections[0]!, questions: [{ ...content.sections[0]!.questions[3]!, required: true }] }] },
  });
  await expect(api.surveys.publish({ surveyId })).rejects.toThrow(/fotovraag kan niet verplicht/);
  await api.surveys.saveDraft({ surveyId, content });
  ({ versionId } = await api.surveys.publish({ surveyId }));
});

afterAll(async () => {
  await closeAll();
});

describe("street, point and photo answers", () => {
  it("keeps a point at the survey's precision and stores a photo through core's files, once per key", async () => {
    const key = randomUUID();
    const first = await send({ unsafe: "yes", where: "50.8467123,4.3524987", street: "Kerkstraat", photo: PNG }, key);
    const again = await send({ unsafe: "yes", where: "50.8467123,4.3524987", street: "Kerkstraat", photo: PNG }, key);
    // Core answers a repeat of the key with the first answer (ADR 0028): one response, one stored photo.
    expect(again.id).toBe(first.id);
    const row = await ownerDb().bevragingenResponse.findUniqueOrThrow({ where: { id: first.id }, select: { answers: true } });
    const answers = row.answers as Record<string, string>;
    expect(answers.where).toBe("50.847,4.352");
    expect(answers.street).toBe("Kerkstraat");
    const files = await ownerDb().storedFile.findMany({ where: { tenantId: T.id, moduleId: "bevragingen" } });
    expect(files.map((f) => f.id)).toEqual([answers.photo]);
    expect(files[0]).toMatchObject({ status: "active", mimeType: "image/png", personId: null });
  });

  it("refuses a house number, a bad point and a photo over the limit, naming the question and the limit", async () => {
    await expect(send({ unsafe: "no", street: "Kerkstraat 12" })).rejects.toThrow(/«Je straat».*zonder huisnummer/);
    expect(await inFrench(send({ unsafe: "no", street: "Kerkstraat 12" }))).toMatch(/« Votre rue ».*sans numéro/);
    await expect(send({ unsafe: "yes", where: "Kerkstraat 12" })).rejects.toThrow(/«Waar\?».*kaart/);
    const big = `data:image/jpeg;base64,${"A".repeat(5_400_000)}`;
    await expect(send({ unsafe: "no", photo: big })).rejects.toThrow(/hoogstens 4 MB/);
    await expect(send({ unsafe: "no", photo: "data:image/png;base64,AAAA" })).rejects.toThrow();
    // Without a map (offline, no JavaScript) a place typed without a number is a point's answer.
    await expect(send({ unsafe: "yes", where: "Het pleintje" })).resolves.toMatchObject({ duplicate: false });
  });

  it("the public form takes a street and a place typed", async () => {
    await enablePublicCapabilities(T.id, ["bevragingen.answer"]);
    const pub = routerCaller(bevragingen.server.router, null, T.slug, { locale: "nl" });
    const guard = { formToken: issueFormToken(T.slug, Date.now() - 60_000), website: "" };
    const base = { surveyId, versionId, language: "nl" as const, ...guard };
    await expect(
      pub.public.submit({ ...base, idempotencyKey: randomUUID(), answers: { unsafe: "yes", where: "Markt", street: "Markt" } }),
    ).resolves.toMatchObject({ received: true });
  });

  it("counts streets like choices (a street named by fewer than 5 only as 'other streets'), points and photos for the team", async () => {
    for (let i = 0; i < 5; i++) await send({ unsafe: "yes", where: `50.85${i},4.35${i}`, street: "Kerkstraat" });
    for (let i = 0; i < 5; i++) await send({ unsafe: "no", street: "Dorpsplein" });
    const r = await call(regie, T).results.get({ surveyId });
    const street = r?.questions.find((q) => q.key === "street");
    // "Markt" (one public answer) shows only inside "other streets", whose count is hidden (and so one more).
    expect(street?.cells?.map((c) => c.key)).toEqual(["Kerkstraat", "Dorpsplein", ""]);
    expect(street?.cells?.map((c) => c.count)).toEqual([6, null, null]);
    // Points and photos are never figures.
    expect(r?.questions.find((q) => q.key === "where")?.cells).toBeNull();

    const api = call(regie, T);
    const pts = await api.answers.points({ surveyId, question: "where" });
    expect(pts.points).toHaveLength(6);
    expect(pts.typed).toBe(2);
    const photos = await api.answers.list({ surveyId, question: "photo" });
    expect(photos.rows).toHaveLength(1);
    expect(photos.rows[0]?.photo?.thumbUrl).toMatch(/^\/files\//);

    const csv = Buffer.from((await api.exports.places({ surveyId })).base64, "base64").toString("utf8");
    expect(csv).toContain("50.847");
    expect(csv).toContain(`bevragingen/${photos.rows[0]?.text}`);
    expect(csv).toContain("Het pleintje");
    // Only who manages surveys reads them one by one.
    await expect(call(worker, T).answers.points({ surveyId, question: "where" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(call(worker, T).exports.places({ surveyId })).rejects.toMatchObject({ code: "FORBIDDEN" });

    // The paper form of these questions: lines for a street and a place, photo questions left out with a note (the
    // document job itself is tested in results.int.test.ts).
    const paper = await paperPdf({
      title: { nl: "Plekken" },
      content,
      language: "nl",
      tenantName: "Test",
      publicUrl: null,
      neighbourhoods: [],
      uiLocale: "nl",
    });
    const text = (await pdfPagesText(paper)).join(" ");
    expect(text).toContain("Waar?");
  });

  it("deletes the photos once the survey's retention is over (the figures stay)", async () => {
    await call(regie, T).surveys.close({ surveyId });
    await ownerDb().bevragingenSurvey.update({ where: { id: surveyId }, data: { closedAt: new Date("2020-01-01"), retentionMonths: 1 } });
    await ownerDb().$transaction((tx) => anonymiseExpired(tx as never, T.id));
    expect(await ownerDb().storedFile.count({ where: { tenantId: T.id, moduleId: "bevragingen" } })).toBe(0);
    expect(await ownerDb().bevragingenResponse.count({ where: { surveyId } })).toBeGreaterThan(10);
  });
});

describe("a photo sent through the public form", () => {
  it("is stored through core's public upload: in quarantine, anonymous, until the team accepts it; a fake one is refused under its question", async () => {
    const api = call(regie, T);
    const { id: sid } = await api.surveys.create({ title: { nl: "Foto's", fr: "Photos" }, languages: ["nl", "fr"] });
    await api.surveys.saveDraft({ surveyId: sid, content });
    const { versionId: vid } = await api.surveys.publish({ surveyId: sid });
    await enablePublicCapabilities(T.id, ["bevragingen.answer"]);
    const pub = routerCaller(bevragingen.server.router, null, T.slug, { locale: "nl" });
    const base = {
      surveyId: sid,
      versionId: vid,
      language: "nl" as const,
      formToken: issueFormToken(T.slug, Date.now() - 60_000),
      website: "",
    };
    const before = await ownerDb().bevragingenResponse.count({ where: { surveyId: sid } });
    const fake = Buffer.from("<script>alert(1)</script>").toString("base64");
    const refused = await pub.public
      .submit({ ...base, idempotencyKey: randomUUID(), answers: { unsafe: "no", photo: `data:image/jpeg;base64,${fake}` } })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "q-photo" });
    expect(await ownerDb().bevragingenResponse.count({ where: { surveyId: sid } })).toBe(before);

    await pub.public.submit({ ...base, idempotencyKey: randomUUID(), answers: { unsafe: "no", photo: PNG } });
    const response = await ownerDb().bevragingenResponse.findFirstOrThrow({ where: { surveyId: sid, channel: "public" } });
    const fileId = (response.answers as Record<string, string>).photo ?? "";
    const file = await ownerDb().storedFile.findUniqueOrThrow({ where: { id: fileId } });
    expect([file.status, file.moduleId, file.personId, file.uploadedById]).toEqual(["quarantine", "bevragingen", null, null]);
    // The team decides at the contact point (core files.quarantine / files.decide).
    const core = routerCaller(coreRouter, sessionFor(regie), T.slug);
    expect((await core.files.quarantine()).map((f) => f.id)).toContain(fileId);
    await core.files.decide({ id: fileId, accept: true });
    expect((await ownerDb().storedFile.findUniqueOrThrow({ where: { id: fileId } })).status).toBe("active");
  });
});
