/**
 * Results people can use, at the API on a real database: aggregates in SQL with filters and breakdowns and small
 * groups hidden, the word list, open answers reviewed and tagged before they are quoted, two rounds; and nothing lost:
 * concurrent retries of one answer through separate callers store one row, and an answer refused because its survey
 * closed or changed version is kept for the worker who entered it (she sends it again or puts it aside).
 */
import { randomUUID } from "node:crypto";
import { isModuleEnabledFor, startWorker, type WorkerHandle } from "@zorgzaam/core";
import {
  closeAll,
  createMember,
  createPerson,
  createTenant,
  installModules,
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
import { bevragingenPlugin as bevragingen } from "../definition";
import type { SurveyContent } from "../survey";
import { BUURTBEVRAGING, BUURTBEVRAGING_TITLE } from "./starter";

installModules([bevragingen]);
isolateQueuePrefix("bv-results");
const call = moduleCaller(bevragingen);
let jobs: WorkerHandle;

let T: TenantFixture;
let regie: MemberFixture;
let worker: MemberFixture;
let surveyId: string;
let versionId: string;

beforeAll(async () => {
  jobs = startWorker({ concurrency: 2, isJobAllowed: isModuleEnabledFor });
  await jobs.ready();
  T = await createTenant({ tag: "bv-results" });
  await setModuleEnabled(T.id, bevragingen, true);
  regie = T.users.regie as MemberFixture;
  worker = T.users.field_worker as MemberFixture;
  const api = call(regie, T);
  ({ id: surveyId } = await api.surveys.create({ title: BUURTBEVRAGING_TITLE, languages: ["nl", "fr", "en"] }));
  await api.surveys.saveDraft({ surveyId, content: BUURTBEVRAGING });
  ({ versionId } = await api.surveys.publish({ surveyId }));
  // 40 answers: 30 in Dutch at the door in the first neighbourhood, 7 in French on paper, 3 in English on paper.
  const [a, b] = [T.neighbourhoods[0].id, T.neighbourhoods[1]?.id ?? T.neighbourhoods[0].id];
  const w = call(worker, T);
  for (let i = 0; i < 40; i++) {
    const language = i < 30 ? "nl" : i < 37 ? "fr" : "en";
    await w.responses.submit({
      surveyId,
      versionId,
      idempotencyKey: randomUUID(),
      channel: i < 30 ? "assisted" : "paper",
      language,
      answers: {
        area: i < 30 ? a : b,
        liking: i < 20 ? 4 : i < 38 ? 2 : 5,
        lonely: i % 4 === 0 ? "yes" : "no",
        ...(i % 4 === 0 ? { lonely_help: "yes" } : {}),
        missing: i % 2 ? ["shop", "green"] : ["green"],
        years: i,
        wish: i % 3 === 0 ? "Meer groen en een bank op het plein" : i % 3 === 1 ? "Een bank aan de school" : "Rust",
      },
    });
  }
});

afterAll(async () => {
  await jobs?.close({ force: true });
  await closeAll();
});

type Docs = ReturnType<typeof call>["documents"];

/** A PDF made by the module's job (core's documents): asked for, waited for, downloaded; its name and its text. */
async function pdfOf<D extends Docs["summary"] | Docs["paper"]>(doc: D, request: () => Promise<{ documentId: string }>) {
  const { documentId } = await request();
  await waitUntil(async () => ["completed", "failed"].includes((await doc.status({ documentId })).state), 30_000, "the PDF job");
  expect(await doc.status({ documentId })).toMatchObject({ state: "completed", progress: 100 });
  const file = await doc.download({ documentId });
  const bytes = Buffer.from(file.base64, "base64");
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  return { fileName: file.fileName, text: (await pdfPagesText(bytes)).join("\n").replace(/\s+/g, " ") };
}

const ok = (min: number) => (n: number | null | undefined) => n === null || n === undefined || n === 0 || n >= min;

describe("results in SQL", () => {
  it("counts choices, scale points, means and words, with small groups hidden", async () => {
    const r = await call(regie, T).results.get({ surveyId });
    if (!r) throw new Error("no results");
    expect(r.total).toBe(40);
    expect(r.byChannel).toEqual([
      { key: "public", count: 0 },
      { key: "assisted", count: 30 },
      { key: "paper", count: 10 },
    ]);
    // 3 in English is hidden, and so is the next smallest (7 in French): the total would give it away.
    expect(r.byLanguage).toEqual([
      { key: "nl", count: 30 },
      { key: "fr", count: null },
      { key: "en", count: null },
    ]);
    const q = (k: string) => r.questions.find((x) => x.key === k);
    expect(q("missing")?.cells).toEqual([
      { key: "shop", count: 20 },
      { key: "meeting", count: 0 },
      { key: "green", count: 40 },
      { key: "bus", count: 0 },
    ]);
    expect(q("liking")?.cells?.map((c) => c.count)).toEqual([0, null, 0, 20, null]);
    expect(q("years")?.mean).toBe(19.5);
    expect(q("wish")?.words?.slice(0, 2)).toEqual([
      { word: "bank", count: 27 },
      { word: "groen", count: 14 },
    ]);
    // "school" is used by 13, "plein" by 14, "rust" by 13: all shown; no word of fewer than 5 people.
    for (const w of q("wish")?.words ?? []) expect(w.count).toBeGreaterThanOrEqual(5);
  });

  it("filters and breaks down, hiding every small cell in the breakdown too", async () => {
    const api = call(regie, T);
    const paper = await api.results.get({ surveyId, channel: "paper" });
    expect(paper?.total).toBe(10);
    const lonely = await api.results.get({ surveyId, answer: { question: "lonely", value: "yes" } });
    expect(lonely?.total).toBe(10);
    const liking4 = await api.results.get({ surveyId, answer: { question: "liking", value: 4 } });
    expect(liking4?.total).toBe(20);
    const shop = await api.results.get({ surveyId, answer: { question: "missing", value: "shop" } });
    expect(shop?.total).toBe(20);
    const tiny = await api.results.get({ surveyId, language: "en" });
    expect(tiny?.total).toBeNull();
    expect(tiny?.questions.every((q) => q.answered === 0 || (q.cells === null && q.mean === null))).toBe(true);

    const byLanguage = await api.results.get({ surveyId, breakdown: "language" });
    expect(byLanguage?.groups).toEqual(["nl", "fr", "en"]);
    const liking = byLanguage?.questions.find((q) => q.key === "liking");
    expect(liking?.groups?.map((g) => g.answered)).toEqual([30, null, null]);
    for (const b of ["channel", "language", "neighbourhood", "version"] as const) {
      const res = await api.results.get({ surveyId, breakdown: b });
      for (const qr of res?.questions ?? [])
        for (const g of qr.groups ?? []) {
          expect(ok(res?.min ?? 5)(g.answered)).toBe(true);
          for (const c of g.cells ?? []) expect(ok(res?.min ?? 5)(c)).toBe(true);
        }
    }
  });

  it("lets the team tag open answers and mark them quotable; only those are quoted, tags counted", async () => {
    const api = call(regie, T);
    const page = await api.answers.list({ surveyId, question: "wish", state: "unreviewed" });
    expect(page.total).toBe(40);
    for (const row of page.rows.slice(0, 6))
      await api.answers.review({ responseId: row.id, question: "wish", quotable: row.text.startsWith("Meer"), tags: ["groen"] });
    expect((await api.answers.list({ surveyId, question: "wish", state: "unreviewed" })).total).toBe(34);
    const quotable = await api.answers.list({ surveyId, question: "wish", state: "quotable" });
    expect(quotable.rows.every((x) => x.text.startsWith("Meer"))).toBe(true);
    expect((await api.answers.list({ surveyId, question: "wish", tag: "groen" })).total).toBe(6);
    const r = await api.results.get({ surveyId });
    const wish = r?.questions.find((q) => q.key === "wish");
    expect(wish?.quotes?.length).toBe(quotable.total);
    expect(wish?.tags).toEqual([{ key: "groen", count: 6 }]);
    // A field worker sees results, not the open answers one by one.
    await expect(call(worker, T).answers.list({ surveyId, question: "wish" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("repeats a survey as its next round, linked for side-by-side results", async () => {
    const api = call(regie, T);
    const { id } = await api.surveys.nextRound({ surveyId });
    const next = await api.surveys.get({ id });
    expect(next.previousRound?.id).toBe(surveyId);
    expect(next.versions[0]?.content).toEqual(BUURTBEVRAGING);
    expect((await api.surveys.get({ id: surveyId })).nextRounds.map((x) => x.id)).toEqual([id]);
    expect(await api.results.get({ surveyId: id })).toBeNull();
  });
});

describe("exports", () => {
  it("writes CSV and XLSX through the safe writer with the same hidden cells as the screen, and two PDFs", async () => {
    const api = call(regie, T);
    const csv = await api.exports.table({ surveyId, format: "csv", breakdown: "language" });
    expect(csv.contentType).toMatch(/text\/csv/);
    const text = Buffer.from(csv.base64, "base64").toString("utf8");
    const rows = text
      .trim()
      .split("\r\n")
      .map((line) => line.split(","));
    expect(text.startsWith("\ufeff")).toBe(true);
    expect(rows[0]).toEqual(['"Deel"', '"Vraag"', '"Antwoord"', '"Groep"', '"Aantal"']);
    expect(text).toContain('"Per taal","Nederlands","",30');
    expect(text).toContain('"Per taal","English","","< 5"');
    expect(text).toContain('"Beantwoord","English","< 5"');
    // No count under the threshold in any row (a number in the last column is 0 or at least 5).
    for (const row of rows.slice(1)) {
      const last = row[row.length - 1] ?? "";
      if (/^\d+$/.test(last)) expect(Number(last) === 0 || Number(last) >= 5).toBe(true);
    }
    const xlsx = await api.exports.table({ surveyId, format: "xlsx" });
    expect(Buffer.from(xlsx.base64, "base64").subarray(0, 2).toString()).toBe("PK");
    // The PDFs are documents the module's job makes (ADR 0033).
    const w = call(worker, T).documents.summary;
    const summary = await pdfOf(w, () => w.request({ surveyId, locale: "nl" }));
    expect(summary.fileName).toMatch(/\.pdf$/);
    const p = api.documents.paper;
    const paper = await pdfOf(p, () => p.request({ surveyId, language: "fr", locale: "nl" }));
    expect(paper.fileName).toBe("bevraging-fr.pdf");
    expect(paper.text).toContain("Enquête de quartier");
  });

  it("counts the PDF summary as the member who asked for it: a field worker's shows what her screen shows", async () => {
    // Six answers linked (with consent) to a person of the second neighbourhood: a field worker of the first one does
    // not see that person, so neither her screen nor her PDF counts them; the regie's do.
    const [a, b] = [T.neighbourhoods[0].id, T.neighbourhoods[1]?.id ?? T.neighbourhoods[0].id];
    const person = await createPerson(T, { neighbourhoodId: b });
    await ownerDb().bevragingenResponse.createMany({
      data: Array.from({ length: 6 }, () => ({
        tenantId: T.id,
        surveyId,
        versionId,
        idempotencyKey: randomUUID(),
        channel: "assisted",
        language: "nl",
        answers: { area: b, liking: 3, lonely: "no" },
        personId: person.id,
      })),
    });
    const scoped = await createMember(T, { roles: ["field_worker"], neighbourhoodIds: [a] });
    const mine = (await call(scoped, T).results.get({ surveyId }))?.total;
    const all = (await call(regie, T).results.get({ surveyId }))?.total;
    expect(mine).not.toBeNull();
    expect(all).toBe((mine ?? 0) + 6);
    const d = call(scoped, T).documents.summary;
    const { text } = await pdfOf(d, () => d.request({ surveyId, locale: "nl" }));
    // The total under its heading ("Antwoorden"): a bare number could also stand in a date or a time of the PDF.
    expect(/\bAntwoorden (\d+)\b/.exec(text)?.[1]).toBe(String(mine));
    await ownerDb().bevragingenResponse.deleteMany({ where: { personId: person.id } });
  });
});

describe("nothing lost", () => {
  it("stores one response when separate callers retry the same answer at once", async () => {
    const other = await createMember(T, { roles: ["field_worker"] });
    const input = {
      surveyId,
      versionId,
      idempotencyKey: randomUUID(),
      channel: "assisted" as const,
      language: "nl" as const,
      answers: { area: T.neighbourhoods[0].id, liking: 3, lonely: "no" },
    };
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => call(i % 2 ? other : worker, T).responses.submit(input)));
    // One member's calls get the stored answer (core's outbox receipt, ADR 0028); the same key from another member is
    // refused (outbox.keyReused), never answered with someone else's response.
    const stored = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((r) => r.id)).size).toBe(1);
    for (const o of outcomes) if (o.status === "rejected") expect((o.reason as { code?: string }).code).toBe("CONFLICT");
    expect(await ownerDb().bevragingenResponse.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
  });

  it("keeps an answer refused for an old version or a closed survey for its worker, who sends it again or puts it aside", async () => {
    const api = call(regie, T);
    const { id } = await api.surveys.create({ title: { nl: "Tweede" } });
    await api.surveys.saveDraft({ surveyId: id, content: BUURTBEVRAGING });
    const { versionId: v1 } = await api.surveys.publish({ surveyId: id });
    const edited: SurveyContent = structuredClone(BUURTBEVRAGING);
    edited.sections[0]?.questions.push({ key: "extra", type: "short_text", required: false, text: { nl: "Nog iets?" } });
    await api.surveys.saveDraft({ surveyId: id, content: edited });
    await api.surveys.publish({ surveyId: id });

    const w = call(worker, T, { locale: "fr" });
    const old = {
      surveyId: id,
      versionId: v1,
      idempotencyKey: randomUUID(),
      channel: "assisted" as const,
      language: "nl" as const,
      answers: { area: T.neighbourhoods[0].id, liking: 5, lonely: "no" },
    };
    await expect(w.responses.submit(old)).rejects.toMatchObject({ code: "CONFLICT" });
    // A retry of the same refused answer (a lost response) keeps it once.
    await expect(w.responses.submit(old)).rejects.toThrow(/Geweigerde antwoorden/);
    const kept = await w.responses.rejected({ surveyId: id });
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ canResend: true, answers: old.answers });
    expect(kept[0]?.message).toMatch(/la version 2 est en vigueur/);
    // Another worker does not see it in her list.
    expect(await call(T.users.volunteer as MemberFixture, T).responses.rejected({ surveyId: id })).toEqual([]);

    const sent = await w.responses.resend({ id: kept[0]?.id ?? "" });
    expect(sent.duplicate).toBe(false);
    const stored = await ownerDb().bevragingenResponse.findUniqueOrThrow({ where: { id: sent.id } });
    expect(stored.versionId).not.toBe(v1);
    expect(await w.responses.rejected({ surveyId: id })).toEqual([]);

    await api.surveys.close({ surveyId: id });
    const late = { ...old, idempotencyKey: randomUUID(), versionId: stored.versionId };
    await expect(w.responses.submit(late)).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    const closed = await w.responses.rejected({ surveyId: id });
    expect(closed.map((k) => k.canResend)).toEqual([false]);
    await expect(w.responses.resend({ id: closed[0]?.id ?? "" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await w.responses.dismissRejected({ id: closed[0]?.id ?? "" });
    expect(await w.responses.rejected({ surveyId: id })).toEqual([]);
    const row = await ownerDb().bevragingenRejected.findFirstOrThrow({ where: { idempotencyKey: late.idempotencyKey } });
    expect(row).toMatchObject({ resolution: "dismissed", code: "bevragingen.survey.closed" });
  });
});
