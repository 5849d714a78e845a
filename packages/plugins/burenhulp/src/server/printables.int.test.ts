/**
 * Printables (BH-9) end to end at the API: a worker starts a PDF job, polls its progress, downloads the PDF; the text
 * of the PDF (read back with pdf.js) has the card's words and the tenant's own kinds in the chosen language (its own
 * words where it has them, not the kinds it switched off), and the QR code (a drawn code with a link over it) points
 * at the public ask/offer form, or at the referral form on the partners' cards. Blank leaves out the tenant's name.
 */
import { isModuleEnabledFor, startWorker, type WorkerHandle } from "@zorgzaam/core";
import { qrMatrix } from "@zorgzaam/core/plugin";
import {
  closeAll,
  createTenant,
  installModules,
  isolateQueuePrefix,
  type MemberFixture,
  moduleCaller,
  pdfPagesText,
  setModuleEnabled,
  type TenantFixture,
  waitUntil,
} from "@zorgzaam/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { burenhulpPlugin as burenhulp } from "../definition";
import { publicFormUrl, referralFormUrl } from "./printables";

isolateQueuePrefix("burenhulp-print");
installModules([burenhulp]);
const call = moduleCaller(burenhulp);

let worker: WorkerHandle;
let T: TenantFixture;
let Other: TenantFixture;
let regie: MemberFixture;

beforeAll(async () => {
  worker = startWorker({ concurrency: 2, isJobAllowed: isModuleEnabledFor });
  await worker.ready();
  [T, Other] = [await createTenant({ tag: "bh-print" }), await createTenant({ tag: "bh-print-b" })];
  await setModuleEnabled(T.id, burenhulp, true);
  await setModuleEnabled(Other.id, burenhulp, true);
  regie = T.users.regie as MemberFixture;
  // The tenant's own list: French words of its own for a starter kind, a kind of its own, the dog switched off.
  const api = call(regie, T);
  const kinds = await api.kinds.forEditor();
  const byKey = (key: string) => kinds.find((k) => k.key === key) as (typeof kinds)[number];
  await api.kinds.update({ id: byKey("shopping").id, label: { nl: "", fr: "Faire quelques courses", en: "" } });
  await api.kinds.update({ id: byKey("dog").id, active: false });
  await api.kinds.create({
    key: "repair_cafe",
    label: { nl: "Samen iets herstellen", fr: "Réparer ensemble", en: "Fixing things together" },
    function: "connecting",
    position: 50,
  });
});

afterAll(async () => {
  await worker?.close({ force: true });
  await closeAll();
});

interface PdfLink {
  url: string;
  rect: number[];
}

/** The link annotations of every page (pdf.js), the QR codes' links among them. */
async function pdfLinks(bytes: Uint8Array): Promise<PdfLink[][]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const out: PdfLink[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const annotations = (await (await doc.getPage(p)).getAnnotations()) as { subtype: string; url?: string; rect: number[] }[];
    out.push(annotations.filter((a) => a.subtype === "Link" && a.url).map((a) => ({ url: a.url as string, rect: a.rect })));
  }
  await doc.destroy();
  return out;
}

/** Starts a printable, follows its progress to the end and downloads it. */
async function make(
  member: MemberFixture,
  tenant: TenantFixture,
  input: { kind: "card" | "poster" | "referral"; language: "nl" | "fr" | "en"; blank?: boolean },
) {
  const api = call(member, tenant);
  const { documentId: printableId } = await api.documents.printable.request({
    kind: input.kind,
    blank: input.blank ?? false,
    locale: input.language,
  });
  const seen: number[] = [];
  await waitUntil(
    async () => {
      const st = await api.documents.printable.status({ documentId: printableId });
      seen.push(st.progress);
      return st.state === "completed" || st.state === "failed";
    },
    30_000,
    "the printable's PDF job",
  );
  expect(await api.documents.printable.status({ documentId: printableId })).toMatchObject({ state: "completed", progress: 100 });
  expect(seen.every((p, i) => i === 0 || p >= (seen[i - 1] ?? 0))).toBe(true);
  const file = await api.documents.printable.download({ documentId: printableId });
  const bytes = Buffer.from(file.base64, "base64");
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pages = await pdfPagesText(bytes);
  const flat = (s: string) => s.replace(/\s+/g, " ");
  return { printableId, file, bytes, pages, text: flat(pages.join("\n")), links: await pdfLinks(bytes) };
}

describe("the Burenbox card", () => {
  it("in French: the card's words, the tenant's kinds in French (its own words first), a QR code to the public form", async () => {
    const { file, text, pages, links } = await make(regie, T, { kind: "card", language: "fr" });
    expect(file.fileName).toBe("burenhulp-card-fr.pdf");
    expect(pages).toHaveLength(1);
    expect(text).toContain("Bonjour, je suis ton voisin !");
    expect(text).toContain("Dans mon quartier, je peux");
    expect(text).toContain("aider");
    expect(text).toContain("recevoir de l'aide");
    // The tenant's kinds in French: its own words, the catalog's for the others, its own kind; not the switched-off one.
    expect(text).toContain("Faire quelques courses");
    expect(text).not.toContain("Petites courses");
    expect(text).toContain("Réparer ensemble");
    expect(text).toContain("Sortir les poubelles");
    expect(text).not.toContain("Promener le chien");
    expect(text).not.toContain("Vuilnis buiten zetten");
    expect(text).toContain(T.name);
    // The QR code: a square link to the public form, its address printed under it.
    const url = publicFormUrl(T.slug);
    expect(url.endsWith(`/${T.slug}/burenhulp`)).toBe(true);
    expect(text).toContain(url);
    expect(links[0]?.map((l) => l.url)).toEqual([url]);
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = links[0]?.[0]?.rect ?? [];
    expect(Math.abs(x2 - x1 - (y2 - y1))).toBeLessThan(0.5);
    expect(x2 - x1).toBeGreaterThan(60);
  });

  it("blank, in Dutch: no tenant name, lines to write on, the kinds in Dutch, still the QR code", async () => {
    const { file, text, links } = await make(regie, T, { kind: "card", language: "nl", blank: true });
    expect(file.fileName).toBe("burenhulp-card-nl-blank.pdf");
    expect(text).toContain("Hallo, ik ben jouw buur!");
    expect(text).toContain("hulp bieden");
    expect(text).toContain("hulp gebruiken");
    expect(text).toContain("Kleine boodschappen doen");
    expect(text).toContain("Samen iets herstellen");
    expect(text).toContain("Organisatie en contact");
    expect(text).not.toContain(T.name);
    expect(links.flat().map((l) => l.url)).toEqual([publicFormUrl(T.slug)]);
  });
});

describe("the window poster and the referral cards", () => {
  it("the poster in English: two sheets, the kinds in English, a QR code to the public form on each", async () => {
    const { pages, text, links } = await make(regie, T, { kind: "poster", language: "en" });
    expect(pages).toHaveLength(2);
    expect(pages[0]?.replace(/\s+/g, " ")).toContain("Happy to help!");
    expect(pages[1]?.replace(/\s+/g, " ")).toContain("I could use some help");
    expect(text).toContain("Putting the bins out");
    expect(text).toContain("Fixing things together");
    expect(links.map((l) => l.map((x) => x.url))).toEqual([[publicFormUrl(T.slug)], [publicFormUrl(T.slug)]]);
  });

  it("referral cards in Dutch: four to a sheet, each with a QR code to the partners' referral form", async () => {
    const { text, links } = await make(regie, T, { kind: "referral", language: "nl" });
    expect(text).toContain("Doorverwijzen naar burenhulp");
    expect(text).toContain("De bewoner is akkoord om gecontacteerd te worden");
    expect(text).toContain("Dringend: de bewoner heeft snel hulp nodig");
    expect(text).toContain(`Aanspreekpunt: ${T.name}`);
    const url = referralFormUrl(T.slug);
    expect(url.endsWith(`/t/${T.slug}/burenhulp/refer`)).toBe(true);
    expect(links[0]?.map((l) => l.url)).toEqual([url, url, url, url]);
  });
});

describe("the QR helper", () => {
  it("encodes the address it is given (the same modules for the same text; another text, another code)", () => {
    const a = qrMatrix(publicFormUrl(T.slug));
    const b = qrMatrix(publicFormUrl(T.slug));
    const c = qrMatrix(referralFormUrl(T.slug));
    const bits = (m: typeof a) =>
      Array.from({ length: m.size * m.size }, (_, i) => (m.dark(Math.floor(i / m.size), i % m.size) ? 1 : 0)).join("");
    expect(a.size).toBeGreaterThanOrEqual(21);
    expect(bits(a)).toBe(bits(b));
    expect(bits(a)).not.toBe(bits(c));
  });
});

describe("who may make them", () => {
  it("a volunteer may not; another tenant's member cannot poll or download one", async () => {
    const volunteer = T.users.volunteer as MemberFixture;
    expect(
      await call(volunteer, T)
        .documents.printable.request({ kind: "card", locale: "nl" })
        .catch((e: { code?: string }) => e.code),
    ).toBe("FORBIDDEN");
    const { documentId } = await call(regie, T).documents.printable.request({ kind: "poster", locale: "nl", blank: true });
    const stranger = call(Other.users.regie as MemberFixture, Other);
    expect(await stranger.documents.printable.status({ documentId }).catch((e: { code?: string }) => e.code)).toBe("NOT_FOUND");
    expect(await stranger.documents.printable.download({ documentId }).catch((e: { code?: string }) => e.code)).toBe("NOT_FOUND");
    expect((await call(regie, T).documents.printable.recent()).length).toBeGreaterThan(0);
    expect(await stranger.documents.printable.recent()).toEqual([]);
  });
});
